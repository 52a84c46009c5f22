// Board storage in IndexedDB. Each save is ONE readwrite transaction over the board and
// its metadata: it reads the stored revision, checks it, and writes both records, so a
// crash or a quota error mid-write leaves the previous revision intact (IndexedDB
// transactions are atomic), and two tabs cannot interleave a check and a write.
import { toPlainDocument } from '@/lib/model/serialize';
import { SCHEMA_VERSION, type BoardDocument } from '@/lib/model/types';
import { conflictFrom, isNewerSchema, loadFromRecord, metaOf, readMeta, sortNewestFirst } from './records';
import {
  MESSAGES,
  type BoardMeta,
  type BoardStore,
  type LoadResult,
  type RemoveResult,
  type SaveResult,
  type StorageErrorKind,
  type StoredBoardRecord,
} from './types';

export const DEFAULT_DB_NAME = 'design-drill';
/** The layout of the database (stores and keys), not the document schema. */
export const DB_VERSION = 1;
export const BOARDS = 'boards';
const META = 'board-meta';
export const SETTINGS = 'settings';
export const LAST_OPEN_KEY = 'lastOpenId';

export interface IndexedDbStoreOptions {
  /** Injected in tests (fake-indexeddb); defaults to the browser's. */
  indexedDB?: IDBFactory;
  dbName?: string;
  /** open() can hang while another tab blocks an upgrade; give up and fall back after this. */
  openTimeoutMs?: number;
}

export type OpenResult = { ok: true; store: BoardStore } | { ok: false; kind: StorageErrorKind; message: string };

type Failure = { ok: false; kind: StorageErrorKind; message: string };

/** Maps a DOMException (or anything thrown) to the kinds the UI distinguishes. */
export function classifyStorageError(error: unknown): Failure {
  const name = (error as { name?: unknown } | null)?.name;
  const text = String((error as { message?: unknown } | null)?.message ?? error);
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(text)) {
    return { ok: false, kind: 'quota', message: MESSAGES.quota };
  }
  if (name === 'VersionError') return { ok: false, kind: 'newer-schema', message: MESSAGES.closedByUpgrade };
  if (name === 'InvalidStateError' || name === 'UnknownError' || name === 'SecurityError' || name === 'NotFoundError') {
    return { ok: false, kind: 'unavailable', message: MESSAGES.unavailable };
  }
  return { ok: false, kind: 'other', message: `Saving failed (${typeof name === 'string' ? `${name}: ` : ''}${text}).` };
}

/** A failed read transaction as a load result (a read cannot hit the quota; anything else is reported as is). */
function readFailure(failure: Failure): LoadResult {
  return { ok: false, kind: failure.kind === 'quota' ? 'other' : (failure.kind as 'unavailable' | 'other'), message: failure.message };
}

type Guard = (callback: () => void) => () => void;

/**
 * Runs `body` in one transaction and resolves when it has committed (with the value the
 * body reported) or aborted (with the classified error). Never rejects. Request callbacks
 * must be wrapped in `guard`, so an exception in one (e.g. a synchronous
 * QuotaExceededError from put) aborts the transaction instead of escaping.
 */
function transact<T>(
  db: IDBDatabase,
  stores: string[],
  mode: IDBTransactionMode,
  body: (tx: IDBTransaction, report: (value: T) => void, guard: Guard) => void,
): Promise<{ ok: true; value: T } | Failure> {
  return new Promise((resolve) => {
    let value: T | undefined;
    let thrown: unknown;
    let tx: IDBTransaction;
    try {
      tx = db.transaction(stores, mode);
    } catch (error) {
      resolve(classifyStorageError(error));
      return;
    }
    tx.oncomplete = () => resolve({ ok: true, value: value as T });
    tx.onabort = () => resolve(classifyStorageError(tx.error ?? thrown ?? new Error('the transaction was aborted')));
    const abortWith = (error: unknown) => {
      thrown = error;
      try {
        tx.abort();
      } catch {
        // Already finished: oncomplete / onabort reports the outcome.
      }
    };
    const guard: Guard = (callback) => () => {
      try {
        callback();
      } catch (error) {
        abortWith(error);
      }
    };
    guard(() => body(tx, (v) => (value = v), guard))();
  });
}

export function openIndexedDbBoardStore(options: IndexedDbStoreOptions = {}): Promise<OpenResult> {
  const factory = options.indexedDB ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!factory) return Promise.resolve({ ok: false, kind: 'unavailable', message: MESSAGES.unavailable });
  return new Promise((resolve) => {
    let settled = false;
    const settle = (result: OpenResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const timer = setTimeout(() => settle({ ok: false, kind: 'unavailable', message: MESSAGES.unavailable }), options.openTimeoutMs ?? 5_000);
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(options.dbName ?? DEFAULT_DB_NAME, DB_VERSION);
    } catch (error) {
      settle(classifyStorageError(error));
      return;
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(BOARDS)) db.createObjectStore(BOARDS, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(META)) db.createObjectStore(META, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(SETTINGS)) db.createObjectStore(SETTINGS);
    };
    request.onerror = () => settle(classifyStorageError(request.error));
    request.onsuccess = () => {
      const db = request.result;
      if (settled) {
        db.close(); // opened after we gave up: do not hold it
        return;
      }
      settle({ ok: true, store: createStoreOnDb(db) });
    };
  });
}

