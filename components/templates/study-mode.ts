'use client';
// Opening templates: "Study" opens the reference design as a new board; "Practice from
// scratch" opens an empty board that carries only the prompt. Both go through
// openAsNewBoard, so the user's boards are never touched. Whether a board hides the
// reference-only parts of its study guide is remembered per board (it is a view choice,
// not part of the document).
import { create } from 'zustand';
import type { BoardDocument } from '@/lib/model/types';
import { readJson, writeJson } from '@/lib/persistence/local-storage';
import { PRACTICE_TITLE_PREFIX, practiceDocument } from '@/lib/practice/practice-document';
import { openAsNewBoard, useBoardSession } from '@/components/editor/board-session';
import { notify } from '@/components/ui/notices';

const HINTS_KEY = 'design-drill:study-hints';
const COLLAPSED_KEY = 'design-drill:study-panel-collapsed';

type HintsChoice = 'hidden' | 'shown';

function readHints(): Record<string, HintsChoice> {
  const stored = readJson(HINTS_KEY);
  return typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? (stored as Record<string, HintsChoice>) : {};
}

/** Where the build-up from v1 stands on one board (0 is v1); absent, the board shows its whole design. */
export interface BuildUp {
  boardId: string;
  step: number;
  /** Set when an edit ended the build-up: everything is shown again. */
  stoppedByEdit?: boolean;
  /** Components to select and zoom to once the step is shown, instead of fitting the step. */
  focusIds?: string[];
}

interface StudyViewState {
  /** Per board id; boards without an entry show everything (study mode). */
  hints: Record<string, HintsChoice>;
  collapsed: boolean;
  buildUp: BuildUp | null;
  setHints: (boardId: string, choice: HintsChoice) => void;
  setCollapsed: (collapsed: boolean) => void;
  setBuildUp: (buildUp: BuildUp | null) => void;
}

export const useStudyView = create<StudyViewState>()((set, get) => ({
  hints: readHints(),
  collapsed: readJson(COLLAPSED_KEY) === true,
  buildUp: null,
  // If storage refuses (full or blocked), the choice lasts for this page only, which is acceptable.
  setHints: (boardId, choice) => {
    const hints = { ...get().hints, [boardId]: choice };
    set({ hints });
    writeJson(HINTS_KEY, hints);
  },
  setCollapsed: (collapsed) => {
    set({ collapsed });
    writeJson(COLLAPSED_KEY, collapsed);
  },
  setBuildUp: (buildUp) => set({ buildUp }),
}));

/** Opens a parsed template as a new board with its full study guide, built up from v1 when it has a ladder. */
export async function studyTemplate(doc: BoardDocument) {
  await openAsNewBoard(doc);
  const boardId = useBoardSession.getState().boardId;
  const view = useStudyView.getState();
  view.setBuildUp(boardId && doc.study?.v1?.length && doc.study.ladder?.length ? { boardId, step: 0 } : null);
  view.setCollapsed(false);
  notify.info(`Opened “${doc.title}” as a new board to study. Your other boards are unchanged.`);
}

/** Opens an empty practice board carrying the template's prompt (none of its answer), with the hints hidden. */
export async function practiceFromScratch(template: BoardDocument) {
  await openAsNewBoard(practiceDocument(template.title, template.study));
  const boardId = useBoardSession.getState().boardId;
  if (boardId) useStudyView.getState().setHints(boardId, 'hidden');
  useStudyView.getState().setCollapsed(false);
  notify.info(`Started “${PRACTICE_TITLE_PREFIX}${template.title}” on an empty board. The prompt is in the Study guide.`);
}
