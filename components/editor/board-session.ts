'use client';
// Connects the editor to storage: which board is open, autosave, the board list, other tabs,
// import and export. Every document that enters (storage, import, share link, template)
// goes through lib/model/parse before it reaches the editor, and nothing that enters ever
// replaces the open board: it opens as a board of its own. The parser itself loads on first
// use (loadDocumentParser), which keeps it out of the page's first-load JS.
import { create } from 'zustand';
import { createEmptyDocument, newId } from '@/lib/model/document';
import type { ParseResult } from '@/lib/model/parse';
import { boardFileName, serializeBoardFile } from '@/lib/model/serialize';
import {
  createAutosaver,
  createBoardChannel,
  createRevisionTrackingSave,
  loadDocumentParser,
  openBoardStore,
  type Autosaver,
  type BoardChannel,
  type BoardMeta,
  type BoardStore,
} from '@/lib/persistence';
import { clearJournal, recoverJournal, writeJournal, type SyncStorage } from '@/lib/persistence/journal';
import { lastOpenFromEarlyRead, takeEarlyRead } from '@/lib/persistence/early-read';
import type { BoardDocument } from '@/lib/model/types';
import { useBoardStore } from './board-store';
import { notify, useNotices } from '@/components/ui/notices';

export type SaveState = 'idle' | 'saving' | 'saved' | 'unsaved' | 'memory-only' | 'conflict' | 'error';

interface SessionState {
  boardId: string | null;
  saveState: SaveState;
  boards: BoardMeta[];
}

export const useSession = create<SessionState>()(() => ({
  boardId: null,
  saveState: 'idle',
  boards: [],
}));

let store: BoardStore | null = null;
let autosaver: Autosaver | null = null;
let tracker: ReturnType<typeof createRevisionTrackingSave> | null = null;
let channel: BoardChannel | null = null;
/** The document as last loaded or saved, so loading a board does not schedule a save. */
let lastKnown: BoardDocument | null = null;
let conflictNotice: number | null = null;

const setSession = (patch: Partial<SessionState>) => useSession.setState(patch);

async function refreshBoardList() {
  if (store) setSession({ boards: await store.list() });
}

function stampForSave(doc: BoardDocument): BoardDocument {
  return { ...doc, updatedAt: new Date().toISOString() };
}

/**
 * Shows a document in the editor and makes it the board that autosave writes, and the one
 * reopened on the next load (`rememberedAsLast`: storage already says so, so nothing is
 * written; restoring the last board then writes nothing at all).
 */
function showBoard(doc: BoardDocument, revision: number, rememberedAsLast = false) {
  autosaver?.dispose();
  lastKnown = doc;
  useBoardStore.getState().load(doc);
  const persistent = store?.persistent ?? false;
  setSession({ boardId: doc.id, saveState: persistent ? (revision > 0 ? 'saved' : 'unsaved') : 'memory-only' });
  if (!store) return;
  const activeStore = store;
  tracker = createRevisionTrackingSave(activeStore, revision);
  const activeTracker = tracker;
  autosaver = createAutosaver({
    delayMs: 400,
    save: (d) => activeTracker.save(stampForSave(d)),
    onStatus: (status) => {
      if (useSession.getState().boardId !== doc.id) return;
      if (status.status === 'saving') setSession({ saveState: 'saving' });
      else if (status.status === 'saved') {
        if (!autosaver?.hasUnsavedChanges()) clearJournal(localStorageOrUndefined());
        setSession({ saveState: activeStore.persistent ? 'saved' : 'memory-only' });
        channel?.post({ boardId: doc.id, revision: status.revision });
        void refreshBoardList();
      } else if (status.status === 'conflict') {
        setSession({ saveState: 'conflict' });
        showConflict(status.stored, status.storedRevision);
      } else {
        setSession({ saveState: 'error' });
        notify.error(status.message);
      }
    },
  });
  if (!rememberedAsLast) void activeStore.setLastOpenId(doc.id);
}

/**
 * Another tab saved this board after we opened it. Nothing is dropped: the user either
 * takes the newer version (their own copy is kept as a separate board) or keeps editing
 * theirs as a copy.
 */
