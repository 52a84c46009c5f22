'use client';
// Opening templates: "Study" opens the reference design as a new board; "Practice from
// scratch" opens an empty board that carries only the prompt. Both go through
// openAsNewBoard, so the user's boards are never touched. Whether a board hides the
// reference-only parts of its study guide is remembered per board (it is a view choice,
// not part of the document).
import { create } from 'zustand';
import { createEmptyDocument } from '@/lib/model/document';
import type { BoardDocument } from '@/lib/model/types';
import { openAsNewBoard, useBoardSession } from '@/components/editor/board-session';
import { notify } from '@/components/ui/notices';

const HINTS_KEY = 'design-drill:study-hints';
const COLLAPSED_KEY = 'design-drill:study-panel-collapsed';

type HintsChoice = 'hidden' | 'shown';

function readJson<T>(key: string, fallback: T): T {
  try {
    const text = window.localStorage.getItem(key);
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
}

function writeJson(key: string, value: unknown) {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or blocked: the choice lasts for this page only, which is acceptable.
  }
}

interface StudyViewState {
  /** Per board id; boards without an entry show everything (study mode). */
  hints: Record<string, HintsChoice>;
  collapsed: boolean;
  setHints: (boardId: string, choice: HintsChoice) => void;
  setCollapsed: (collapsed: boolean) => void;
}

export const useStudyView = create<StudyViewState>()((set, get) => ({
  hints: typeof window === 'undefined' ? {} : readJson<Record<string, HintsChoice>>(HINTS_KEY, {}),
  collapsed: typeof window === 'undefined' ? false : readJson<boolean>(COLLAPSED_KEY, false),
  setHints: (boardId, choice) => {
    const hints = { ...get().hints, [boardId]: choice };
    set({ hints });
    writeJson(HINTS_KEY, hints);
  },
  setCollapsed: (collapsed) => {
    set({ collapsed });
    writeJson(COLLAPSED_KEY, collapsed);
  },
}));

/** True when the open board is a practice board whose reference-only hints are hidden. */
export function useHintsHidden(): boolean {
  const boardId = useBoardSession((s) => s.boardId);
  return useStudyView((s) => (boardId ? s.hints[boardId] === 'hidden' : false));
}

/** Opens a parsed template as a new board with its full study guide. */
export async function studyTemplate(doc: BoardDocument) {
  await openAsNewBoard(doc);
  useStudyView.getState().setCollapsed(false);
  notify.info(`Opened “${doc.title}” as a new board to study. Your other boards are unchanged.`);
}

/** The empty board a practice attempt starts from: the template's prompt, none of its answer. */
export function practiceBoardFrom(template: BoardDocument): BoardDocument {
  const doc = createEmptyDocument(`Practice: ${template.title}`.slice(0, 200));
  return template.study ? { ...doc, study: structuredClone(template.study) } : doc;
}

/** Opens an empty practice board carrying the template's prompt, with the hints hidden. */
export async function practiceFromScratch(template: BoardDocument) {
  await openAsNewBoard(practiceBoardFrom(template));
  const boardId = useBoardSession.getState().boardId;
  if (boardId) useStudyView.getState().setHints(boardId, 'hidden');
  useStudyView.getState().setCollapsed(false);
  notify.info(`Started “Practice: ${template.title}” on an empty board. The prompt is in the Study guide.`);
}
