'use client';
import { lazy, Suspense, useEffect, useLayoutEffect, useMemo, useReducer, useRef } from 'react';
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { BoardCanvas } from '@/components/canvas/board-canvas';
import { Palette } from '@/components/palette/palette';
import { BoardNotes, Inspector } from '@/components/inspector/inspector';
import { Toolbar } from '@/components/toolbar/toolbar';
import { useBoardStore } from '@/components/editor/board-store';
import { NoticeStack } from '@/components/ui/notices';
import { LazyStudyPanel } from '@/components/templates/lazy-study-panel';
import { LazyPracticeBar, LazyPracticeSidePanel } from '@/components/practice/lazy-practice';
import { SaveStatus } from './save-status';
import { FirstScreen } from './first-screen';
import { importBoardFile, startBoardStorage, useBoardSession } from '@/components/editor/board-session';
import { ChecklistPanel } from '@/components/checklist/checklist-panel';
import { LazySimulationBanner, LazySimulationResults } from '@/components/checklist/lazy-failure-simulation';
import type { CommandContext } from '@/components/editor/commands';
import { useDialogs } from '@/components/editor/dialogs';
import type { IncomingBoard } from '@/lib/persistence/board-session';
import { useEditorKeyboard } from '@/components/editor/use-editor-keyboard';

// Dialogs load when first opened, keeping them out of the board's first-load JS (so do the
// study guide, the practice bar and panel, and the failure simulation: see their Lazy* gates).
const ShortcutHelp = lazy(() => import('@/components/toolbar/shortcut-help').then((m) => ({ default: m.ShortcutHelp })));
const BoardsDialog = lazy(() => import('./boards-dialog').then((m) => ({ default: m.BoardsDialog })));
const TemplateGallery = lazy(() => import('@/components/templates/template-gallery').then((m) => ({ default: m.TemplateGallery })));
const PracticeDialog = lazy(() => import('@/components/practice/practice-dialog').then((m) => ({ default: m.PracticeDialog })));
const ShareLinkDialog = lazy(() => import('@/components/export/share-link-dialog').then((m) => ({ default: m.ShareLinkDialog })));

function useThemeClass() {
  const theme = useBoardStore((s) => s.theme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}

function BoardEditor() {
  const flow = useReactFlow();
  // The practice bar's code is needed from the moment the dialog that starts a session opens.
  const practiceDialogOpened = useDialogs((s) => s.opened.has('practice'));
  const fileInput = useRef<HTMLInputElement>(null);
  const boardId = useBoardSession((s) => s.boardId);
  useThemeClass();

  // A layout effect: when the last board has been read by the time the editor mounts, it is
  // drawn in the editor's first frame instead of one render later. The components that read
  // the stores only notice the change when they subscribe, in passive effects, which React runs
  // after the browser has painted the hydrated page; a state update in a layout effect makes
  // React render the board in this same task instead.
  const [, renderWithBoard] = useReducer((renders: number) => renders + 1, 0);
  useLayoutEffect(() => {
    void startBoardStorage(readShareLinkFromUrl);
    if (useBoardSession.getState().boardId) renderWithBoard();
  }, []);

  const commandContext: CommandContext = useMemo(() => ({ flow, pickImportFile: () => fileInput.current?.click() }), [flow]);
  useEditorKeyboard(commandContext);

  return (
    <div className="app-shell">
      <Toolbar ctx={commandContext} status={<SaveStatus />} />
      <LazyPracticeBar dialogOpened={practiceDialogOpened} />
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Import JSON file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void importBoardFile(file);
        }}
      />
      {/* Inert until the last board is restored: an edit made earlier would be replaced by it. */}
      <div className="workspace" inert={!boardId}>
        <Palette />
        <main className="canvas-area" aria-label="Board">
          <BoardCanvas onDropFiles={(files) => void importBoardFile(files[0])} />
          <LoadingCover />
          <FirstScreen />
          <LazySimulationBanner />
        </main>
        <LazyStudyPanel />
        <aside className="side-panel" aria-label="Details">
          <LazyPracticeSidePanel dialogOpened={practiceDialogOpened} />
          <Inspector />
          <LazySimulationResults />
          {/* The notes (input) before the checklist (its review), so they are reached without scrolling past it. */}
          <BoardNotes />
          <ChecklistPanel />
        </aside>
      </div>
      <OpenDialog />
      <NoticeStack />
    </div>
  );
}

/** The dialog a command opened (see components/editor/dialogs), loaded on first use. */
function OpenDialog() {
  const current = useDialogs((s) => s.current);
  const shareUrl = useDialogs((s) => s.shareUrl);
  const close = useDialogs((s) => s.close);
  return (
    <Suspense fallback={null}>
      {current === 'shortcut-help' && <ShortcutHelp onClose={close} />}
      {current === 'boards' && <BoardsDialog onClose={close} />}
      {current === 'templates' && <TemplateGallery onClose={close} />}
      {current === 'practice' && <PracticeDialog onClose={close} />}
      {current === 'share-link' && <ShareLinkDialog url={shareUrl} onClose={close} />}
    </Suspense>
  );
}

/** Hides the canvas until the last board is restored, so nothing is drawn on a board that is about to be replaced. */
function LoadingCover() {
  const boardId = useBoardSession((s) => s.boardId);
  if (boardId) return null;
  return (
    <div className="loading-cover" role="status">
      Opening your last board…
    </div>
  );
}

/** A board passed in the URL fragment (a share link), or null at once when there is none; the fragment is cleared once read. */
function readShareLinkFromUrl(): ReturnType<IncomingBoard> {
  if (!window.location.hash.includes('board=')) return null;
  return readShareLink();
}

async function readShareLink(): NonNullable<ReturnType<IncomingBoard>> {
  // The codec (and lz-string) loads only when a link is opened: it stays out of the first load.
  const { hasShareFragment, parseShareFragment } = await import('@/lib/export/share-link');
  if (!hasShareFragment(window.location.hash)) return null;
  const parsed = parseShareFragment(window.location.hash);
  history.replaceState(null, '', window.location.pathname + window.location.search);
  if (!parsed.ok) return { error: `The shared link could not be opened: ${parsed.reason}` };
  return { parsed, source: 'The shared board' };
}

export function BoardApp() {
  return (
    <ReactFlowProvider>
      <BoardEditor />
    </ReactFlowProvider>
  );
}
