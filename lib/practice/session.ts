// A timed practice session as a pure reducer. The clock is injected: every action carries
// its own timestamp (`at`, epoch milliseconds) and every selector takes `now`, so tests
// can step time exactly and a reloaded tab resumes from the stored state.
//
// Model: "elapsed" is active time (wall time minus paused time). Each phase has a planned
// duration; a phase ends automatically when its planned time is used up, or earlier when
// the user presses "next phase". The last phase never ends by itself: running past the
// plan is allowed and shows up as a negative remaining time until the user finishes.
import type { BoardDocument, PhaseId } from '@/lib/model/types';
import { DEFAULT_PLAN, PHASE_ORDER, getPhase, isValidPlan, planTotalMs, type PhasePlan } from './phases';

export const SESSION_STATE_VERSION = 1;

export type SessionStatus = 'running' | 'paused' | 'finished';

export interface PauseInterval {
  from: number;
  /** null while the pause is still going on. */
  to: number | null;
}

export type BoundaryReason = 'time' | 'manual' | 'finish';

/** The board at a boundary, as the caller chooses to keep it: an id in its own store, the document, or both. */
export interface BoardSnapshotRef {
  snapshotId?: string;
  document?: BoardDocument;
}

export interface PhaseBoundary {
  /** The phase that ended here. */
  phase: PhaseId;
  /** Active time at which it ended. For time boundaries this is exactly the planned end. */
  elapsedMs: number;
  /** Wall-clock time (epoch ms) at which it ended. */
  at: number;
  reason: BoundaryReason;
  snapshotId: string | null;
  document: BoardDocument | null;
}

export interface PracticeSessionState {
  version: typeof SESSION_STATE_VERSION;
  promptId: string;
  plan: PhasePlan;
  startedAt: number;
  pauses: PauseInterval[];
  status: SessionStatus;
  /** In phase order, at most one per phase. */
  boundaries: PhaseBoundary[];
  finishedAt: number | null;
  /** The latest timestamp seen; a clock that steps backwards is clamped to it so time never runs back. */
  lastEventAt: number;
}

export type SessionAction =
  | { type: 'pause'; at: number }
  | { type: 'resume'; at: number }
  /** Records phases that ended by time since the last action, with the board as it is now. */
  | { type: 'tick'; at: number; snapshot?: BoardSnapshotRef }
  /**
   * Ends the current phase early. Ignored in the last phase (use finish). Pass `from`, the
   * phase the user was looking at: if that phase has meanwhile ended by time (the press
   * raced the boundary), nothing more is skipped.
   */
  | { type: 'next-phase'; at: number; from?: PhaseId; snapshot?: BoardSnapshotRef }
  | { type: 'finish'; at: number; snapshot?: BoardSnapshotRef };

/**
 * A running session from `at`. The plan should come from presetPlan() or customPlan(); an
 * invalid one (a NaN, a zero-length phase) falls back to the seed's 35-minute plan rather
 * than producing a clock that reads NaN.
 */
export function startSession(args: { promptId: string; plan: PhasePlan; at: number }): PracticeSessionState {
  return {
    version: SESSION_STATE_VERSION,
    promptId: args.promptId,
    plan: isValidPlan(args.plan) ? { ...args.plan } : { ...DEFAULT_PLAN },
    startedAt: args.at,
    pauses: [],
    status: 'running',
    boundaries: [],
    finishedAt: null,
    lastEventAt: args.at,
  };
}

// ---------------------------------------------------------------------------------------
// Time arithmetic

function clampTime(state: PracticeSessionState, now: number): number {
  if (state.status === 'finished' && state.finishedAt !== null) return state.finishedAt;
  return Number.isFinite(now) ? Math.max(now, state.lastEventAt) : state.lastEventAt;
}

/** Active (unpaused) time since the start, in ms. Frozen while paused and after finishing. */
export function elapsed(state: PracticeSessionState, now: number): number {
  const t = clampTime(state, now);
  let paused = 0;
  for (const pause of state.pauses) {
    const end = Math.min(pause.to ?? t, t);
    if (end > pause.from) paused += end - pause.from;
  }
  return Math.max(0, t - state.startedAt - paused);
}

/** The wall-clock moment at which the active clock read `elapsedMs`. */
function wallTimeAt(state: PracticeSessionState, elapsedMs: number): number {
  let t = state.startedAt;
  let remaining = elapsedMs;
  for (const pause of state.pauses) {
    const activeBeforePause = pause.from - t;
    if (remaining <= activeBeforePause) return t + remaining;
    remaining -= activeBeforePause;
    if (pause.to === null) return pause.from; // cannot run past an open pause
    t = pause.to;
  }
  return t + remaining;
}

