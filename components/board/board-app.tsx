'use client';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { findCommandForKey, type CommandId } from '@/lib/commands/registry';
import { BoardCanvas } from '@/components/canvas/board-canvas';
import { Palette } from '@/components/palette/palette';
import { BoardNotes, Inspector } from '@/components/inspector/inspector';
import { Toolbar } from '@/components/toolbar/toolbar';
import { useBoardStore } from './board-store';
import { NoticeStack } from './notices';
import { StudyPanel } from '@/components/templates/study-panel';
import { PracticeBar } from '@/components/practice/practice-bar';
import { PracticeSidePanel } from '@/components/practice/practice-side-panel';
import { SaveStatus } from './save-status';
import { exportBoardJson, importBoardFile, newBoard, startSession, useSession } from './board-session';
import { useAutoLayout } from './use-auto-layout';
import { ChecklistPanel } from '@/components/checklist/checklist-panel';
import { SimulationBanner, SimulationResults, toggleFailureSimulation } from '@/components/checklist/failure-simulation';
import { useBoardExport } from '@/components/export/use-board-export';
import type { LayoutDirection } from '@/lib/layout/elk-graph';
import { baseHandlers, CLIPBOARD_MIME, copySelection, pasteFragment, setClipboard, type CommandHandlers } from './command-handlers';
import type { Fragment } from '@/lib/commands/edits';
import { parseDocument } from '@/lib/model/parse';
import { createEmptyDocument } from '@/lib/model/document';

// Dialogs load when first opened, keeping them out of the board's first-load JS.
const ShortcutHelp = lazy(() => import('@/components/toolbar/shortcut-help').then((m) => ({ default: m.ShortcutHelp })));
const BoardsDialog = lazy(() => import('./boards-dialog').then((m) => ({ default: m.BoardsDialog })));
const TemplateGallery = lazy(() => import('@/components/templates/template-gallery').then((m) => ({ default: m.TemplateGallery })));
const PracticeDialog = lazy(() => import('@/components/practice/practice-dialog').then((m) => ({ default: m.PracticeDialog })));

/** Copy, cut and paste go through the browser's clipboard events so they also work across tabs. */
const CLIPBOARD_COMMANDS: ReadonlySet<CommandId> = new Set(['copy', 'cut', 'paste']);

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return !!target.closest('input, textarea, select, [contenteditable="true"]');
}

function isMacPlatform(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
}

