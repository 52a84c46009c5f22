// The running practice session, bound to the board it was started on. The session itself is
// the pure reducer in session.ts; the controller adds the clock, local storage (keyed to the
// practice board id, so a reload resumes it and other boards never see it) and the attempt
// recorded when the session finishes. Everything it touches is injected, so it runs headless
// in tests; components/practice/use-practice.ts wires it to the app.
import { evaluateChecklist } from '@/lib/checklist';
import type { BoardDocument, PhaseId } from '@/lib/model/types';
import type { SyncStorage } from '@/lib/persistence/journal';
import { readText, removeKey, writeText } from '@/lib/persistence/local-storage';
import { addAttempt, parseStoredAttempts, removeAttempt, serializeAttempts, type Attempt } from './attempts';
import type { PhasePlan } from './phases';
import { attemptFromSession, type PromptLike } from './practice-board';
import { practiceDocument, promptTitleOf } from './practice-document';
import { sessionReducer, startSession, type PracticeSessionState, type SessionAction } from './session';
import { parseStoredSession, serializeSession } from './session-storage';
import { promptScope } from './prompt-settings';
import { PRACTICE_ATTEMPTS_KEY, PRACTICE_SOUND_KEY, sessionStorageKey } from './storage-keys';

export interface PracticeState {
  /** The practice board this session belongs to; null when the open board has none. */
  boardId: string | null;
  session: PracticeSessionState | null;
  reviewOpen: boolean;
  soundOn: boolean;
  attempts: Attempt[];
}

export interface PracticeControllerDeps {
  /** Where sessions, attempts and the sound choice are kept (the page's localStorage). */
  storage: SyncStorage | undefined;
  /** The open board's document as it is now. */
  currentDocument: () => BoardDocument;
  /** The open board's id, or null while none is open. */
  openBoardId: () => string | null;
  /** Opens a document as a new board (the user's boards are untouched); resolves once it is open. */
  openAsNewBoard: (doc: BoardDocument) => Promise<void>;
  notify: { info: (text: string) => void; warning: (text: string) => void };
  /** Epoch milliseconds; every session action is stamped with it. */
  now: () => number;
  /** A new practice board shows the prompt but hides the study guide's reference answers. */
  hideReferenceHints?: (boardId: string) => void;
}

export type PracticeController = ReturnType<typeof createPracticeController>;

export const STORAGE_FULL_WARNING =
  'Practice progress could not be saved in this browser (storage is full). The session keeps running, but a reload would lose it.';

export function createPracticeController(deps: PracticeControllerDeps) {
  let state: PracticeState = { boardId: null, session: null, reviewOpen: false, soundOn: false, attempts: [] };
  const listeners = new Set<() => void>();
  let storageWarningShown = false;

  function setState(patch: Partial<PracticeState>) {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  }

  function write(key: string, value: string) {
    if (writeText(key, value, deps.storage).ok || storageWarningShown) return;
    // The session keeps running in memory; only a reload would lose it. Said once, not on every tick.
    storageWarningShown = true;
    deps.notify.warning(STORAGE_FULL_WARNING);
  }

  function storedAttempts(): Attempt[] {
    return parseStoredAttempts(readText(PRACTICE_ATTEMPTS_KEY, deps.storage));
  }

  function dispatch(action: SessionAction) {
    const { session, boardId } = state;
    if (!session || !boardId || deps.openBoardId() !== boardId) return;
    const next = sessionReducer(session, action);
    if (next === session) return;
    write(sessionStorageKey(boardId), serializeSession(next));
    setState({ session: next });
    if (next.status === 'finished' && session.status !== 'finished') recordAttempt(next);
  }

  function recordAttempt(session: PracticeSessionState) {
    const finalDocument = deps.currentDocument();
    const attempt = attemptFromSession({
      session,
      title: promptTitleOf(finalDocument.title),
      finalDocument,
      score: evaluateChecklist(finalDocument, promptScope(session.promptId)).score,
    });
    const attempts = addAttempt(storedAttempts(), attempt);
    write(PRACTICE_ATTEMPTS_KEY, serializeAttempts(attempts));
    setState({ attempts, reviewOpen: true });
  }

  /** The board as it is now, kept with a phase boundary. */
  const snapshot = () => ({ document: deps.currentDocument() });

  return {
    getState: (): PracticeState => state,

    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /** Reads the session stored for a board (after a reload, or when switching back to a practice board). */
    bindToBoard(boardId: string | null) {
      if (state.boardId === boardId && state.session) return;
      const session = boardId ? parseStoredSession(readText(sessionStorageKey(boardId), deps.storage)) : null;
      setState({ boardId: session ? boardId : null, session, reviewOpen: false });
    },

    loadPreferences() {
      setState({ soundOn: readText(PRACTICE_SOUND_KEY, deps.storage) === 'on', attempts: storedAttempts() });
    },

    setSoundOn(on: boolean) {
      write(PRACTICE_SOUND_KEY, on ? 'on' : 'off');
      setState({ soundOn: on });
    },

    /** Opens the prompt on a new empty board and starts the clock. The user's boards are untouched. */
    async start(prompt: PromptLike, plan: PhasePlan) {
      await deps.openAsNewBoard(practiceDocument(prompt.title, prompt, new Date(deps.now())));
      const boardId = deps.openBoardId();
      if (!boardId) return;
      deps.hideReferenceHints?.(boardId);
      const session = startSession({ promptId: prompt.id, plan, at: deps.now() });
      write(sessionStorageKey(boardId), serializeSession(session));
      setState({ boardId, session, reviewOpen: false });
    },

    /** Records the phases that have ended by time, each with the board as it is now. */
    tick: () => dispatch({ type: 'tick', at: deps.now(), snapshot: snapshot() }),
    pause: () => dispatch({ type: 'pause', at: deps.now() }),
    resume: () => dispatch({ type: 'resume', at: deps.now() }),
    /** `from` is the phase the user was looking at, so a press that races a time boundary skips nothing. */
    nextPhase: (from?: PhaseId) => dispatch({ type: 'next-phase', at: deps.now(), from, snapshot: snapshot() }),
    finish: () => dispatch({ type: 'finish', at: deps.now(), snapshot: snapshot() }),

    setReviewOpen(open: boolean) {
      setState({ reviewOpen: open });
    },

    /** Ends practice mode on this board; the board itself stays as it is. */
    close() {
      if (state.boardId) removeKey(sessionStorageKey(state.boardId), deps.storage);
      setState({ boardId: null, session: null, reviewOpen: false });
    },

    /** Opens an attempt's final board as a new board. */
    async reopenAttempt(attempt: Attempt) {
      await deps.openAsNewBoard(attempt.document);
      deps.notify.info(`Opened your attempt at “${attempt.title}” as a new board.`);
    },

    deleteAttempt(id: string) {
      const attempts = removeAttempt(state.attempts, id);
      write(PRACTICE_ATTEMPTS_KEY, serializeAttempts(attempts));
      setState({ attempts });
    },
  };
}