function showConflict(stored: BoardDocument | null, storedRevision: number) {
  if (conflictNotice !== null) useNotices.getState().dismiss(conflictNotice);
  const mine = useBoardStore.getState().history.present;
  conflictNotice = useNotices.getState().show(
    'error',
    `“${mine.title}” was changed in another tab after you opened it here. Nothing was overwritten. ` +
      'Open the newer version (your version is kept as a copy) or keep yours as a copy.',
    [
      {
        label: 'Open newer version',
        run: () => void resolveConflict('take-theirs', stored, storedRevision),
      },
      { label: 'Keep mine as a copy', run: () => void resolveConflict('keep-mine', stored, storedRevision) },
    ],
  );
}

async function saveAsCopy(doc: BoardDocument, suffix: string): Promise<BoardDocument | null> {
  if (!store) return null;
  const now = new Date().toISOString();
  const copy: BoardDocument = { ...doc, id: newId('b'), title: `${doc.title} ${suffix}`.slice(0, 200), createdAt: now, updatedAt: now };
  const result = await store.save(copy, 0);
  if (!result.ok) {
    notify.error(`Could not save a copy: ${result.message} Use Export JSON to keep your work.`);
    return null;
  }
  return copy;
}

async function resolveConflict(choice: 'take-theirs' | 'keep-mine', stored: BoardDocument | null, storedRevision: number) {
  conflictNotice = null;
  const mine = useBoardStore.getState().history.present;
  const copy = await saveAsCopy(mine, '(my copy)');
  if (!copy) return;
  if (choice === 'keep-mine') {
    showBoard(copy, 1);
    notify.info(`Your version is now the board “${copy.title}”. The other tab’s version is unchanged.`);
  } else {
    const latest = stored ?? (await loadBoard(mine.id));
    if (latest) showBoard(latest, storedRevision);
    notify.info(`Opened the newer version. Your version is kept as “${copy.title}” in Boards.`);
  }
  await refreshBoardList();
}

async function loadBoard(id: string): Promise<BoardDocument | null> {
  if (!store) return null;
  const result = await store.load(id);
  if (!result.ok) {
    notify.error(result.message);
    return null;
  }
  if (result.warnings.length) notify.warning(`Opened with repairs: ${result.warnings.join('; ')}.`);
  return result.document;
}

/** Opens a stored board. The current board is saved first. */
export async function openBoard(id: string) {
  if (!store) return;
  await autosaver?.flush();
  const result = await store.load(id);
  if (!result.ok) {
    notify.error(result.message);
    return;
  }
  if (result.warnings.length) notify.warning(`Opened with repairs: ${result.warnings.join('; ')}.`);
  showBoard(result.document, result.revision);
}

/** Adds a document as a new board (import, template, share link, new) and opens it. */
export async function openAsNewBoard(doc: BoardDocument): Promise<void> {
  await autosaver?.flush();
  const now = new Date().toISOString();
  const fresh: BoardDocument = { ...doc, id: newId('b'), createdAt: now, updatedAt: now };
  showBoard(fresh, 0);
  // Saved at once so it appears in the board list even before the first edit.
  autosaver?.schedule(fresh);
  await autosaver?.flush();
  lastKnown = useBoardStore.getState().history.present;
}

export async function newBoard() {
  await openAsNewBoard(createEmptyDocument('Untitled board'));
}

export async function renameBoard(id: string, title: string) {
  if (id === useSession.getState().boardId) {
    const { setBoardTitle } = await import('@/lib/commands/edits');
    useBoardStore.getState().apply((d) => setBoardTitle(d, title));
    await autosaver?.flush();
  } else if (store) {
    const result = await store.load(id);
    if (!result.ok) return notify.error(result.message);
    const saved = await store.save({ ...result.document, title: title.trim() || 'Untitled board', updatedAt: new Date().toISOString() }, result.revision);
    if (!saved.ok) notify.error(saved.message);
  }
  await refreshBoardList();
}

export async function duplicateBoard(id: string) {
  if (!store) return;
  await autosaver?.flush();
  const result = await store.load(id);
  if (!result.ok) return notify.error(result.message);
  const copy = await saveAsCopy(result.document, '(copy)');
  if (copy) notify.info(`Duplicated as “${copy.title}”.`);
  await refreshBoardList();
}

