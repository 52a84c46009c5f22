'use client';
import { useEffect, useRef, useState } from 'react';
import { useStore } from '@xyflow/react';
import { useBoardSession } from '@/components/editor/board-session';
import { useBoardStore } from '@/components/editor/board-store';
import { getPhase, PHASE_ORDER, planTotalMs } from '@/lib/practice/phases';
import { formatClock, formatDuration } from '@/lib/practice/format';
import {
  canAdvance,
  currentPhase,
  isOverTime,
  pendingTimeBoundaries,
  phaseTimeline,
  remainingInPhase,
  remainingTotal,
  timerReading,
  type PracticeSessionState,
} from '@/lib/practice/session';
import type { PhaseId } from '@/lib/model/types';
import { playCue, primeAudio, type CueKind } from './cues';
import { practice, usePractice } from './use-practice';
import { PracticeReview } from './practice-review';
import './practice.css';

/** Re-renders a few times a second while a session runs; the reducer does the arithmetic. */
function useNow(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!running) return;
    const timer = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(timer);
  }, [running]);
  return now;
}

/** True while a node drag or a new connection is under way on the canvas. */
function useGestureInProgress(): boolean {
  const dragging = useBoardStore((s) => s.history.gestureBase !== null);
  const connecting = useStore((s) => s.connection.inProgress);
  return dragging || connecting;
}

/**
 * The moment the bar shows: `now`, except that a phase change waits until the gesture under
 * way ends, so the banner never changes under a drag or a connection.
 */
function useShownNow(session: PracticeSessionState | null, now: number, gesturing: boolean): number {
  const shown = useRef(now);
  const holds = session !== null && gesturing && currentPhase(session, now) !== currentPhase(session, shown.current);
  useEffect(() => {
    if (!holds) shown.current = now;
  });
  // While held, no time boundary is pending either, so the session records it after the gesture.
  return holds ? shown.current : now;
}

interface Cue {
  kind: CueKind;
  text: string;
  /** Changes with every cue so the flash animation restarts. */
  key: number;
}

/**
 * Watches the session for phase changes and time-up, and records phases that ended by time
 * (with a snapshot of the board) as soon as they are noticed.
 */
function useCues(session: PracticeSessionState | null, now: number): Cue | null {
  const [cue, setCue] = useState<Cue | null>(null);
  const last = useRef<{ phase: PhaseId; timeUp: boolean; session: PracticeSessionState['startedAt'] } | null>(null);
  const soundOn = usePractice((s) => s.soundOn);

  const phase = session ? currentPhase(session, now) : null;
  const timeUp = session ? isOverTime(session, now) : false;
  const pending = session && session.status !== 'finished' ? pendingTimeBoundaries(session, now).length : 0;

  useEffect(() => {
    if (pending > 0) practice.tick();
  }, [pending]);

  useEffect(() => {
    if (!session || !phase) {
      last.current = null;
      return;
    }
    const previous = last.current;
    last.current = { phase, timeUp, session: session.startedAt };
    // The first look at a (restored) session is not a change.
    if (!previous || previous.session !== session.startedAt || session.status === 'finished') return;
    let next: Cue | null = null;
    if (timeUp && !previous.timeUp) next = { kind: 'time-up', text: 'Time is up. You can keep going or finish.', key: Date.now() };
    else if (phase !== previous.phase) next = { kind: 'phase', text: `Next phase: ${getPhase(phase).name}.`, key: Date.now() };
    if (next) {
      setCue(next);
      if (soundOn) playCue(next.kind);
    }
  }, [session, phase, timeUp, soundOn]);

  return cue;
}

