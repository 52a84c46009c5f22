// The storage contract the UI talks to. Every method resolves (never rejects): storage in
// a browser fails in ordinary ways (quota, private mode, another tab upgrading the app)
// and each failure is a value the UI can show, not an exception to forget to catch.
import type { BoardDocument } from '@/lib/model/types';

/** Why a write (or the store itself) failed. */
export type StorageErrorKind = 'quota' | 'unavailable' | 'newer-schema' | 'other';

export interface BoardMeta {
  id: string;
  title: string;
  /** The document's updatedAt (ISO), for "last edited" in the board list. */
  updatedAt: string;
  /** Goes up by one on every successful save; a save must name the revision it builds on. */
  revision: number;
  /** The schema the board was saved with. Above SCHEMA_VERSION: a newer app wrote it; list it, but it cannot be opened or overwritten here. */
  schemaVersion: number;
}

export type LoadResult =
  | { ok: true; document: BoardDocument; revision: number; warnings: string[] }
  | { ok: false; kind: 'not-found' | 'newer-schema' | 'corrupt' | 'unavailable' | 'other'; message: string };

export type SaveResult =
  | { ok: true; revision: number }
  /** Another tab saved a newer revision. Nothing was written; `stored` is that tab's copy (null if unreadable). */
  | { ok: false; kind: 'conflict'; storedRevision: number; stored: BoardDocument | null; message: string }
  | { ok: false; kind: StorageErrorKind; message: string };

export type RemoveResult = { ok: true } | { ok: false; kind: StorageErrorKind; message: string };

export interface BoardStore {
  /** Newest first. */
  list(): Promise<BoardMeta[]>;
  /** Reads go through parseDocument, like every other way a document enters the app. */
  load(id: string): Promise<LoadResult>;
  /**
   * Writes the board if the stored revision is not newer than `expectedRevision` (0 for a
   * board never saved). Read, check and write happen in one transaction.
   */
  save(doc: BoardDocument, expectedRevision: number): Promise<SaveResult>;
  remove(id: string): Promise<RemoveResult>;
  /**
   * The last open board's id and the board itself, in one read: it is on the path from a page
   * load to the board on screen. `board` is null when no board is remembered.
   */
  loadLastOpen(): Promise<{ id: string | null; board: LoadResult | null }>;
  setLastOpenId(id: string | null): Promise<void>;
  /** False for the in-memory fallback: the UI warns that nothing survives a reload. */
  readonly persistent: boolean;
}

/** What a store keeps per board; exported so tests can plant records (e.g. from a newer app). */
export interface StoredBoardRecord {
  id: string;
  revision: number;
  schemaVersion: number;
  /** The plain document; validated by parseDocument on the way out. */
  document: unknown;
}

export const MESSAGES = {
  quota: 'Browser storage is full, so this change was not saved. Your board is still open: use Export JSON to keep a copy, or delete old boards to free space.',
  unavailable: 'This browser is not letting Design Drill save (private mode, or storage is blocked). Your board is kept in memory only: use Export JSON to keep it.',
  closedByUpgrade: 'Design Drill was updated in another tab. Reload this tab to keep saving; your board is still open, and Export JSON works.',
  newerSchema: 'This board was saved by a newer version of Design Drill. It cannot be opened or changed here; update the app to open it.',
  conflict: 'This board was changed in another tab after you opened it here. Nothing was overwritten.',
  notFound: 'This board no longer exists (it may have been deleted in another tab).',
  parserUnavailable: 'The saved board could not be read: part of the app did not load (is the network down?). Reload the page to try again; nothing was changed.',
} as const;