function useThemeClass() {
  const theme = useBoardStore((s) => s.theme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}

function BoardEditor() {
  const flow = useReactFlow();
  const [helpOpen, setHelpOpen] = useState(false);
  const [boardsOpen, setBoardsOpen] = useState(false);
  const [templatesOpen, setTemplatesOpen] = useState(false);
  const [practiceOpen, setPracticeOpen] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const boardId = useSession((s) => s.boardId);
  useThemeClass();

  useEffect(() => {
    void startSession(readShareLinkFromUrl);
  }, []);

  const layout = useAutoLayout(flow);
  const boardExport = useBoardExport();

  const handlers: CommandHandlers = useMemo(
    () => ({
      ...baseHandlers(flow, () => setHelpOpen(true)),
      'auto-layout': () => void layout.run(),
      'export-json': exportBoardJson,
      'import-json': () => fileInput.current?.click(),
      'new-board': () => void newBoard(),
      boards: () => setBoardsOpen(true),
      'simulate-failure': toggleFailureSimulation,
      templates: () => setTemplatesOpen(true),
      practice: () => setPracticeOpen(true),
      ...boardExport.handlers,
    }),
    [flow, layout.run, boardExport.handlers],
  );

  const toolbarExtras = {
    'auto-layout': (
      <>
        <select
          aria-label="Layout direction"
          value={layout.direction}
          onChange={(e) => layout.setDirection(e.target.value as LayoutDirection)}
        >
          <option value="RIGHT">Left to right</option>
          <option value="DOWN">Top to bottom</option>
        </select>
        {layout.running && (
          <span className="toolbar-progress" role="status">
            Laying out… <button type="button" onClick={layout.cancel}>Cancel layout</button>
          </span>
        )}
      </>
    ),
  };

  const run = useCallback((id: CommandId) => handlers[id]?.(), [handlers]);

  useEffect(() => {
    const isMac = isMacPlatform();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      if (document.querySelector('[role="dialog"][aria-modal="true"]') && event.key !== 'Escape') return;
      const command = findCommandForKey(event, isMac);
      if (!command || CLIPBOARD_COMMANDS.has(command.id) || !handlers[command.id]) return;
      event.preventDefault();
      handlers[command.id]!();
    };
    const onCopy = (event: ClipboardEvent, cut: boolean) => {
      if (isTypingTarget(event.target)) return;
      const fragment = copySelection();
      if (!fragment) return;
      event.preventDefault();
      const json = JSON.stringify({ type: 'design-drill/fragment', fragment });
      event.clipboardData?.setData(CLIPBOARD_MIME, json);
      event.clipboardData?.setData('text/plain', json);
      if (cut) handlers.delete?.();
    };
    const onPaste = (event: ClipboardEvent) => {
      if (isTypingTarget(event.target)) return;
      const text = event.clipboardData?.getData(CLIPBOARD_MIME) || event.clipboardData?.getData('text/plain');
      const fromSystem = parseFragment(text);
      event.preventDefault();
      if (fromSystem) setClipboard(fromSystem);
      pasteFragment();
    };
    const copy = (e: ClipboardEvent) => onCopy(e, false);
    const cut = (e: ClipboardEvent) => onCopy(e, true);
    window.addEventListener('keydown', onKeyDown);
    document.addEventListener('copy', copy);
    document.addEventListener('cut', cut);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('copy', copy);
      document.removeEventListener('cut', cut);
      document.removeEventListener('paste', onPaste);
    };
  }, [handlers]);

  return (
    <div className="app-shell">
      <Toolbar run={run} available={handlers} after={toolbarExtras} status={<SaveStatus />} />
      <PracticeBar />
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
          <SimulationBanner />
        </main>
        <StudyPanel />
        <aside className="side-panel" aria-label="Details">
          <PracticeSidePanel />
          <Inspector />
          <SimulationResults />
          <ChecklistPanel />
          <BoardNotes />
        </aside>
      </div>
      <Suspense fallback={null}>
        {helpOpen && <ShortcutHelp onClose={() => setHelpOpen(false)} />}
        {boardsOpen && <BoardsDialog onClose={() => setBoardsOpen(false)} />}
        {templatesOpen && <TemplateGallery onClose={() => setTemplatesOpen(false)} />}
        {practiceOpen && <PracticeDialog onClose={() => setPracticeOpen(false)} />}
      </Suspense>
      {boardExport.ui}
      <NoticeStack />
    </div>
  );
}

/** Hides the canvas until the last board is restored, so nothing is drawn on a board that is about to be replaced. */
function LoadingCover() {
  const boardId = useSession((s) => s.boardId);
  if (boardId) return null;
  return (
    <div className="loading-cover" role="status">
      Opening your last board…
    </div>
  );
}

/** A board passed in the URL fragment (a share link); the fragment is cleared once read. */
async function readShareLinkFromUrl(): Promise<{ text: string; source: string } | { error: string } | null> {
  if (!window.location.hash.includes('board=')) return null;
  // The codec (and lz-string) loads only when a link is opened: it stays out of the first load.
  const { decodeShareFragment, hasShareFragment } = await import('@/lib/export/share-link');
  if (!hasShareFragment(window.location.hash)) return null;
  const decoded = decodeShareFragment(window.location.hash);
  history.replaceState(null, '', window.location.pathname + window.location.search);
  if (!decoded.ok) return { error: `The shared link could not be opened: ${decoded.reason}` };
  return { text: decoded.text, source: 'The shared board' };
}

/** A fragment pasted from another tab; anything else on the clipboard is ignored. */
function parseFragment(text: string | undefined): Fragment | null {
  if (!text || text.length > 5_000_000) return null;
  try {
    const value = JSON.parse(text) as { type?: unknown; fragment?: { nodes?: unknown; edges?: unknown } };
    if (value?.type !== 'design-drill/fragment' || !value.fragment) return null;
    // The fragment goes through the document parser like every other input.
    const parsed = parseDocument({ ...createEmptyDocument(), nodes: value.fragment.nodes, edges: value.fragment.edges });
    return parsed.ok ? { nodes: parsed.document.nodes, edges: parsed.document.edges } : null;
  } catch {
    return null;
  }
}

export function BoardApp() {
  return (
    <ReactFlowProvider>
      <BoardEditor />
    </ReactFlowProvider>
  );
}
