// Stored practice data (a session's phase snapshots, an attempt's final board) carries
// whole board documents. They go through the project's single parser like every other
// way a document enters the app; callers may inject another validator (e.g. in tests).
import { parseDocument } from '@/lib/model/parse';
import type { BoardDocument } from '@/lib/model/types';

/** Returns the document when it is acceptable (possibly repaired), or null to drop it. */
export type DocumentValidator = (raw: unknown) => BoardDocument | null;

/** The default: lib/model's parseDocument, keeping only documents it accepts. */
export const parseStoredDocument: DocumentValidator = (raw) => {
  const result = parseDocument(raw);
  return result.ok ? result.document : null;
};

/** Runs a validator, treating a throw as "drop it", so the callers' parsers never throw. */
export function validateDocumentSafely(raw: unknown, validate: DocumentValidator): BoardDocument | null {
  try {
    return validate(raw);
  } catch {
    return null;
  }
}
