// The last line of defence against losing an edit when the tab closes. IndexedDB writes are
// asynchronous and a closing page may never finish one, so on pagehide the unsaved board is
// also written synchronously (localStorage) as a journal entry naming the revision it builds
// on. On the next start the entry is replayed only if that revision is still the stored one:
// a save that did land, or newer work from another tab, always wins over the journal.
import type { BoardDocument } from '@/lib/model/types';
import { loadDocumentParser } from './document-parser';
import type { BoardStore } from './types';

export const JOURNAL_KEY = 'design-drill:unsaved-journal';

export interface JournalEntry {
  boardId: string;
  baseRevision: number;
  document: BoardDocument;
}

/** Minimal synchronous storage (window.localStorage, or a fake in tests). */
export interface SyncStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Writes the journal; false when storage refuses (quota, private mode). Never throws. */
export function writeJournal(storage: SyncStorage | undefined, entry: JournalEntry): boolean {
  try {
    storage?.setItem(JOURNAL_KEY, JSON.stringify(entry));
    return !!storage;
  } catch {
    return false;
  }
}

export function clearJournal(storage: SyncStorage | undefined) {
  try {
    storage?.removeItem(JOURNAL_KEY);
  } catch {
    // Nothing to do: a journal that cannot be removed is ignored once its revision is stale.
  }
}

export type JournalRecovery =
  /** 'parser-unavailable': the parser's chunk did not load; the entry is kept for the next start. */
  | { recovered: false; reason: 'none' | 'stale' | 'unreadable' | 'save-failed' | 'parser-unavailable' }
  | { recovered: true; boardId: string; revision: number };

/** Replays a journal entry left by a tab that closed before its save finished. */
export async function recoverJournal(storage: SyncStorage | undefined, store: BoardStore): Promise<JournalRecovery> {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(JOURNAL_KEY) ?? null;
  } catch {
    return { recovered: false, reason: 'none' };
  }
  if (!raw) return { recovered: false, reason: 'none' };
  let entry: Partial<JournalEntry>;
  try {
    entry = JSON.parse(raw) as Partial<JournalEntry>;
  } catch {
    clearJournal(storage);
    return { recovered: false, reason: 'unreadable' };
  }
  const parser = await loadDocumentParser();
  if (!parser) return { recovered: false, reason: 'parser-unavailable' };
  const parsed = parser.parseDocument(entry?.document);
  if (!parsed.ok || typeof entry.boardId !== 'string' || !Number.isInteger(entry.baseRevision)) {
    clearJournal(storage);
    return { recovered: false, reason: 'unreadable' };
  }
  const saved = await store.save(parsed.document, entry.baseRevision as number);
  if (saved.ok) {
    clearJournal(storage);
    return { recovered: true, boardId: parsed.document.id, revision: saved.revision };
  }
  if (saved.kind === 'conflict') {
    // The save landed after all, or another tab moved on: the stored board is newer.
    clearJournal(storage);
    return { recovered: false, reason: 'stale' };
  }
  return { recovered: false, reason: 'save-failed' };
}
