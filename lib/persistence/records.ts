// Shared by both stores: turning stored records into metadata, documents and results.
// Checked by hand, not with zod/mini: the stores load with the page, and zod here would move
// the schema library out of the lazily loaded parser chunk into the first-load bundle.
import { isRawObject } from '@/lib/model/raw-object';
import { SCHEMA_VERSION, UNTITLED_BOARD_TITLE, type BoardDocument } from '@/lib/model/types';
import { loadDocumentParser } from './document-parser';
import { MESSAGES, type BoardMeta, type LoadResult, type SaveResult, type StoredBoardRecord } from './types';

/** Reads a stored meta record defensively: a newer app may have written it. */
export function readMeta(value: unknown): BoardMeta | null {
  if (!isRawObject(value) || typeof value.id !== 'string') return null;
  const revision = Number.isInteger(value.revision) ? (value.revision as number) : 0;
  const schemaVersion = typeof value.schemaVersion === 'number' ? value.schemaVersion : SCHEMA_VERSION;
  return {
    id: value.id,
    title: typeof value.title === 'string' ? value.title : UNTITLED_BOARD_TITLE,
    updatedAt: typeof value.updatedAt === 'string' ? value.updatedAt : '',
    revision,
    schemaVersion,
  };
}

export function metaOf(record: StoredBoardRecord, doc: BoardDocument): BoardMeta {
  return { id: record.id, title: doc.title, updatedAt: doc.updatedAt, revision: record.revision, schemaVersion: record.schemaVersion };
}

export function sortNewestFirst(metas: BoardMeta[]): BoardMeta[] {
  return metas.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id.localeCompare(b.id)));
}

export function isNewerSchema(record: { schemaVersion?: unknown } | null | undefined): boolean {
  return typeof record?.schemaVersion === 'number' && record.schemaVersion > SCHEMA_VERSION;
}

/** A stored record → the document, through the same parser as imports. */
export async function loadFromRecord(id: string, value: unknown): Promise<LoadResult> {
  if (!isRawObject(value)) return { ok: false, kind: 'not-found', message: MESSAGES.notFound };
  if (isNewerSchema(value)) return { ok: false, kind: 'newer-schema', message: MESSAGES.newerSchema };
  const revision = Number.isInteger(value.revision) ? (value.revision as number) : 0;
  const parser = await loadDocumentParser();
  if (!parser) return { ok: false, kind: 'other', message: MESSAGES.parserUnavailable };
  const parsed = parser.parseDocument(value.document);
  if (!parsed.ok) {
    return parsed.code === 'newer-schema'
      ? { ok: false, kind: 'newer-schema', message: MESSAGES.newerSchema }
      : { ok: false, kind: 'corrupt', message: `The saved board could not be read: ${parsed.reason}` };
  }
  // The storage key is the identity: a repaired id must not make the next save fork the board.
  parsed.document.id = id;
  return { ok: true, document: parsed.document, revision, warnings: parsed.warnings };
}

export async function conflictFrom(storedRevision: number, record: unknown): Promise<SaveResult> {
  const loaded = isRawObject(record) && typeof record.id === 'string' ? await loadFromRecord(record.id, record) : null;
  return {
    ok: false,
    kind: 'conflict',
    storedRevision,
    stored: loaded?.ok ? loaded.document : null,
    message: MESSAGES.conflict,
  };
}
