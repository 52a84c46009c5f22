// The board session: which board is open, autosave, the board list, other tabs and their
// conflicts, import. Every document that enters (storage, import, share link, template) goes
// through lib/model/parse before it reaches the editor, and nothing that enters ever replaces
// the open board: it opens as a board of its own. Everything it touches is injected, so it runs
// headless in tests; components/editor/board-session.ts wires the real editor and notices.
import { createStore } from 'zustand/vanilla';
import { createEmptyDocument, newId } from '@/lib/model/document';
import { LIMITS } from '@/lib/model/limits';
import type { ParseResult } from '@/lib/model/parse';
import { UNTITLED_BOARD_TITLE, type BoardDocument } from '@/lib/model/types';
import { createAutosaver, createRevisionTrackingSave, type Autosaver } from './autosaver';
import type { BoardChannel } from './board-channel';
import { loadDocumentParser } from './document-parser';
import { clearJournal, writeJournal, type SyncStorage } from './journal';
import type { LastBoardRead } from './startup';
import type { BoardMeta, BoardStore } from './types';

export type SaveState = 'idle' | 'saving' | 'saved' | 'unsaved' | 'memory-only' | 'conflict' | 'error';

export interface BoardSessionState {
  boardId: string | null;
  saveState: SaveState;
  boards: BoardMeta[];
}

/** The editor as the session sees it: the document in, the document out, and its changes. */
export interface BoardEditorPort {
  /** Replaces the board (open, import, new): a fresh history. */
  load(doc: BoardDocument): void;
  /** The same board as saved by another tab: fresh history, same view and selection. */
  replaceFromElsewhere(doc: BoardDocument): void;
  current(): BoardDocument;
  /** Renames the open board as an undoable edit. */
  setTitle(title: string): void;
  /** Called when the document changes; `gestureRunning` while a drag is under way (it is saved when it ends). */
  subscribe(listener: (doc: BoardDocument, gestureRunning: boolean) => void): () => void;
}

export type SessionNoticeKind = 'error' | 'warning' | 'info';

export interface SessionNotices {
  info(text: string): unknown;
  warning(text: string): unknown;
  error(text: string): unknown;
  /** A notice with buttons; returns its id for dismiss. */
  show(kind: SessionNoticeKind, text: string, actions: { label: string; run: () => void }[]): number;
  dismiss(id: number): void;
}

export interface BoardSessionDeps {
  editor: BoardEditorPort;
  notices: SessionNotices;
  /** Where unsaved work is journalled synchronously when the page goes away (localStorage). */
  journal: SyncStorage | undefined;
  channel: BoardChannel;
  now?: () => number;
  newBoardId?: () => string;
  autosaveDelayMs?: number;
}

/** A board passed in with the page (a share link), already parsed; `error` when it could not be read. */
export type IncomingBoard = () => Promise<{ parsed: ParseResult; source: string } | { error: string } | null> | null;

/** What importBoardFile needs of a File. */
export interface BoardFileLike {
  name: string;
  size: number;
  text(): Promise<string>;
}

export type BoardSession = ReturnType<typeof createBoardSession>;

