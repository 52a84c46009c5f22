// The build-up from v1: which nodes a study board shows at each step of its ladder. The rule
// for boundaries: v1 and the ladder list components only, and a boundary (VPC, cluster,
// namespace …) is shown as soon as anything it holds is shown, so it arrives with its first
// component.
import { isBoundaryKind } from '@/lib/catalog';
import type { BoardDocument } from './types';

/**
 * The step count (v1 is step 1), or 0 when there is nothing to step through: no v1 or ladder,
 * or a board without the diagram (a practice board carries the guide alone).
 */
export function ladderLength(doc: BoardDocument): number {
  const study = doc.study;
  if (!study?.v1?.length || !study.ladder?.length) return 0;
  const ids = new Set(doc.nodes.map((n) => n.id));
  if (!study.v1.every((id) => ids.has(id))) return 0;
  return 1 + study.ladder.length;
}

/** The node ids shown at a step (0-based: 0 is v1): its components and every boundary around them. */
export function visibleIdsAt(doc: BoardDocument, step: number): Set<string> {
  const study = doc.study;
  const components = new Set(study?.v1 ?? []);
  for (const ladderStep of (study?.ladder ?? []).slice(0, step)) for (const id of ladderStep.add) components.add(id);
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const visible = new Set<string>();
  for (const id of components) {
    // The guard stops on a parent cycle a repaired document might still hold.
    for (let node = byId.get(id); node && !visible.has(node.id); node = node.parentId ? byId.get(node.parentId) : undefined) visible.add(node.id);
  }
  return visible;
}

/** The node ids to hide at a step: everything not shown. */
export function hiddenIdsAt(doc: BoardDocument, step: number): string[] {
  const visible = visibleIdsAt(doc, step);
  return doc.nodes.filter((n) => !visible.has(n.id)).map((n) => n.id);
}

/**
 * What is wrong with a board's v1 and ladder, one sentence each: unknown ids, boundaries
 * listed, a component added twice, or one never added.
 */
export function ladderProblems(doc: BoardDocument): string[] {
  const problems: string[] = [];
  const kinds = new Map(doc.nodes.map((n) => [n.id, n.kind]));
  const seen = new Set<string>();
  const steps = [{ name: 'v1', add: doc.study?.v1 ?? [] }, ...(doc.study?.ladder ?? []).map((s, i) => ({ name: `step ${i + 2}`, add: s.add }))];
  for (const { name, add } of steps) {
    for (const id of add) {
      const kind = kinds.get(id);
      if (kind === undefined) problems.push(`${name} adds unknown id "${id}"`);
      else if (isBoundaryKind(kind)) problems.push(`${name} lists boundary "${id}" (boundaries come with their components)`);
      else if (seen.has(id)) problems.push(`${name} adds "${id}" again`);
      seen.add(id);
    }
    if (add.length === 0) problems.push(`${name} adds nothing`);
  }
  for (const [id, kind] of kinds) if (!isBoundaryKind(kind) && !seen.has(id)) problems.push(`"${id}" is never added`);
  return problems;
}

/** The first step of the build-up at which all these components are shown (the last step when some never are). */
export function firstStepShowing(doc: BoardDocument, ids: readonly string[]): number {
  const last = Math.max(ladderLength(doc) - 1, 0);
  for (let step = 0; step < last; step++) {
    const visible = visibleIdsAt(doc, step);
    if (ids.every((id) => visible.has(id))) return step;
  }
  return last;
}