/**
 * Deletes a board after the dialog's confirmation. Deleting the open board opens the most
 * recent other one (or a new empty board).
 */
export async function deleteBoard(id: string) {
  if (!store) return;
  const result = await store.remove(id);
  if (!result.ok) return notify.error(result.message);
  await refreshBoardList();
  if (id === useSession.getState().boardId) {
    autosaver?.dispose();
    autosaver = null;
    const next = useSession.getState().boards[0];
    if (next) await openBoard(next.id);
    else await newBoard();
  }
}

/** Parses an import (file text, share link) and opens it as a new board; the open board stays. */
export async function importBoardText(text: string, source: string): Promise<ParseResult> {
  const parser = await loadDocumentParser();
  if (!parser) return refuseUnreadable(source);
  const result = parser.parseBoardFileText(text);
  if (!result.ok) {
    notify.error(`${source} could not be opened: ${result.reason} Your board is unchanged.`);
    return result;
  }
  await openAsNewBoard(result.document);
  if (result.warnings.length) {
    notify.warning(`${source} opened as a new board, with repairs: ${result.warnings.join('; ')}.`);
  } else {
    notify.info(`${source} opened as a new board: “${result.document.title}”.`);
  }
  return result;
}

/** The parser's chunk did not load (network gone): nothing can be checked, so nothing opens. */
function refuseUnreadable(source: string): ParseResult {
  const reason = 'part of the app did not load (is the network down?). Reload the page and try again.';
  notify.error(`${source} could not be opened: ${reason} Your board is unchanged.`);
  return { ok: false, code: 'invalid', reason };
}

export async function importBoardFile(file: File) {
  const parser = await loadDocumentParser();
  if (!parser) return void refuseUnreadable(`“${file.name}”`);
  const { LIMITS } = parser;
  // Refused before reading: a huge file would freeze the tab.
  if (file.size > LIMITS.maxFileChars * 4) {
    notify.error(`“${file.name}” could not be opened: it is ${(file.size / 1e6).toFixed(1)} MB, over the ${(LIMITS.maxFileChars / 1e6).toFixed(0)} MB limit. Your board is unchanged.`);
    return;
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    notify.error(`“${file.name}” could not be read. Your board is unchanged.`);
    return;
  }
  await importBoardText(text, `“${file.name}”`);
}

export function exportBoardJson() {
  const doc = useBoardStore.getState().history.present;
  downloadBlob(new Blob([serializeBoardFile(doc)], { type: 'application/json' }), boardFileName(doc.title));
}

export function downloadBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function localStorageOrUndefined(): SyncStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Saves pending changes now (page hidden or closing). The IndexedDB write is asynchronous and
 * may not finish before the page goes away, so the board is journalled synchronously too.
 */
export function flushSaves() {
  if (!autosaver?.hasUnsavedChanges() || !tracker) return;
  const doc = stampForSave(useBoardStore.getState().history.present);
  writeJournal(localStorageOrUndefined(), { boardId: doc.id, baseRevision: tracker.revision, document: doc });
  void autosaver.flush();
}

/**
 * Starts storage once per page: opens the store, restores the last board (or opens a board
 * from a share link), and wires autosave, other tabs and page-hide flushing.
 * `incoming` returns the text of a board passed in the URL, if any.
 */
type IncomingBoard = () => Promise<{ text: string; source: string } | { error: string } | null> | null;

let starting: Promise<void> | null = null;

/**
 * Idempotent: React's StrictMode runs the mounting effect twice in development. When the last
 * board has been read already (the usual case, see readLastBoard), it is shown before this
 * returns, so an editor that starts the session in a layout effect paints it in its first frame.
 */
export function startSession(incoming?: IncomingBoard): Promise<void> {
  starting ??= lastBoardReadDone ? runSession(lastBoardReadDone, incoming) : (lastBoardRead ??= readLastBoard()).then((read) => runSession(read, incoming));
  return starting;
}

interface LastBoardRead {
  opened: Awaited<ReturnType<typeof openBoardStore>>;
  lastId: string | null;
  last: Awaited<ReturnType<BoardStore['load']>> | null;
}

