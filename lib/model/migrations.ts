// Versioned migrations, tldraw style: each migration upgrades a raw (unvalidated) document
// from version N to N + 1, ids go up by exactly one, and the last one ends at SCHEMA_VERSION.
// Migrations run on plain JSON objects *before* the parser restores and validates the
// document, so they must tolerate any shape (the parser catches anything they throw).
//
// A document newer than SCHEMA_VERSION is refused, never "repaired": an older app cannot
// know what a newer field means, and rewriting it would destroy the newer work.
import { refuse, type Refusal } from './parse/refusals';
import { isRawObject, type RawObject } from './raw-object';
import { SCHEMA_VERSION } from './types';

export interface Migration {
  /** "design-drill/board/<toVersion>": unique and in order. */
  id: string;
  fromVersion: number;
  toVersion: number;
  description: string;
  /** True when the step changes no value the user sees, so opening an older board needs no notice. */
  quiet?: boolean;
  up(document: RawObject): RawObject;
}

export type MigrationResult =
  /** `noticeable`: some applied step changed what the user sees (the parser then says it upgraded the board). */
  | { ok: true; document: RawObject; applied: string[]; noticeable: boolean }
  | Refusal<'newer-schema' | 'bad-version' | 'migration-failed'>;

/**
 * v0 → v1. No v0 file was ever published: v0 is the pre-release prototype shape in which
 * React Flow nodes were saved as they are (`type` + `data: { label, … }`, `parentNode`, and
 * edge kinds under `data.kind`). Keeping it gives the chain a real, tested step, and it
 * also upgrades boards pasted straight out of a React Flow prototype.
 */
const v0ToV1: Migration = {
  id: 'design-drill/board/1',
  fromVersion: 0,
  toVersion: 1,
  description: 'React-Flow-shaped prototype boards → Design Drill document model',
  up(document) {
    const nodes = Array.isArray(document.nodes) ? document.nodes : [];
    const edges = Array.isArray(document.edges) ? document.edges : [];
    return {
      ...document,
      schemaVersion: 1,
      nodes: nodes.map((node) => {
        if (!isRawObject(node)) return node;
        const data = isRawObject(node.data) ? node.data : {};
        const width = typeof node.width === 'number' ? node.width : undefined;
        const height = typeof node.height === 'number' ? node.height : undefined;
        return {
          id: node.id,
          kind: node.kind ?? node.type,
          position: node.position,
          parentId: node.parentId ?? node.parentNode,
          size: node.size ?? (width !== undefined && height !== undefined ? { width, height } : undefined),
          label: node.label ?? data.label,
          replicas: node.replicas ?? data.replicas,
          instance: node.instance ?? data.instance,
          monthlyCostUsd: node.monthlyCostUsd ?? data.monthlyCostUsd,
          tags: node.tags ?? data.tags,
          notes: node.notes ?? data.notes,
        };
      }),
      edges: edges.map((edge) => {
        if (!isRawObject(edge)) return edge;
        const data = isRawObject(edge.data) ? edge.data : {};
        return {
          id: edge.id,
          source: edge.source,
          target: edge.target,
          sourceHandle: edge.sourceHandle ?? undefined,
          targetHandle: edge.targetHandle ?? undefined,
          label: edge.label ?? data.label,
          kind: edge.kind ?? data.kind,
        };
      }),
    };
  },
};

/**
 * v1 → v2. From v2 on, a stored replicas, instance, cost or tag is a decision and the catalog's
 * usual values are only suggested (lib/model/suggestions.ts); before, a drop stored them as chosen.
 */
const v1ToV2: Migration = {
  id: 'design-drill/board/2',
  fromVersion: 1,
  toVersion: 2,
  description: 'Stored component values become chosen values; catalog defaults become suggestions',
  quiet: true,
  // A v1 board keeps every value: they were on screen, may have been chosen, and a v1 file cannot tell (reference boards keep theirs).
  up: (document) => ({ ...document, schemaVersion: 2 }),
};

/** Every migration, oldest first. Add a new one (and bump SCHEMA_VERSION) for each shape change. */
export const MIGRATIONS: readonly Migration[] = [v0ToV1, v1ToV2];

/** The oldest version the migrations can start from. */
export function oldestSupportedVersion(migrations: readonly Migration[] = MIGRATIONS, target = SCHEMA_VERSION): number {
  return migrations.length > 0 ? migrations[0].fromVersion : target;
}

/**
 * Checks the list is a gap-free chain ending at `target`. Returns the problems found
 * (empty when the chain is sound); a test keeps MIGRATIONS honest with it.
 */
export function validateMigrations(migrations: readonly Migration[], target = SCHEMA_VERSION): string[] {
  const problems: string[] = [];
  migrations.forEach((m, index) => {
    if (m.toVersion !== m.fromVersion + 1) {
      problems.push(`${m.id}: goes from ${m.fromVersion} to ${m.toVersion}, not up by exactly one`);
    }
    if (m.id !== `design-drill/board/${m.toVersion}`) {
      problems.push(`${m.id}: id should be design-drill/board/${m.toVersion}`);
    }
    const previous = migrations[index - 1];
    if (previous && previous.toVersion !== m.fromVersion) {
      problems.push(`${m.id}: follows ${previous.id}, which ends at ${previous.toVersion}`);
    }
  });
  const last = migrations[migrations.length - 1];
  if (last && last.toVersion !== target) {
    problems.push(`the chain ends at ${last.toVersion}, but the schema is at ${target}`);
  }
  return problems;
}

/** Upgrades a raw document from `fromVersion` to `target`, one step at a time. Never throws. */
export function migrateDocument(
  document: RawObject,
  fromVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = SCHEMA_VERSION,
): MigrationResult {
  if (!Number.isInteger(fromVersion)) return refuse('migration-version-not-whole', fromVersion);
  if (fromVersion > target) return refuse('newer-schema', fromVersion, target);
  const oldest = oldestSupportedVersion(migrations, target);
  if (fromVersion < oldest) return refuse('version-too-old', fromVersion, oldest);
  let current = document;
  const applied: string[] = [];
  let noticeable = false;
  for (let version = fromVersion; version < target; version++) {
    const step = migrations.find((m) => m.fromVersion === version);
    if (!step || step.toVersion !== version + 1) return refuse('no-migration', version);
    try {
      const next = step.up(current);
      if (!isRawObject(next)) throw new Error('migration returned no document');
      current = next;
    } catch (error) {
      return refuse('migration-failed', step.toVersion, error instanceof Error ? error.message : String(error));
    }
    applied.push(step.id);
    noticeable ||= !step.quiet;
  }
  return { ok: true, document: { ...current, schemaVersion: target }, applied, noticeable };
}
