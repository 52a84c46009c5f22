// Stored practice data (a session's phase snapshots, an attempt's final board) carries
// whole board documents. The project's single document parser lives in lib/model; callers
// inject it here so this directory does not depend on its exact shape. Without one, a
// minimal structural check keeps obviously broken documents out.
import type { BoardDocument } from '@/lib/model/types';

/** Returns the document when it is acceptable (possibly repaired), or null to drop it. Must not throw. */
export type DocumentValidator = (raw: unknown) => BoardDocument | null;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The fallback check: an object with an id, a title and node/edge arrays of objects. */
export const looksLikeBoardDocument: DocumentValidator = (raw) => {
  if (!isRecord(raw)) return null;
  if (typeof raw.id !== 'string' || typeof raw.title !== 'string') return null;
  if (!Array.isArray(raw.nodes) || !Array.isArray(raw.edges)) return null;
  if (!raw.nodes.every(isRecord) || !raw.edges.every(isRecord)) return null;
  return raw as unknown as BoardDocument;
};

/** Runs a caller-supplied validator, treating a throw as "drop it" so parsers never throw. */
export function validateDocumentSafely(raw: unknown, validate: DocumentValidator): BoardDocument | null {
  try {
    return validate(raw);
  } catch {
    return null;
  }
}
