'use client';
// The in-app clipboard behind copy, cut and paste. The system clipboard carries the same
// fragment as text between tabs (use-editor-keyboard writes and reads it).
import { extractFragment, insertFragment, type Fragment } from '@/lib/commands/edits';
import { currentDoc, useBoardStore } from './board-store';

/** Each paste of the same fragment lands a step further down and right, not on the last one. */
const PASTE_STEP = 32;

let clipboard: Fragment | null = null;
let pasteCount = 0;

/** Copies the selected nodes (and the edges among them); null when nothing is selected. */
export function copySelection(): Fragment | null {
  const { selection } = useBoardStore.getState();
  if (selection.nodeIds.size === 0) return null;
  setClipboard(extractFragment(currentDoc(), selection.nodeIds));
  return clipboard;
}

/** Takes a fragment copied elsewhere (another tab) as the one the next paste inserts. */
export function setClipboard(fragment: Fragment) {
  clipboard = fragment;
  pasteCount = 0;
}

/** Inserts the clipboard's fragment as one undo step and selects what was inserted. */
export function pasteClipboard() {
  if (!clipboard || clipboard.nodes.length === 0) return;
  const fragment = clipboard;
  pasteCount += 1;
  const offset = { x: PASTE_STEP * pasteCount, y: PASTE_STEP * pasteCount };
  const store = useBoardStore.getState();
  let inserted: string[] = [];
  store.apply((d) => {
    const result = insertFragment(d, fragment, offset);
    inserted = result.insertedIds;
    return result.doc;
  });
  store.select(inserted);
}
