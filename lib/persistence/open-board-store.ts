// Picks the storage the app runs on: IndexedDB when the browser allows it, otherwise the
// in-memory store, with the reason so the UI can show a visible warning.
import { openIndexedDbBoardStore, type IndexedDbStoreOptions } from './indexeddb-store';
import { createMemoryBoardStore } from './memory-store';
import type { BoardStore, StorageErrorKind } from './types';

export interface OpenedBoardStore {
  store: BoardStore;
  /** Set when we fell back to memory: show it (role="alert") and keep Export JSON prominent. */
  problem?: { kind: StorageErrorKind; message: string };
}

export async function openBoardStore(options: IndexedDbStoreOptions = {}): Promise<OpenedBoardStore> {
  const opened = await openIndexedDbBoardStore(options);
  if (opened.ok) return { store: opened.store };
  return { store: createMemoryBoardStore(), problem: { kind: opened.kind, message: opened.message } };
}
