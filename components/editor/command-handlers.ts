'use client';
// Binds the command registry (lib/commands/registry) to the editor. Toolbar buttons and
// keyboard shortcuts both run these handlers, so they cannot drift apart.
import type { ReactFlowInstance } from '@xyflow/react';
import type { CommandId } from '@/lib/commands/registry';
import { extractFragment, type Fragment } from '@/lib/commands/edits';
import { currentDoc, edits, useBoardStore } from './board-store';

export type CommandHandlers = Partial<Record<CommandId, () => void>>;

const NUDGE = 8;
const FAR = 5;

/** The in-app clipboard; the system clipboard carries the same JSON between tabs. */
let clipboard: Fragment | null = null;
let pasteCount = 0;
export const CLIPBOARD_MIME = 'application/x-design-drill+json';

export function copySelection(): Fragment | null {
  const { selection } = useBoardStore.getState();
  if (selection.nodeIds.size === 0) return null;
  clipboard = extractFragment(currentDoc(), selection.nodeIds);
  pasteCount = 0;
  return clipboard;
}

export function pasteFragment(fragment: Fragment | null = clipboard) {
  if (!fragment || fragment.nodes.length === 0) return;
  pasteCount += 1;
  const offset = { x: 32 * pasteCount, y: 32 * pasteCount };
  const store = useBoardStore.getState();
  let inserted: string[] = [];
  store.apply((d) => {
    const result = edits.insertFragment(d, fragment, offset);
    inserted = result.insertedIds;
    return result.doc;
  });
  store.select(inserted);
}

export function setClipboard(fragment: Fragment) {
  clipboard = fragment;
  pasteCount = 0;
}

export function baseHandlers(flow: ReactFlowInstance, openHelp: () => void): CommandHandlers {
  const store = () => useBoardStore.getState();
  const nudge = (dx: number, dy: number) => () => {
    const ids = [...store().selection.nodeIds];
    if (ids.length === 0) return;
    // Consecutive nudges of the same selection are one undo step.
    store().apply((d) => edits.nudgeNodes(d, ids, dx, dy), { coalesceKey: `nudge:${ids.sort().join(',')}` });
  };
  return {
    undo: () => store().undo(),
    redo: () => store().redo(),
    delete: () => {
      const { selection } = store();
      store().apply((d) => edits.deleteElements(d, selection.nodeIds, selection.edgeIds));
      store().select([]);
    },
    duplicate: () => {
      const ids = [...store().selection.nodeIds];
      if (ids.length === 0) return;
      let inserted: string[] = [];
      store().apply((d) => {
        const result = edits.duplicateNodes(d, ids);
        inserted = result.insertedIds;
        return result.doc;
      });
      store().select(inserted);
    },
    'select-all': () => {
      const doc = currentDoc();
      store().select(doc.nodes.map((n) => n.id), doc.edges.map((e) => e.id));
    },
    escape: () => {
      store().select([]);
      store().setHighlighted([]);
    },
    'nudge-left': nudge(-NUDGE, 0),
    'nudge-right': nudge(NUDGE, 0),
    'nudge-up': nudge(0, -NUDGE),
    'nudge-down': nudge(0, NUDGE),
    'nudge-left-far': nudge(-NUDGE * FAR, 0),
    'nudge-right-far': nudge(NUDGE * FAR, 0),
    'nudge-up-far': nudge(0, -NUDGE * FAR),
    'nudge-down-far': nudge(0, NUDGE * FAR),
    'fit-view': () => void flow.fitView({ padding: 0.15, duration: 250 }),
    'zoom-in': () => void flow.zoomIn({ duration: 150 }),
    'zoom-out': () => void flow.zoomOut({ duration: 150 }),
    'toggle-snap': () => store().toggleSnap(),
    'toggle-theme': () => {
      const order = ['system', 'light', 'dark'] as const;
      const next = order[(order.indexOf(store().theme) + 1) % order.length];
      store().setTheme(next);
    },
    'shortcut-help': openHelp,
  };
}
