'use client';
// The running practice session, bound to the board it was started on. The session itself is
// lib/practice's pure reducer; this store adds the wall clock, local storage (keyed to the
// practice board id, so a reload resumes it and other boards never see it) and the attempt
// that is recorded when the session finishes.
import { create } from 'zustand';
import { currentDoc } from '@/components/editor/board-store';
import { openAsNewBoard, useSession } from '@/components/editor/board-session';
import { notify } from '@/components/ui/notices';
import { useStudyView } from '@/components/templates/study-mode';
import { evaluateChecklist } from '@/lib/checklist';
import { addAttempt, parseStoredAttempts, removeAttempt, serializeAttempts, type Attempt } from '@/lib/practice/attempts';
import type { PhasePlan } from '@/lib/practice/phases';
import {
  attemptFromSession,
  PRACTICE_ATTEMPTS_KEY,
  PRACTICE_SOUND_KEY,
  practiceDocument,
  promptTitleOf,
  sessionStorageKey,
  type PromptLike,
} from '@/lib/practice/practice-board';
import { parseStoredSession, serializeSession } from '@/lib/practice/session-storage';
import {
  sessionReducer,
  startSession,
  type BoardSnapshotRef,
  type PracticeSessionState,
  type SessionAction,
} from '@/lib/practice/session';

interface PracticeState {
  /** The practice board this session belongs to; null when the open board has none. */
  boardId: string | null;
  session: PracticeSessionState | null;
  reviewOpen: boolean;
  soundOn: boolean;
  attempts: Attempt[];
}

export const usePractice = create<PracticeState>()(() => ({
  boardId: null,
  session: null,
  reviewOpen: false,
  soundOn: false,
  attempts: [],
}));

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

let storageWarningShown = false;
function write(key: string, value: string | null) {
  const ls = storage();
  if (!ls) return;
  try {
    if (value === null) ls.removeItem(key);
    else ls.setItem(key, value);
  } catch {
    // Quota: the session keeps running in memory; only a reload would lose it.
    if (!storageWarningShown) {
      storageWarningShown = true;
      notify.warning('Practice progress could not be saved in this browser (storage is full). The session keeps running, but a reload would lose it.');
    }
  }
}

function read(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Reads the session stored for a board (after a reload, or when switching back to a practice board). */
export function bindPracticeToBoard(boardId: string | null) {
  const state = usePractice.getState();
  if (state.boardId === boardId && state.session) return;
  const session = boardId ? parseStoredSession(read(sessionStorageKey(boardId))) : null;
  usePractice.setState({ boardId: session ? boardId : null, session, reviewOpen: false });
}

export function loadPracticePreferences() {
  usePractice.setState({ soundOn: read(PRACTICE_SOUND_KEY) === 'on', attempts: parseStoredAttempts(read(PRACTICE_ATTEMPTS_KEY)) });
}

export function setSoundOn(on: boolean) {
  write(PRACTICE_SOUND_KEY, on ? 'on' : 'off');
  usePractice.setState({ soundOn: on });
}

function persist(boardId: string, session: PracticeSessionState) {
  write(sessionStorageKey(boardId), serializeSession(session));
}

/** Opens the prompt on a new empty board and starts the clock. The user's boards are untouched. */
export async function startPractice(prompt: PromptLike, plan: PhasePlan) {
  await openAsNewBoard(practiceDocument(prompt));
  const boardId = useSession.getState().boardId;
  if (!boardId) return;
  // The study drawer shows the prompt; the reference answers (estimates, talking points) stay hidden.
  useStudyView.getState().setHints(boardId, 'hidden');
  const session = startSession({ promptId: prompt.id, plan, at: Date.now() });
  persist(boardId, session);
  usePractice.setState({ boardId, session, reviewOpen: false });
}

/** The board as it is now, kept with a phase boundary. */
export function boardSnapshot(): BoardSnapshotRef {
  return { document: currentDoc() };
}

export function dispatchPractice(action: SessionAction) {
  const { session, boardId } = usePractice.getState();
  if (!session || !boardId || useSession.getState().boardId !== boardId) return;
  const next = sessionReducer(session, action);
  if (next === session) return;
  persist(boardId, next);
  usePractice.setState({ session: next });
  if (next.status === 'finished' && session.status !== 'finished') recordAttempt(next);
}

function recordAttempt(session: PracticeSessionState) {
  const finalDocument = currentDoc();
  const attempt = attemptFromSession({
    session,
    title: promptTitleOf(finalDocument.title),
    finalDocument,
    score: evaluateChecklist(finalDocument).score,
  });
  const attempts = addAttempt(parseStoredAttempts(read(PRACTICE_ATTEMPTS_KEY)), attempt);
  write(PRACTICE_ATTEMPTS_KEY, serializeAttempts(attempts));
  usePractice.setState({ attempts, reviewOpen: true });
}

export function setReviewOpen(open: boolean) {
  usePractice.setState({ reviewOpen: open });
}

/** Ends practice mode on this board; the board itself stays as it is. */
export function closePractice() {
  const { boardId } = usePractice.getState();
  if (boardId) write(sessionStorageKey(boardId), null);
  usePractice.setState({ boardId: null, session: null, reviewOpen: false });
}

/** Opens an attempt's final board as a new board. */
export async function reopenAttempt(attempt: Attempt) {
  await openAsNewBoard({ ...attempt.document, title: attempt.document.title });
  notify.info(`Opened your attempt at “${attempt.title}” as a new board.`);
}

export function deleteAttempt(id: string) {
  const attempts = removeAttempt(usePractice.getState().attempts, id);
  write(PRACTICE_ATTEMPTS_KEY, serializeAttempts(attempts));
  usePractice.setState({ attempts });
}