function createStoreOnDb(db: IDBDatabase): BoardStore {
  // A newer app in another tab wants to upgrade the database: let it (tldraw does the
  // same), and stop writing from this tab, which no longer knows the layout.
  let closed = false;
  db.onversionchange = () => {
    closed = true;
    db.close();
  };
  const closedFailure: Failure = { ok: false, kind: 'unavailable', message: MESSAGES.closedByUpgrade };

  return {
    persistent: true,

    async list(): Promise<BoardMeta[]> {
      if (closed) return [];
      const result = await transact<unknown[]>(db, [META], 'readonly', (tx, report, guard) => {
        const request = tx.objectStore(META).getAll();
        request.onsuccess = guard(() => report(request.result));
      });
      if (!result.ok) return [];
      return sortNewestFirst(result.value.map(readMeta).filter((m): m is BoardMeta => m !== null));
    },

    async load(id: string): Promise<LoadResult> {
      if (closed) return closedFailure as LoadResult;
      const result = await transact<unknown>(db, [BOARDS], 'readonly', (tx, report, guard) => {
        const request = tx.objectStore(BOARDS).get(id);
        request.onsuccess = guard(() => report(request.result));
      });
      if (!result.ok) return readFailure(result);
      return loadFromRecord(id, result.value);
    },

    async save(doc: BoardDocument, expectedRevision: number): Promise<SaveResult> {
      if (closed) return closedFailure;
      let plain: BoardDocument;
      try {
        plain = toPlainDocument(doc);
      } catch (error) {
        return { ok: false, kind: 'other', message: `The board could not be saved (${String(error)}).` };
      }
      // A conflict reports the other tab's raw record; it is parsed after the transaction,
      // because the parser loads asynchronously and a transaction cannot wait for it.
      type Outcome = SaveResult | { conflictWith: unknown; storedRevision: number };
      const result = await transact<Outcome>(db, [BOARDS, META], 'readwrite', (tx, report, guard) => {
        const boards = tx.objectStore(BOARDS);
        const metas = tx.objectStore(META);
        const metaRequest = metas.get(doc.id);
        metaRequest.onsuccess = guard(() => {
          const stored = readMeta(metaRequest.result);
          if (isNewerSchema(stored)) {
            report({ ok: false, kind: 'newer-schema', message: MESSAGES.newerSchema });
            return;
          }
          const storedRevision = stored?.revision ?? 0;
          if (storedRevision > expectedRevision) {
            const boardRequest = boards.get(doc.id);
            boardRequest.onsuccess = guard(() => report({ conflictWith: boardRequest.result, storedRevision }));
            return;
          }
          const record: StoredBoardRecord = {
            id: doc.id,
            revision: Math.max(storedRevision, expectedRevision) + 1,
            schemaVersion: SCHEMA_VERSION,
            document: plain,
          };
          boards.put(record);
          metas.put(metaOf(record, plain));
          report({ ok: true, revision: record.revision });
        });
      });
      if (!result.ok) return result;
      const outcome = result.value;
      return 'conflictWith' in outcome ? conflictFrom(outcome.storedRevision, outcome.conflictWith) : outcome;
    },

    async remove(id: string): Promise<RemoveResult> {
      if (closed) return closedFailure;
      const result = await transact<void>(db, [BOARDS, META, SETTINGS], 'readwrite', (tx, _report, guard) => {
        tx.objectStore(BOARDS).delete(id);
        tx.objectStore(META).delete(id);
        const settings = tx.objectStore(SETTINGS);
        const last = settings.get(LAST_OPEN_KEY);
        last.onsuccess = guard(() => {
          if (last.result === id) settings.delete(LAST_OPEN_KEY);
        });
      });
      return result.ok ? { ok: true } : result;
    },

    async loadLastOpen() {
      if (closed) return { id: null, board: null };
      // One transaction over both stores: each transaction waits for its own completion
      // event, and during a page load those arrive late (the main thread is hydrating).
      const result = await transact<{ id: string | null; record?: unknown }>(db, [SETTINGS, BOARDS], 'readonly', (tx, report, guard) => {
        const idRequest = tx.objectStore(SETTINGS).get(LAST_OPEN_KEY);
        idRequest.onsuccess = guard(() => {
          const id = typeof idRequest.result === 'string' ? idRequest.result : null;
          report({ id });
          if (id === null) return;
          const boardRequest = tx.objectStore(BOARDS).get(id);
          boardRequest.onsuccess = guard(() => report({ id, record: boardRequest.result }));
        });
      });
      // A failed read is said (the session shows the message), not taken for "no board".
      if (!result.ok) return { id: null, board: readFailure(result) };
      const { id, record } = result.value;
      return { id, board: id === null ? null : await loadFromRecord(id, record) };
    },

    async setLastOpenId(id: string | null): Promise<void> {
      if (closed) return;
      await transact<void>(db, [SETTINGS], 'readwrite', (tx) => {
        const settings = tx.objectStore(SETTINGS);
        if (id === null) settings.delete(LAST_OPEN_KEY);
        else settings.put(id, LAST_OPEN_KEY);
      });
    },
  };
}
