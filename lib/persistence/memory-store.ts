// The fallback when IndexedDB is blocked (private mode, disabled storage): same contract,
// same revision checks, nothing survives a reload. Also the store unit tests use.
import { toPlainDocument } from '@/lib/model/serialize';
import { SCHEMA_VERSION, type BoardDocument } from '@/lib/model/types';
import { conflictFrom, isNewerSchema, loadFromRecord, metaOf, readMeta, sortNewestFirst } from './records';
import { MESSAGES, type BoardMeta, type BoardStore, type LoadResult, type RemoveResult, type SaveResult, type StoredBoardRecord } from './types';

export function createMemoryBoardStore(initial: StoredBoardRecord[] = []): BoardStore {
  // Records are kept as JSON text so nobody can mutate a stored board through a reference.
  const boards = new Map<string, string>();
  const metas = new Map<string, BoardMeta>();
  let lastOpenId: string | null = null;

  for (const record of initial) {
    boards.set(record.id, JSON.stringify(record));
    const doc = typeof record.document === 'object' && record.document !== null ? record.document : {};
    const meta = readMeta({ ...doc, id: record.id, revision: record.revision, schemaVersion: record.schemaVersion });
    if (meta) metas.set(record.id, meta);
  }

  const load = async (id: string): Promise<LoadResult> => {
    const text = boards.get(id);
    if (text === undefined) return { ok: false, kind: 'not-found', message: MESSAGES.notFound };
    return loadFromRecord(id, JSON.parse(text));
  };

  return {
    persistent: false,

    async list(): Promise<BoardMeta[]> {
      return sortNewestFirst([...metas.values()].map((m) => ({ ...m })));
    },

    load,

    async save(doc: BoardDocument, expectedRevision: number): Promise<SaveResult> {
      try {
        const storedText = boards.get(doc.id);
        const stored = storedText === undefined ? undefined : (JSON.parse(storedText) as StoredBoardRecord);
        if (isNewerSchema(stored)) return { ok: false, kind: 'newer-schema', message: MESSAGES.newerSchema };
        const storedRevision = stored?.revision ?? 0;
        if (storedRevision > expectedRevision) return await conflictFrom(storedRevision, stored);
        const record: StoredBoardRecord = {
          id: doc.id,
          revision: Math.max(storedRevision, expectedRevision) + 1,
          schemaVersion: SCHEMA_VERSION,
          document: toPlainDocument(doc),
        };
        boards.set(doc.id, JSON.stringify(record));
        metas.set(doc.id, metaOf(record, doc));
        return { ok: true, revision: record.revision };
      } catch (error) {
        return { ok: false, kind: 'other', message: `The board could not be saved (${String(error)}).` };
      }
    },

    async remove(id: string): Promise<RemoveResult> {
      boards.delete(id);
      metas.delete(id);
      if (lastOpenId === id) lastOpenId = null;
      return { ok: true };
    },

    async loadLastOpen() {
      return { id: lastOpenId, board: lastOpenId === null ? null : await load(lastOpenId) };
    },

    async setLastOpenId(id: string | null) {
      lastOpenId = id;
    },
  };
}