export function PracticeBar() {
  const openBoardId = useBoardSession((s) => s.boardId);
  const session = usePractice((s) => s.session);
  const practiceBoardId = usePractice((s) => s.boardId);
  const reviewOpen = usePractice((s) => s.reviewOpen);
  const soundOn = usePractice((s) => s.soundOn);

  useEffect(() => practice.loadPreferences(), []);
  useEffect(() => practice.bindToBoard(openBoardId), [openBoardId]);

  const active = session !== null && practiceBoardId === openBoardId;
  const gesturing = useGestureInProgress();
  const now = useShownNow(active ? session : null, useNow(active && session.status === 'running'), gesturing);
  const cue = useCues(active ? session : null, now);

  if (!active) return null;
  const phase = currentPhase(session, now);
  const info = getPhase(phase);
  const remaining = remainingInPhase(session, now);
  const total = remainingTotal(session, now);
  const timer = timerReading(session, now);
  const finished = session.status === 'finished';
  const paused = session.status === 'paused';
  const overrun = remaining < 0 || total < 0;
  const timeline = phaseTimeline(session, now);
  const phaseNumber = PHASE_ORDER.indexOf(phase) + 1;

  return (
    <section
      className={`practice-bar${overrun ? ' is-over' : ''}${paused ? ' is-paused' : ''}`}
      aria-label="Practice session"
      data-phase={phase}
      data-status={session.status}
    >
      {cue && <div key={cue.key} className={`practice-flash is-${cue.kind}`} aria-hidden="true" />}
      <div className="practice-clock">
        <div
          role="timer"
          aria-label={timer.kind === 'taken' ? 'Time taken' : `Time left in ${info.name}`}
          className="practice-timer"
          aria-live="off"
        >
          {timer.kind === 'taken' ? formatDuration(timer.ms) : formatClock(timer.ms)}
        </div>
        <div className="practice-clock-sub">
          {finished ? (
            <>Finished · time taken of {formatDuration(planTotalMs(session.plan))} planned</>
          ) : (
            <>
              {paused ? 'Paused' : overrun ? 'Over time' : 'left in phase'}
              {' · '}
              <span>{total < 0 ? `${formatDuration(-total)} over plan` : `${formatClock(total)} in total`}</span>
            </>
          )}
        </div>
      </div>
      <div className="practice-phase">
        <div className="practice-phase-name">
          <span className="muted">Phase {phaseNumber} of {PHASE_ORDER.length}</span>{' '}
          <strong data-testid="practice-phase-name">{info.name}</strong>
        </div>
        <ul className="practice-guidance" aria-label={`${info.name} guidance`}>
          {info.guidance.map((g) => (
            <li key={g} title={g}>{g}</li>
          ))}
        </ul>
      </div>
      <ol className="practice-progress" aria-label="Phases">
        {timeline.map((entry) => (
          <li
            key={entry.phase}
            className={`is-${entry.progress}${entry.overrunMs > 0 ? ' is-overrun' : ''}`}
            aria-current={entry.progress === 'current' ? 'step' : undefined}
            title={`${entry.name}: ${formatDuration(entry.spentMs)} of ${formatDuration(entry.plannedMs)}`}
          >
            <span className="practice-progress-bar" aria-hidden="true">
              <span style={{ width: `${Math.min(100, (entry.spentMs / entry.plannedMs) * 100)}%` }} />
            </span>
            <span className="practice-progress-label">{entry.name}</span>
            <span className="practice-progress-time">
              {formatDuration(entry.spentMs)} / {formatDuration(entry.plannedMs)}
            </span>
          </li>
        ))}
      </ol>
      <div className="practice-actions">
        {finished ? (
          <>
            <button type="button" className="practice-primary" onClick={() => practice.setReviewOpen(true)}>Review</button>
            <button type="button" onClick={() => practice.close()}>Close practice</button>
          </>
        ) : (
          <>
            <button type="button" onClick={() => (paused ? practice.resume() : practice.pause())}>
              {paused ? 'Resume' : 'Pause'}
            </button>
            <button type="button" disabled={!canAdvance(session, now)} onClick={() => practice.nextPhase(phase)}>
              Next phase
            </button>
            <button type="button" className="practice-primary" onClick={() => practice.finish()}>
              Finish
            </button>
          </>
        )}
        <label className="practice-sound">
          <input
            type="checkbox"
            checked={soundOn}
            onChange={(e) => {
              if (e.target.checked) primeAudio();
              practice.setSoundOn(e.target.checked);
            }}
          />
          Sound cues
        </label>
      </div>
      <div className="practice-sr-only" role="status" aria-live="polite" aria-label="Practice announcements">
        {cue?.text ?? ''}
      </div>
      {reviewOpen && finished && <PracticeReview session={session} onClose={() => practice.setReviewOpen(false)} />}
    </section>
  );
}
