// Shared by both stores: turning stored records into metadata, documents and results.
// Stored records are read defensively (a newer app, or an older one, may have written them):
// the schemas below say what each field must be and what it falls back to.
import * as z from 'zod/mini';
import { FIELDS } from '@/lib/model/field-table';
import { SCHEMA_VERSION, type BoardDocument } from '@/lib/model/types';
import { loadDocumentParser } from './document-parser';
import { MESSAGES, type BoardMeta, type LoadResult, type SaveResult, type StoredBoardRecord } from './types';

const wholeNumber = z.number().check(z.refine(Number.isInteger));

/** A stored meta record: an id is required; every other field falls back to its default. */
const StoredMetaSchema = z.object({
  id: z.string(),
  title: z.catch(z.string(), FIELDS.board.title.fallback),
  updatedAt: z.catch(z.string(), ''),
  revision: z.catch(wholeNumber, 0),
  schemaVersion: z.catch(z.number(), SCHEMA_VERSION),
});

/** A stored board record; its document is left to the parser. */
const StoredRecordSchema = z.object({
  id: z.catch(z.optional(z.string()), undefined),
  revision: z.catch(wholeNumber, 0),
  schemaVersion: z.catch(z.optional(z.number()), undefined),
  document: z.unknown(),
});

/** Reads a stored meta record defensively: a newer app may have written it. */
export function readMeta(value: unknown): BoardMeta | null {
  const meta = StoredMetaSchema.safeParse(value);
  return meta.success ? meta.data : null;
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
  const record = StoredRecordSchema.safeParse(value);
  if (!record.success) return { ok: false, kind: 'not-found', message: MESSAGES.notFound };
  const { revision, document } = record.data;
  if (isNewerSchema(record.data)) return { ok: false, kind: 'newer-schema', message: MESSAGES.newerSchema };
  const parser = await loadDocumentParser();
  if (!parser) return { ok: false, kind: 'other', message: MESSAGES.parserUnavailable };
  const parsed = parser.parseDocument(document);
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
  const id = StoredRecordSchema.safeParse(record).data?.id;
  const loaded = id !== undefined ? await loadFromRecord(id, record) : null;
  return {
    ok: false,
    kind: 'conflict',
    storedRevision,
    stored: loaded?.ok ? loaded.document : null,
    message: MESSAGES.conflict,
  };
}
