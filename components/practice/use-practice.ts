'use client';
// The app's one practice controller (lib/practice/controller.ts), wired to the open board,
// the page's localStorage and the notices, and usePractice to read its state from React.
import { useSyncExternalStore } from 'react';
import { currentDoc } from '@/components/editor/board-store';
import { openAsNewBoard, useBoardSession } from '@/components/editor/board-session';
import { notify } from '@/components/ui/notices';
import { useStudyView } from '@/components/templates/study-mode';
import { browserStorage } from '@/lib/persistence/local-storage';
import { createPracticeController, type PracticeState } from '@/lib/practice/controller';

export const practice = createPracticeController({
  storage: browserStorage(),
  currentDocument: currentDoc,
  openBoardId: () => useBoardSession.getState().boardId,
  openAsNewBoard,
  notify,
  // Through the global at each call, so a faked clock (Playwright's page.clock) is the one used.
  now: () => Date.now(),
  hideReferenceHints: (boardId) => useStudyView.getState().setHints(boardId, 'hidden'),
});

/** A slice of the practice state; re-renders only when the selected value changes. */
export function usePractice<T>(selector: (state: PracticeState) => T): T {
  const read = () => selector(practice.getState());
  return useSyncExternalStore(practice.subscribe, read, read);
}
