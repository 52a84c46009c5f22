// The board that was open last, read from IndexedDB by an inline script in the page's HTML,
// before the app's JavaScript has arrived. Opened from the app, storage waits for the main
// thread: React is hydrating the editor then, and each IndexedDB callback queued behind it
// (open, read, commit: ≈ 10 ms each in bench/RESULTS.md's probe). Read here, the record is
// usually waiting by the time the editor mounts. It is only raw data: the session still opens
// the store, recovers the journal, and puts the record through the one document parser
// (loadFromRecord), as for any other read.
import { BOARDS, DB_VERSION, DEFAULT_DB_NAME, LAST_OPEN_KEY, SETTINGS } from './indexeddb-store';
import { loadFromRecord } from './records';
import type { LoadResult } from './types';

export const EARLY_READ_GLOBAL = '__designDrillEarlyRead';

/** What the early read found: the remembered id (null if none) and its stored record. */
export interface EarlyRead {
  id: string | null;
  record?: unknown;
}

/**
 * Runs as an inline script, serialised with Function.prototype.toString: it must not use
 * anything from this module's scope. Resolves null whenever it cannot read (no database yet,
 * another layout version, blocked, any error), and the session then reads the usual way.
 * It never creates or upgrades the database: that stays with openIndexedDbBoardStore.
 */
export function readLastBoardEarly(
  factory: IDBFactory | undefined,
  dbName: string,
  version: number,
  settingsStore: string,
  boardsStore: string,
  lastOpenKey: string,
): Promise<EarlyRead | null> {
  return new Promise((resolve) => {
    try {
      if (!factory) return resolve(null);
      const request = factory.open(dbName, version);
      request.onupgradeneeded = () => {
        // No database yet, or an older layout: not ours to create or migrate.
        request.transaction?.abort();
        resolve(null);
      };
      request.onblocked = () => resolve(null);
      request.onerror = () => resolve(null);
      request.onsuccess = () => {
        const db = request.result;
        db.onversionchange = () => db.close();
        try {
          const tx = db.transaction([settingsStore, boardsStore], 'readonly');
          tx.oncomplete = () => db.close();
          tx.onabort = () => {
            db.close();
            resolve(null);
          };
          const idRequest = tx.objectStore(settingsStore).get(lastOpenKey);
          idRequest.onsuccess = () => {
            const id = typeof idRequest.result === 'string' ? idRequest.result : null;
            if (id === null) return resolve({ id: null });
            const boardRequest = tx.objectStore(boardsStore).get(id);
            // Resolved on success, not on commit: a read-only transaction has nothing to commit.
            boardRequest.onsuccess = () => resolve({ id, record: boardRequest.result });
          };
        } catch {
          db.close();
          resolve(null);
        }
      };
    } catch {
      resolve(null);
    }
  });
}

/** The inline script for the board page: starts the early read and leaves its promise in a global. */
export function earlyReadScript(dbName = DEFAULT_DB_NAME): string {
  const args = [dbName, DB_VERSION, SETTINGS, BOARDS, LAST_OPEN_KEY].map((arg) => JSON.stringify(arg)).join(',');
  return `self[${JSON.stringify(EARLY_READ_GLOBAL)}]=(${readLastBoardEarly.toString()})(self.indexedDB,${args});`;
}

/** The early read's promise, once: later reads (another board, another tab's save) go to the store. */
export function takeEarlyRead(scope: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): Promise<EarlyRead | null> | null {
  const pending = scope[EARLY_READ_GLOBAL] as Promise<EarlyRead | null> | undefined;
  delete scope[EARLY_READ_GLOBAL];
  return pending ?? null;
}

/** The early read as the store's loadLastOpen would have returned it, through the parser. */
export async function lastOpenFromEarlyRead(read: EarlyRead): Promise<{ id: string | null; board: LoadResult | null }> {
  return { id: read.id, board: read.id === null ? null : await loadFromRecord(read.id, read.record) };
}