export function createBoardSession({
  editor,
  notices,
  journal,
  channel,
  now = Date.now,
  newBoardId = () => newId('b'),
  autosaveDelayMs = 400,
}: BoardSessionDeps) {
  const state = createStore<BoardSessionState>()(() => ({ boardId: null, saveState: 'idle', boards: [] }));
  const setState = (patch: Partial<BoardSessionState>) => state.setState(patch);

  let store: BoardStore | null = null;
  let autosaver: Autosaver | null = null;
  let tracker: ReturnType<typeof createRevisionTrackingSave> | null = null;
  /** The document as last loaded or saved, so loading a board does not schedule a save. */
  let lastKnown: BoardDocument | null = null;
  let conflictNotice: number | null = null;
  let starting: Promise<void> | null = null;

  const timestamp = () => new Date(now()).toISOString();
  const stampForSave = (doc: BoardDocument): BoardDocument => ({ ...doc, updatedAt: timestamp() });

  async function refreshBoardList() {
    if (store) setState({ boards: await store.list() });
  }

  /**
   * Shows a document in the editor and makes it the board that autosave writes, and the one
   * reopened on the next load (`rememberedAsLast`: storage already says so, so nothing is
   * written; restoring the last board then writes nothing at all).
   */
  function showBoard(doc: BoardDocument, revision: number, rememberedAsLast = false) {
    autosaver?.dispose();
    lastKnown = doc;
    editor.load(doc);
    const persistent = store?.persistent ?? false;
    setState({ boardId: doc.id, saveState: persistent ? (revision > 0 ? 'saved' : 'unsaved') : 'memory-only' });
    if (!store) return;
    const activeStore = store;
    const activeTracker = createRevisionTrackingSave(activeStore, revision);
    tracker = activeTracker;
    autosaver = createAutosaver({
      delayMs: autosaveDelayMs,
      save: (d) => activeTracker.save(stampForSave(d)),
      onStatus: (status) => {
        if (state.getState().boardId !== doc.id) return;
        if (status.status === 'saving') setState({ saveState: 'saving' });
        else if (status.status === 'saved') {
          if (!autosaver?.hasUnsavedChanges()) clearJournal(journal);
          setState({ saveState: activeStore.persistent ? 'saved' : 'memory-only' });
          channel.post({ boardId: doc.id, revision: status.revision });
          void refreshBoardList();
        } else if (status.status === 'conflict') {
          setState({ saveState: 'conflict' });
          showConflict(status.stored, status.storedRevision);
        } else {
          setState({ saveState: 'error' });
          notices.error(status.message);
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
    if (conflictNotice !== null) notices.dismiss(conflictNotice);
    const mine = editor.current();
    conflictNotice = notices.show(
      'error',
      `“${mine.title}” was changed in another tab after you opened it here. Nothing was overwritten. ` +
        'Open the newer version (your version is kept as a copy) or keep yours as a copy.',
      [
        { label: 'Open newer version', run: () => void resolveConflict('take-theirs', stored, storedRevision) },
        { label: 'Keep mine as a copy', run: () => void resolveConflict('keep-mine', stored, storedRevision) },
      ],
    );
  }

  async function saveAsCopy(doc: BoardDocument, suffix: string): Promise<BoardDocument | null> {
    if (!store) return null;
    const stamp = timestamp();
    const title = `${doc.title} ${suffix}`.slice(0, LIMITS.maxTitleChars);
    const copy: BoardDocument = { ...doc, id: newBoardId(), title, createdAt: stamp, updatedAt: stamp };
    const result = await store.save(copy, 0);
    if (!result.ok) {
      notices.error(`Could not save a copy: ${result.message} Use Export JSON to keep your work.`);
      return null;
    }
    return copy;
  }

  async function resolveConflict(choice: 'take-theirs' | 'keep-mine', stored: BoardDocument | null, storedRevision: number) {
    conflictNotice = null;
    const mine = editor.current();
    const copy = await saveAsCopy(mine, '(my copy)');
    if (!copy) return;
    if (choice === 'keep-mine') {
      showBoard(copy, 1);
      notices.info(`Your version is now the board “${copy.title}”. The other tab’s version is unchanged.`);
    } else {
      const latest = stored ?? (await loadStoredBoard(mine.id))?.document;
      if (latest) showBoard(latest, storedRevision);
      notices.info(`Opened the newer version. Your version is kept as “${copy.title}” in Boards.`);
    }
    await refreshBoardList();
  }

  /** Reads a stored board, saying why when it cannot and what was repaired when it could. */
  async function loadStoredBoard(id: string): Promise<{ document: BoardDocument; revision: number } | null> {
    if (!store) return null;
    const result = await store.load(id);
    if (!result.ok) {
      notices.error(result.message);
      return null;
    }
    if (result.warnings.length) notices.warning(`Opened with repairs: ${result.warnings.join('; ')}.`);
    return result;
  }

  /** Opens a stored board. The current board is saved first. */
  async function openBoard(id: string) {
    if (!store) return;
    await autosaver?.flush();
    const loaded = await loadStoredBoard(id);
    if (loaded) showBoard(loaded.document, loaded.revision);
  }

  /** Adds a document as a new board (import, template, share link, new) and opens it. */
  async function openAsNewBoard(doc: BoardDocument): Promise<void> {
    await autosaver?.flush();
    const stamp = timestamp();
    const fresh: BoardDocument = { ...doc, id: newBoardId(), createdAt: stamp, updatedAt: stamp };
    showBoard(fresh, 0);
    // Saved at once so it appears in the board list even before the first edit.
    autosaver?.schedule(fresh);
    await autosaver?.flush();
    lastKnown = editor.current();
  }

  async function newBoard() {
    await openAsNewBoard(createEmptyDocument(UNTITLED_BOARD_TITLE, new Date(now())));
  }

  async function renameBoard(id: string, title: string) {
    if (id === state.getState().boardId) {
      editor.setTitle(title);
      await autosaver?.flush();
    } else if (store) {
      const result = await store.load(id);
      if (!result.ok) return void notices.error(result.message);
      const saved = await store.save({ ...result.document, title: title.trim() || UNTITLED_BOARD_TITLE, updatedAt: timestamp() }, result.revision);
      if (!saved.ok) notices.error(saved.message);
    }
    await refreshBoardList();
  }

  async function duplicateBoard(id: string) {
    if (!store) return;
    await autosaver?.flush();
    const result = await store.load(id);
    if (!result.ok) return void notices.error(result.message);
    const copy = await saveAsCopy(result.document, '(copy)');
    if (copy) notices.info(`Duplicated as “${copy.title}”.`);
    await refreshBoardList();
  }

  /**
   * Deletes a board after the dialog's confirmation. Deleting the open board opens the most
   * recent other one (or a new empty board).
   */
  async function deleteBoard(id: string) {
    if (!store) return;
    const result = await store.remove(id);
    if (!result.ok) return void notices.error(result.message);
    await refreshBoardList();
    if (id === state.getState().boardId) {
      autosaver?.dispose();
      autosaver = null;
      const next = state.getState().boards[0];
      if (next) await openBoard(next.id);
      else await newBoard();
    }
  }

  /** Opens a parsed import as a new board and says how it went; the open board stays. */
  async function openParsedBoard(result: ParseResult, source: string): Promise<ParseResult> {
    if (!result.ok) {
      notices.error(`${source} could not be opened: ${result.reason} Your board is unchanged.`);
      return result;
    }
    await openAsNewBoard(result.document);
    if (result.warnings.length) {
      notices.warning(`${source} opened as a new board, with repairs: ${result.warnings.join('; ')}.`);
    } else {
      notices.info(`${source} opened as a new board: “${result.document.title}”.`);
    }
    return result;
  }

  /** Parses an import (file text) and opens it as a new board; the open board stays. */
  async function importBoardText(text: string, source: string): Promise<ParseResult> {
    const parser = await loadDocumentParser();
    if (!parser) return refuseUnreadable(source);
    return openParsedBoard(parser.parseBoardFileText(text), source);
  }

  /** The parser's chunk did not load (network gone): nothing can be checked, so nothing opens. */
  function refuseUnreadable(source: string): ParseResult {
    const reason = 'part of the app did not load (is the network down?). Reload the page and try again.';
    notices.error(`${source} could not be opened: ${reason} Your board is unchanged.`);
    return { ok: false, code: 'invalid', reason };
  }

  async function importBoardFile(file: BoardFileLike) {
    const parser = await loadDocumentParser();
    if (!parser) return void refuseUnreadable(`“${file.name}”`);
    // Refused before reading: a huge file would freeze the tab.
    if (file.size > LIMITS.maxFileChars * 4) {
      notices.error(`“${file.name}” could not be opened: it is ${(file.size / 1e6).toFixed(1)} MB, over the ${(LIMITS.maxFileChars / 1e6).toFixed(0)} MB limit. Your board is unchanged.`);
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      notices.error(`“${file.name}” could not be read. Your board is unchanged.`);
      return;
    }
    await importBoardText(text, `“${file.name}”`);
  }

  /**
   * Saves pending changes now (page hidden or closing). The IndexedDB write is asynchronous and
   * may not finish before the page goes away, so the board is journalled synchronously too.
   */
  function flushSaves() {
    if (!autosaver?.hasUnsavedChanges() || !tracker) return;
    const doc = stampForSave(editor.current());
    writeJournal(journal, { boardId: doc.id, baseRevision: tracker.revision, document: doc });
    void autosaver.flush();
  }

  /**
   * Shows the first board: a board passed with the page, else the last open board, else a recent
   * one, else a new one; then follows edits and other tabs. Idempotent (React's StrictMode runs
   * the mounting effect twice). Given a finished read, everything up to showing the last board
   * runs before this returns, so an editor that starts storage in a layout effect paints it in
   * its first frame.
   */
  function start(read: LastBoardRead | Promise<LastBoardRead>, incoming?: IncomingBoard): Promise<void> {
    starting ??= read instanceof Promise ? read.then((done) => run(done, incoming)) : run(read, incoming);
    return starting;
  }

  async function run({ opened, lastId, last }: LastBoardRead, incoming?: IncomingBoard) {
    store = opened.store;
    if (opened.problem) notices.error(opened.problem.message);
    channel.subscribe((message) => void onOtherTabSaved(message.boardId, message.revision));
    editor.subscribe((doc, gestureRunning) => {
      if (doc === lastKnown || gestureRunning) return;
      if (state.getState().saveState !== 'conflict') setState({ saveState: 'unsaved' });
      autosaver?.schedule(doc);
    });

    const pending = incoming?.();
    const fromPage = pending ? await pending : null;
    if (fromPage && 'error' in fromPage) notices.error(fromPage.error);
    if (fromPage && 'parsed' in fromPage) {
      const result = await openParsedBoard(fromPage.parsed, fromPage.source);
      if (result.ok) return void refreshBoardList();
    }
    if (last?.ok) {
      if (last.warnings.length) notices.warning(`Opened with repairs: ${last.warnings.join('; ')}.`);
      showBoard(last.document, last.revision, last.document.id === lastId);
      return void refreshBoardList();
    }
    // A board from a newer app version is never opened or overwritten here.
    if (last) notices.error(last.message);
    await refreshBoardList();
    const recent = state.getState().boards.find((b) => b.id !== lastId);
    if (recent) {
      const result = await opened.store.load(recent.id);
      if (result.ok) return showBoard(result.document, result.revision);
    }
    await newBoard();
  }

  /** Keeps a second tab on the same board in step, unless it has edits of its own. */
  async function onOtherTabSaved(boardId: string, revision: number) {
    await refreshBoardList();
    if (!store || boardId !== state.getState().boardId || !tracker || revision <= tracker.revision) return;
    if (autosaver?.hasUnsavedChanges()) {
      // Our next save will meet the conflict check; say so now rather than later.
      const result = await store.load(boardId);
      setState({ saveState: 'conflict' });
      autosaver?.dispose();
      showConflict(result.ok ? result.document : null, revision);
      return;
    }
    const result = await store.load(boardId);
    if (result.ok) {
      // Keep the viewport and selection; only the document changes.
      lastKnown = result.document;
      tracker.setRevision(result.revision);
      editor.replaceFromElsewhere(result.document);
    }
  }

  return {
    getState: state.getState,
    getInitialState: state.getInitialState,
    subscribe: state.subscribe,
    start,
    openBoard,
    openAsNewBoard,
    newBoard,
    renameBoard,
    duplicateBoard,
    deleteBoard,
    importBoardText,
    openParsedBoard,
    importBoardFile,
    flushSaves,
  };
}
