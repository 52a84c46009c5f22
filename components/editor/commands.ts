'use client';
// The command table: each command's action, when it can run and whether its toggle is on,
// keyed by the registry (lib/commands/registry: ids, labels, shortcuts). The toolbar, the
// keyboard shortcuts and the help sheet read only this table (Excalidraw's actions pattern).
import type { ReactFlowInstance } from '@xyflow/react';
import { COMMANDS, type CommandId, type CommandMeta } from '@/lib/commands/registry';
import { canRedo, canUndo } from '@/lib/commands/history';
import { deleteElements, duplicateNodes, nudgeNodes } from '@/lib/commands/edits';
import { currentDoc, useBoardStore, type BoardState } from './board-store';
import { exportBoardJson, newBoard } from './board-session';
import { copyShareLink, exportPicture } from './board-export';
import { copySelection, pasteClipboard } from './clipboard';
import { useDialogs, type DialogName } from './dialogs';
import { useGhosts } from './ghosts';
import { prepareAutoLayout, runAutoLayout } from './use-auto-layout';

export interface CommandContext {
  flow: ReactFlowInstance;
  /** Opens the file picker of Import JSON (the app shell's file input). */
  pickImportFile: () => void;
}

interface CommandAction {
  run: (ctx: CommandContext) => void;
  /** Whether it can run now (a disabled button, an ignored shortcut); always, when absent. */
  enabled?: (state: BoardState) => boolean;
  /** Whether its toggle is on (the button's aria-pressed); not a toggle, when absent. */
  pressed?: (state: BoardState) => boolean;
  /** The pointer or focus reached its button and a click may follow: load what it needs. */
  prepare?: () => void;
}

export type Command = CommandMeta & CommandAction;

const NUDGE = 8;
const FAR = 5;

const store = () => useBoardStore.getState();
const openDialog = (name: DialogName) => () => useDialogs.getState().open(name);

function nudge(dx: number, dy: number): CommandAction {
  return {
    run: () => {
      const ids = [...store().selection.nodeIds];
      if (ids.length === 0) return;
      // Consecutive nudges of the same selection are one undo step.
      store().apply((d) => nudgeNodes(d, ids, dx, dy), { coalesceKey: `nudge:${ids.sort().join(',')}` });
    },
  };
}

function deleteSelection() {
  const { selection } = store();
  store().apply((d) => deleteElements(d, selection.nodeIds, selection.edgeIds));
  store().select([]);
}

const THEME_ORDER = ['system', 'light', 'dark'] as const;

const ACTIONS: Record<CommandId, CommandAction> = {
  undo: { run: () => store().undo(), enabled: (s) => canUndo(s.history) },
  redo: { run: () => store().redo(), enabled: (s) => canRedo(s.history) },
  delete: { run: deleteSelection },
  duplicate: {
    run: () => {
      const ids = [...store().selection.nodeIds];
      if (ids.length === 0) return;
      let inserted: string[] = [];
      store().apply((d) => {
        const result = duplicateNodes(d, ids);
        inserted = result.insertedIds;
        return result.doc;
      });
      store().select(inserted);
    },
  },
  'select-all': {
    run: () => {
      // What a study build-up hides is not on screen, so it is not selected (a Delete would remove it unseen).
      const { history, hiddenIds } = store();
      const { nodes, edges } = history.present;
      const shown = nodes.filter((n) => !hiddenIds.has(n.id)).map((n) => n.id);
      const shownEdges = edges.filter((e) => !hiddenIds.has(e.source) && !hiddenIds.has(e.target)).map((e) => e.id);
      store().select(shown, shownEdges);
    },
  },
  // The keyboard leaves these three to the browser's clipboard events (use-editor-keyboard).
  copy: { run: () => void copySelection() },
  cut: {
    run: () => {
      if (copySelection()) deleteSelection();
    },
  },
  paste: { run: pasteClipboard },
  escape: {
    run: () => {
      // Leaving the simulation puts back the selection it started with.
      if (store().simulation) store().endSimulation();
      else store().select([]);
      store().setHighlighted([]);
      useGhosts.getState().clear();
    },
  },
  'nudge-left': nudge(-NUDGE, 0),
  'nudge-right': nudge(NUDGE, 0),
  'nudge-up': nudge(0, -NUDGE),
  'nudge-down': nudge(0, NUDGE),
  'nudge-left-far': nudge(-NUDGE * FAR, 0),
  'nudge-right-far': nudge(NUDGE * FAR, 0),
  'nudge-up-far': nudge(0, -NUDGE * FAR),
  'nudge-down-far': nudge(0, NUDGE * FAR),
  'fit-view': { run: ({ flow }) => void flow.fitView({ padding: 0.15, duration: 250 }) },
  'zoom-in': { run: ({ flow }) => void flow.zoomIn({ duration: 150 }) },
  'zoom-out': { run: ({ flow }) => void flow.zoomOut({ duration: 150 }) },
  'toggle-snap': { run: () => store().toggleSnap(), pressed: (s) => s.snapToGrid },
  'toggle-theme': {
    run: () => store().setTheme(THEME_ORDER[(THEME_ORDER.indexOf(store().theme) + 1) % THEME_ORDER.length]),
  },
  'shortcut-help': { run: openDialog('shortcut-help') },
  'auto-layout': { run: ({ flow }) => void runAutoLayout(flow), prepare: prepareAutoLayout },
  'export-png': { run: () => void exportPicture('png') },
  'export-svg': { run: () => void exportPicture('svg') },
  'export-json': { run: exportBoardJson },
  'import-json': { run: ({ pickImportFile }) => pickImportFile() },
  'share-link': { run: () => void copyShareLink() },
  templates: { run: openDialog('templates') },
  practice: { run: openDialog('practice') },
  'new-board': { run: () => void newBoard() },
  boards: { run: openDialog('boards') },
  'simulate-failure': {
    run: () => (store().simulation ? store().endSimulation() : store().startSimulation()),
    pressed: (s) => s.simulation !== null,
  },
};

/** Every command, in the registry's order, with its label, shortcuts and action. */
export const commands = Object.fromEntries(COMMANDS.map((meta) => [meta.id, { ...meta, ...ACTIONS[meta.id] }])) as Record<
  CommandId,
  Command
>;

/** Runs a command, unless it cannot run now. */
export function runCommand(id: CommandId, ctx: CommandContext) {
  const command = commands[id];
  if (command.enabled && !command.enabled(store())) return;
  command.run(ctx);
}
