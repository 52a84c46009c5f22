'use client';
// The page's one board session (lib/persistence/board-session.ts) wired to the editor's store,
// the notices, other tabs (BroadcastChannel) and localStorage. Components read its state with
// useBoardSession and call its actions; the logic and its tests live in lib/.
import { useStore } from 'zustand';
import { setBoardTitle } from '@/lib/commands/edits';
import { boardFileName, serializeBoardFile } from '@/lib/model/serialize';
import { createBoardChannel, DEFAULT_CHANNEL_NAME } from '@/lib/persistence/board-channel';
import { createBoardSession, type BoardSessionState, type IncomingBoard } from '@/lib/persistence/board-session';
import { beginStartup } from '@/lib/persistence/startup';
import { browserStorage } from '@/lib/persistence/local-storage';
import { downloadBlob } from '@/components/ui/download';
import { notify, useNotices } from '@/components/ui/notices';
import { useBoardStore } from './board-store';

export type { SaveState } from '@/lib/persistence/board-session';

const inBrowser = typeof window !== 'undefined';

const boardSession = createBoardSession({
  editor: {
    load: (doc) => useBoardStore.getState().load(doc),
    replaceFromElsewhere: (doc) => useBoardStore.getState().replaceFromElsewhere(doc),
    current: () => useBoardStore.getState().history.present,
    setTitle: (title) => useBoardStore.getState().apply((doc) => setBoardTitle(doc, title)),
    subscribe: (listener) =>
      useBoardStore.subscribe(({ history }, previous) => {
        if (history.present !== previous.history.present) listener(history.present, history.gestureBase !== null);
      }),
  },
  notices: { ...notify, show: (kind, text, actions) => useNotices.getState().show(kind, text, actions), dismiss: (id) => useNotices.getState().dismiss(id) },
  journal: browserStorage(),
  // On the server there is no other tab to talk to.
  channel: createBoardChannel(DEFAULT_CHANNEL_NAME, inBrowser ? window.BroadcastChannel : undefined),
});

// The last board is read as this module loads, before React hydrates the editor, so opening
// storage and fetching the parser overlap the hydration (lib/persistence/startup.ts).
const startup = inBrowser ? beginStartup({ journal: browserStorage() }) : null;

/** The board session's state (open board, save state, board list); getState() outside React. */
export const useBoardSession = Object.assign(<T>(selector: (state: BoardSessionState) => T): T => useStore(boardSession, selector), {
  getState: boardSession.getState,
});

export const { openBoard, openAsNewBoard, newBoard, renameBoard, duplicateBoard, deleteBoard, importBoardFile } = boardSession;

let storageStarted: Promise<void> | null = null;

/**
 * Shows the last board (or the one passed in the URL) and starts autosave, once per page. When
 * the last board has been read already it is shown before this returns, so an editor that calls
 * it in a layout effect paints the board in its first frame.
 */
export function startBoardStorage(incoming?: IncomingBoard): Promise<void> {
  if (storageStarted) return storageStarted;
  window.addEventListener('pagehide', boardSession.flushSaves);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') boardSession.flushSaves();
  });
  const lastBoard = startup ?? beginStartup({ journal: browserStorage() });
  storageStarted = boardSession.start(lastBoard.result() ?? lastBoard.read, incoming);
  return storageStarted;
}

export function exportBoardJson() {
  const doc = useBoardStore.getState().history.present;
  downloadBlob(new Blob([serializeBoardFile(doc)], { type: 'application/json' }), boardFileName(doc.title));
}