interface PhaseWindow {
  phase: PhaseId;
  startMs: number;
  /** Where the phase ends or will end by time; Infinity for the last phase until it is finished. */
  endMs: number;
  boundary: PhaseBoundary | null;
  /** False for phases never reached because the session finished earlier. */
  reached: boolean;
}

function phaseWindows(state: PracticeSessionState): PhaseWindow[] {
  const windows: PhaseWindow[] = [];
  let start = 0;
  let finishedEarlier = false;
  PHASE_ORDER.forEach((phase, index) => {
    const boundary = state.boundaries.find((b) => b.phase === phase) ?? null;
    const isLast = index === PHASE_ORDER.length - 1;
    let end: number;
    if (finishedEarlier) end = start;
    else if (boundary) end = boundary.elapsedMs;
    else if (isLast) end = Infinity;
    else end = start + state.plan[phase];
    windows.push({ phase, startMs: start, endMs: end, boundary, reached: !finishedEarlier });
    if (boundary?.reason === 'finish') finishedEarlier = true;
    start = end;
  });
  return windows;
}

function currentWindow(state: PracticeSessionState, now: number): PhaseWindow {
  const windows = phaseWindows(state);
  if (state.status === 'finished') {
    return windows.find((w) => w.boundary?.reason === 'finish') ?? windows[windows.length - 1];
  }
  const e = elapsed(state, now);
  // `<` rather than `<=`: at exactly the planned end the next phase has begun.
  return windows.find((w) => e < w.endMs) ?? windows[windows.length - 1];
}

// ---------------------------------------------------------------------------------------
// Selectors

/** The phase on the clock now (after finishing: the phase the session finished in). */
export function currentPhase(state: PracticeSessionState, now: number): PhaseId {
  return currentWindow(state, now).phase;
}

/** Planned time left in the current phase; negative once the last phase runs over. */
export function remainingInPhase(state: PracticeSessionState, now: number): number {
  const window = currentWindow(state, now);
  return window.startMs + state.plan[window.phase] - elapsed(state, now);
}

/** Planned time left in the whole session; negative when over. */
export function remainingTotal(state: PracticeSessionState, now: number): number {
  return planTotalMs(state.plan) - elapsed(state, now);
}

/** What the bar's timer shows: time left in the phase while practising, time taken once finished. */
export interface TimerReading {
  kind: 'left-in-phase' | 'taken';
  ms: number;
}

export function timerReading(state: PracticeSessionState, now: number): TimerReading {
  if (state.status === 'finished') return { kind: 'taken', ms: elapsed(state, now) };
  return { kind: 'left-in-phase', ms: remainingInPhase(state, now) };
}

export function isTimeUp(state: PracticeSessionState, now: number): boolean {
  return remainingTotal(state, now) <= 0;
}

export function isLastPhase(state: PracticeSessionState, now: number): boolean {
  return currentPhase(state, now) === PHASE_ORDER[PHASE_ORDER.length - 1];
}

/**
 * Time is up when the whole plan is used, or when the last phase has used its own share
 * (after moving on early, the total can still have time left while the last phase is over).
 */
export function isOverTime(state: PracticeSessionState, now: number): boolean {
  return isTimeUp(state, now) || (isLastPhase(state, now) && remainingInPhase(state, now) <= 0);
}

/** Whether "next phase" would do anything now. */
export function canAdvance(state: PracticeSessionState, now: number): boolean {
  return state.status !== 'finished' && !isLastPhase(state, now);
}

/**
 * Phases that have ended by time but are not recorded yet. When this is non-empty the UI
 * should dispatch a `tick` with a snapshot of the board, so snapshots are only taken at
 * boundaries and not every second.
 */
export function pendingTimeBoundaries(state: PracticeSessionState, now: number): PhaseId[] {
  if (state.status === 'finished') return [];
  const e = elapsed(state, now);
  return phaseWindows(state)
    .filter((w) => w.boundary === null && Number.isFinite(w.endMs) && w.endMs <= e)
    .map((w) => w.phase);
}

export type PhaseProgress = 'done' | 'current' | 'upcoming' | 'not-reached';

export interface PhaseTimelineEntry {
  phase: PhaseId;
  name: string;
  plannedMs: number;
  spentMs: number;
  /** spent − planned when positive, else 0. */
  overrunMs: number;
  progress: PhaseProgress;
  /** Active time at which the phase started / ended; null when not (yet) reached / ended. */
  startedAtMs: number | null;
  endedAtMs: number | null;
  endedBy: BoundaryReason | null;
  snapshotId: string | null;
  document: BoardDocument | null;
}

