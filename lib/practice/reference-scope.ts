// What the review compares an attempt with: the whole reference, or its first version (the
// study guide's v1 ids) when the attempt ended before the deep dive, so a high-level sketch is
// not measured against a 40-component final design.
import type { BoardDocument, PhaseId } from '@/lib/model/types';

const EARLY_PHASES: readonly PhaseId[] = ['requirements', 'high-level'];

/** The reference restricted to its v1 nodes and the edges between them. */
export function v1Reference(reference: BoardDocument): BoardDocument | null {
  const ids = reference.study?.v1;
  if (!ids || ids.length === 0) return null;
  const keep = new Set(ids);
  return {
    ...reference,
    nodes: reference.nodes.filter((n) => keep.has(n.id)).map(({ parentId, ...n }) => (parentId && keep.has(parentId) ? { ...n, parentId } : n)),
    edges: reference.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
  };
}

export interface ComparedReference {
  document: BoardDocument;
  /** True when only the v1 part is compared. */
  isV1: boolean;
}

export function referenceFor(reference: BoardDocument, endedInPhase: PhaseId): ComparedReference {
  const v1 = EARLY_PHASES.includes(endedInPhase) ? v1Reference(reference) : null;
  return v1 ? { document: v1, isV1: true } : { document: reference, isV1: false };
}