/**
 * Opens storage, recovers a journalled edit, and reads the board that was open last. Started
 * when this module loads, before React hydrates the editor, so opening IndexedDB and fetching
 * the parser's chunk overlap the hydration; the board's record itself usually comes from the
 * page's inline early read (lib/persistence/early-read.ts). The board is only shown from the
 * editor's mount effect (runSession): a store change during hydration would make React render
 * the page again.
 */
async function readLastBoard(): Promise<LastBoardRead> {
  const early = takeEarlyRead();
  // Reading the board needs the parser: fetch its chunk while IndexedDB opens.
  void loadDocumentParser();
  const opened = await openBoardStore();
  const recovery = await recoverJournal(localStorageOrUndefined(), opened.store);
  if (recovery.recovered) await opened.store.setLastOpenId(recovery.boardId);
  // A recovered journal was written after the early read, which is then out of date.
  const earlyRead = opened.store.persistent && !recovery.recovered ? await early : null;
  const { id: lastId, board: last } = earlyRead ? await lastOpenFromEarlyRead(earlyRead) : await opened.store.loadLastOpen();
  return { opened, lastId, last };
}

let lastBoardRead: Promise<LastBoardRead> | null = typeof window === 'undefined' ? null : readLastBoard();
/** The read's result once it has finished, for startSession to use without waiting. */
let lastBoardReadDone: LastBoardRead | null = null;
void lastBoardRead?.then((read) => (lastBoardReadDone = read));

/** Everything up to showing the last board runs synchronously, unless a share link is opened. */
async function runSession({ opened, lastId, last }: LastBoardRead, incoming?: IncomingBoard) {
  store = opened.store;
  if (opened.problem) notify.error(opened.problem.message);
  channel = createBoardChannel();
  channel.subscribe((message) => void onOtherTabSaved(message.boardId, message.revision));

  useBoardStore.subscribe((state, previous) => {
    const doc = state.history.present;
    if (doc === previous.history.present || doc === lastKnown) return;
    // A running drag is saved when it ends: one write per gesture, not per frame.
    if (state.history.gestureBase) return;
    if (useSession.getState().saveState !== 'conflict') setSession({ saveState: 'unsaved' });
    autosaver?.schedule(doc);
  });
  const flushWhenHidden = () => {
    if (document.visibilityState === 'hidden') flushSaves();
  };
  window.addEventListener('pagehide', flushSaves);
  document.addEventListener('visibilitychange', flushWhenHidden);

  const pending = incoming?.();
  const fromUrl = pending ? await pending : null;
  if (fromUrl && 'error' in fromUrl) notify.error(fromUrl.error);
  if (fromUrl && 'text' in fromUrl) {
    const result = await importBoardText(fromUrl.text, fromUrl.source);
    if (result.ok) return void refreshBoardList();
  }
  if (last?.ok) {
    if (last.warnings.length) notify.warning(`Opened with repairs: ${last.warnings.join('; ')}.`);
    showBoard(last.document, last.revision, last.document.id === lastId);
    return void refreshBoardList();
  }
  // A board from a newer app version is never opened or overwritten here.
  if (last) notify.error(last.message);
  await refreshBoardList();
  const recent = useSession.getState().boards.find((b) => b.id !== lastId);
  if (recent) {
    const result = await store.load(recent.id);
    if (result.ok) return showBoard(result.document, result.revision);
  }
  await newBoard();
}

/** Keeps a second tab on the same board in step, unless it has edits of its own. */
async function onOtherTabSaved(boardId: string, revision: number) {
  await refreshBoardList();
  if (!store || boardId !== useSession.getState().boardId || !tracker || revision <= tracker.revision) return;
  if (autosaver?.hasUnsavedChanges()) {
    // Our next save will meet the conflict check; say so now rather than later.
    const result = await store.load(boardId);
    setSession({ saveState: 'conflict' });
    autosaver?.dispose();
    showConflict(result.ok ? result.document : null, revision);
    return;
  }
  const result = await store.load(boardId);
  if (result.ok) {
    // Keep the viewport and selection; only the document changes.
    lastKnown = result.document;
    tracker.setRevision(result.revision);
    useBoardStore.getState().replaceFromElsewhere(result.document);
  }
}
