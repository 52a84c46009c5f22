'use client';
// The card on an empty board that says where to start. It goes away once the board has a
// component, and for the rest of the visit once "Draw freely" is chosen on that board (or the
// palette or the canvas is pressed, so it never catches a drop).
import { useEffect, useState } from 'react';
import { useBoardStore } from '@/components/editor/board-store';
import { useBoardSession } from '@/components/editor/board-session';
import { useDialogs } from '@/components/editor/dialogs';
import { readText } from '@/lib/persistence/local-storage';
// Only the key: the practice code stays out of the first load.
import { sessionStorageKey } from '@/lib/practice/storage-keys';

function focusPaletteSearch() {
  document.querySelector<HTMLInputElement>('input[aria-label="Search components"]')?.focus();
}

export function FirstScreen() {
  const boardId = useBoardSession((s) => s.boardId);
  const empty = useBoardStore((s) => s.history.present.nodes.length === 0);
  const dialogOpen = useDialogs((s) => s.current !== null);
  const open = useDialogs((s) => s.open);
  const [dismissedOn, setDismissedOn] = useState<string | null>(null);
  // A practice board starts empty on purpose: its prompt is the start.
  const practising = boardId !== null && readText(sessionStorageKey(boardId)) !== null;
  const shown = boardId !== null && empty && !practising && dismissedOn !== boardId && !dialogOpen;

  useEffect(() => {
    if (!shown) return;
    // Pressing on the palette or the canvas (or dragging a file in) is drawing: the card makes way.
    const makeWay = (e: Event) => {
      if (e.type === 'dragenter' || (e.target instanceof Element && e.target.closest('[aria-label="Component palette"], .react-flow'))) setDismissedOn(boardId);
    };
    window.addEventListener('pointerdown', makeWay, true);
    window.addEventListener('dragenter', makeWay, true);
    return () => {
      window.removeEventListener('pointerdown', makeWay, true);
      window.removeEventListener('dragenter', makeWay, true);
    };
  }, [shown, boardId]);

  if (!shown) return null;
  return (
    <section className="first-screen" aria-label="Where to start">
      <h2>Where do you want to start?</h2>
      <ul>
        <li>
          <button type="button" onClick={() => open('practice')}>
            <strong>Practise a prompt</strong>
            <span>A timed interview in four phases, then a review against a reference.</span>
          </button>
        </li>
        <li>
          <button type="button" onClick={() => open('templates')}>
            <strong>Study a reference</strong>
            <span>Open a worked design and read why each component is there.</span>
          </button>
        </li>
        <li>
          <button
            type="button"
            onClick={() => {
              setDismissedOn(boardId);
              focusPaletteSearch();
            }}
          >
            <strong>Draw freely</strong>
            <span>Pick components from the palette; the checklist reviews as you go.</span>
          </button>
        </li>
      </ul>
    </section>
  );
}