/** Time spent per phase against the plan, for the live strip and the review screen. */
export function phaseTimeline(state: PracticeSessionState, now: number): PhaseTimelineEntry[] {
  const e = elapsed(state, now);
  const current = currentWindow(state, now);
  return phaseWindows(state).map((w) => {
    const plannedMs = state.plan[w.phase];
    let progress: PhaseProgress;
    if (!w.reached) progress = 'not-reached';
    else if (state.status !== 'finished' && w.phase === current.phase) progress = 'current';
    else if (w.endMs <= e || w.boundary) progress = 'done';
    else progress = 'upcoming';
    const spentMs =
      progress === 'done' ? w.endMs - w.startMs : progress === 'current' ? Math.max(0, e - w.startMs) : 0;
    return {
      phase: w.phase,
      name: getPhase(w.phase).name,
      plannedMs,
      spentMs,
      overrunMs: Math.max(0, spentMs - plannedMs),
      progress,
      startedAtMs: progress === 'done' || progress === 'current' ? w.startMs : null,
      endedAtMs: progress === 'done' ? w.endMs : null,
      endedBy: progress === 'done' ? (w.boundary?.reason ?? 'time') : null,
      snapshotId: w.boundary?.snapshotId ?? null,
      document: w.boundary?.document ?? null,
    };
  });
}

// ---------------------------------------------------------------------------------------
// Reducer

function boundaryFrom(
  phase: PhaseId,
  elapsedMs: number,
  at: number,
  reason: BoundaryReason,
  snapshot: BoardSnapshotRef | undefined,
): PhaseBoundary {
  return {
    phase,
    elapsedMs,
    at,
    reason,
    snapshotId: snapshot?.snapshotId ?? null,
    document: snapshot?.document ?? null,
  };
}

function recordTimeBoundaries(
  state: PracticeSessionState,
  at: number,
  snapshot: BoardSnapshotRef | undefined,
): PracticeSessionState {
  const pending = pendingTimeBoundaries(state, at);
  if (pending.length === 0) return state;
  const windows = phaseWindows(state);
  const added = pending.map((phase) => {
    const end = windows.find((w) => w.phase === phase)!.endMs;
    return boundaryFrom(phase, end, wallTimeAt(state, end), 'time', snapshot);
  });
  return { ...state, boundaries: [...state.boundaries, ...added] };
}

/** Pure: returns the same object when the action does not apply, so React can skip a render. */
export function sessionReducer(state: PracticeSessionState, action: SessionAction): PracticeSessionState {
  if (state.status === 'finished' || !Number.isFinite(action.at)) return state;
  const at = Math.max(action.at, state.lastEventAt);

  switch (action.type) {
    case 'pause': {
      if (state.status !== 'running') return state;
      return { ...state, status: 'paused', pauses: [...state.pauses, { from: at, to: null }], lastEventAt: at };
    }
    case 'resume': {
      if (state.status !== 'paused') return state;
      const pauses = state.pauses.map((p, i) => (i === state.pauses.length - 1 ? { ...p, to: at } : p));
      return { ...state, status: 'running', pauses, lastEventAt: at };
    }
    case 'tick': {
      const next = recordTimeBoundaries(state, at, action.snapshot);
      return next === state ? state : { ...next, lastEventAt: at };
    }
    case 'next-phase': {
      const caughtUp = recordTimeBoundaries(state, at, action.snapshot);
      const phase = currentPhase(caughtUp, at);
      const raced = action.from !== undefined && action.from !== phase;
      if (raced || isLastPhase(caughtUp, at)) return caughtUp === state ? state : { ...caughtUp, lastEventAt: at };
      const boundary = boundaryFrom(phase, elapsed(caughtUp, at), at, 'manual', action.snapshot);
      return { ...caughtUp, boundaries: [...caughtUp.boundaries, boundary], lastEventAt: at };
    }
    case 'finish': {
      const caughtUp = recordTimeBoundaries(state, at, action.snapshot);
      const phase = currentPhase(caughtUp, at);
      const elapsedAtFinish = elapsed(caughtUp, at);
      const pauses = caughtUp.pauses.map((p) => (p.to === null ? { ...p, to: at } : p));
      const boundary = boundaryFrom(phase, elapsedAtFinish, at, 'finish', action.snapshot);
      return {
        ...caughtUp,
        pauses,
        status: 'finished',
        finishedAt: at,
        boundaries: [...caughtUp.boundaries, boundary],
        lastEventAt: at,
      };
    }
    default:
      return state;
  }
}
