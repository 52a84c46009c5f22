// Startup: from a page load to the last board ready to show, in one place. An inline script in
// the page's HTML reads the last board's record from IndexedDB before any bundle has arrived,
// because storage opened from the app waits behind hydration (measured in bench/RESULTS.md).
// beginStartup(), called once by the editor's binding as its module loads, then opens the store,
// replays the journal and puts that record through the one document parser, as for any read.
import { recoverJournal, type SyncStorage } from './journal';
import { loadDocumentParser } from './document-parser';
import { BOARDS, DB_VERSION, DEFAULT_DB_NAME, LAST_OPEN_KEY, SETTINGS } from './indexeddb-store';
import { openBoardStore, type OpenedBoardStore } from './open-board-store';
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

/** What the session needs to show the first board: the store, and the board that was open last. */
export interface LastBoardRead {
  opened: OpenedBoardStore;
  /** The remembered id, even when its board could not be read. */
  lastId: string | null;
  last: LoadResult | null;
}

export interface StartupDeps {
  /** Where an interrupted save was journalled (localStorage). */
  journal: SyncStorage | undefined;
  /** IndexedDB, or the in-memory fallback when the browser refuses it. */
  openStore?: () => Promise<OpenedBoardStore>;
  /** Where the inline script left its promise: the page's global scope. */
  scope?: Record<string, unknown>;
}

/**
 * Opens storage, recovers a journalled edit and reads the board that was open last, from the
 * early read when there is one. Only reads: showing the board is the session's job.
 */
export async function readLastBoard({ journal, openStore = openBoardStore, scope }: StartupDeps): Promise<LastBoardRead> {
  const early = takeEarlyRead(scope);
  // Reading the board needs the parser: fetch its chunk while the store opens.
  void loadDocumentParser();
  const opened = await openStore();
  const recovery = await recoverJournal(journal, opened.store);
  if (recovery.recovered) await opened.store.setLastOpenId(recovery.boardId);
  // A recovered journal was written after the early read, which is then out of date.
  const earlyRead = opened.store.persistent && !recovery.recovered ? await early : null;
  const { id: lastId, board: last } = earlyRead ? await lastOpenFromEarlyRead(earlyRead) : await opened.store.loadLastOpen();
  return { opened, lastId, last };
}

export interface Startup {
  readonly read: Promise<LastBoardRead>;
  /** The read once it has finished (null before), so the first board can be shown without waiting a tick. */
  result(): LastBoardRead | null;
}

/**
 * Starts the read of the last board. Called once per page, before React hydrates the editor, so
 * opening storage and fetching the parser overlap the hydration.
 */
export function beginStartup(deps: StartupDeps): Startup {
  let finished: LastBoardRead | null = null;
  const read = readLastBoard(deps).then((result) => (finished = result));
  return { read, result: () => finished };
}
