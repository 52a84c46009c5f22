'use client';
// The practice bar and the practice side panel (with the session reducer, the estimation
// form and the review) are only needed while a practice session is on screen. They load
// when the open board has a stored session (a reload, or switching back to a practice
// board) or once the Practice dialog has been opened (it can start one), which keeps them
// out of the board's first-load JS. Once loaded they stay mounted: each follows the open
// board itself and renders nothing where there is no session, so the gate never unloads them.
import { lazy, useEffect, useState } from 'react';
import { useBoardSession } from '@/components/editor/board-session';
import { LoadWhen } from '@/components/ui/load-when';
import { readText } from '@/lib/persistence/local-storage';
// Only the key: practice-board would bring the session reducer, phases and attempts along.
import { sessionStorageKey } from '@/lib/practice/storage-keys';

const PracticeBar = lazy(() => import('./practice-bar').then((m) => ({ default: m.PracticeBar })));
const PracticeSidePanel = lazy(() => import('./practice-side-panel').then((m) => ({ default: m.PracticeSidePanel })));


/** True from the moment practice code is needed; never goes back to false. */
function usePracticeNeeded(dialogOpened: boolean): boolean {
  const boardId = useBoardSession((s) => s.boardId);
  const [needed, setNeeded] = useState(false);
  useEffect(() => {
    if (needed) return;
    if (dialogOpened || (boardId !== null && readText(sessionStorageKey(boardId)) !== null)) setNeeded(true);
  }, [needed, dialogOpened, boardId]);
  return needed;
}

export function LazyPracticeBar({ dialogOpened }: { dialogOpened: boolean }) {
  const ready = usePracticeNeeded(dialogOpened);
  return (
    <LoadWhen ready={ready}>
      <PracticeBar />
    </LoadWhen>
  );
}

export function LazyPracticeSidePanel({ dialogOpened }: { dialogOpened: boolean }) {
  const ready = usePracticeNeeded(dialogOpened);
  return (
    <LoadWhen ready={ready}>
      <PracticeSidePanel />
    </LoadWhen>
  );
}
