import { describe, expect, it } from 'vitest';
import { createEmptyDocument } from '@/lib/model/document';
import { formatClock } from './format';
import { DEFAULT_PLAN, presetPlan } from './phases';
import {
  canAdvance,
  currentPhase,
  elapsed,
  isOverTime,
  isTimeUp,
  pendingTimeBoundaries,
  phaseTimeline,
  remainingInPhase,
  remainingTotal,
  sessionReducer,
  startSession,
  timerReading,
} from './session';
import { min, run, sec, start, T0 } from './session-fixtures';

describe('phase changes by time', () => {
  it('follows 5 / 10 / 15 / 5 minutes and changes exactly at each boundary', () => {
    const s = start();
    expect(currentPhase(s, T0)).toBe('requirements');
    expect(currentPhase(s, T0 + min(5) - 1)).toBe('requirements');
    expect(currentPhase(s, T0 + min(5))).toBe('high-level');
    expect(currentPhase(s, T0 + min(15) - 1)).toBe('high-level');
    expect(currentPhase(s, T0 + min(15))).toBe('deep-dive');
    expect(currentPhase(s, T0 + min(30) - 1)).toBe('deep-dive');
    expect(currentPhase(s, T0 + min(30))).toBe('edge-cases');
    expect(currentPhase(s, T0 + min(90))).toBe('edge-cases');
  });

  it('counts down the remaining time in the phase', () => {
    const s = start();
    expect(remainingInPhase(s, T0)).toBe(min(5));
    expect(remainingInPhase(s, T0 + min(5) - 1)).toBe(1);
    expect(remainingInPhase(s, T0 + min(5))).toBe(min(10));
    expect(remainingInPhase(s, T0 + min(20))).toBe(min(10));
    expect(elapsed(s, T0 + min(20))).toBe(min(20));
  });

  it('shows overrun in the last phase as negative remaining time', () => {
    const s = start();
    expect(isTimeUp(s, T0 + min(35) - 1)).toBe(false);
    expect(isTimeUp(s, T0 + min(35))).toBe(true);
    expect(remainingInPhase(s, T0 + min(35) + sec(83))).toBe(-sec(83));
    expect(remainingTotal(s, T0 + min(36))).toBe(-min(1));
    expect(formatClock(remainingInPhase(s, T0 + min(35) + sec(83)))).toBe('-01:23');
  });

  it('is over time once the plan is used, or once the last phase has used its own share', () => {
    const s = start();
    expect(isOverTime(s, T0 + min(35) - 1)).toBe(false);
    expect(isOverTime(s, T0 + min(35))).toBe(true);
    // Moving on early leaves total time in hand, but the last phase can still run out.
    const early = run(s, { type: 'next-phase', at: T0 + min(1) }, { type: 'next-phase', at: T0 + min(2) }, { type: 'next-phase', at: T0 + min(3) });
    expect(currentPhase(early, T0 + min(3))).toBe('edge-cases');
    expect(isOverTime(early, T0 + min(8) - 1)).toBe(false);
    expect(isTimeUp(early, T0 + min(8))).toBe(false);
    expect(isOverTime(early, T0 + min(8))).toBe(true);
    // Before the last phase, a phase that has used its time is not "over": the clock moves on.
    expect(isOverTime(s, T0 + min(5))).toBe(false);
  });

  it('falls back to the default plan when given an invalid one', () => {
    const s = startSession({ promptId: 'x', plan: { ...DEFAULT_PLAN, 'deep-dive': Number.NaN }, at: T0 });
    expect(s.plan).toEqual(DEFAULT_PLAN);
    expect(Number.isNaN(remainingInPhase(s, T0 + min(20)))).toBe(false);
  });

  it('uses a preset plan', () => {
    const s = start(presetPlan(60));
    expect(currentPhase(s, T0 + min(9) - 1)).toBe('requirements');
    expect(currentPhase(s, T0 + min(9))).toBe('high-level');
    expect(currentPhase(s, T0 + min(26))).toBe('deep-dive');
    expect(currentPhase(s, T0 + min(52))).toBe('edge-cases');
  });

  it('treats a clock that steps backwards as standing still', () => {
    const s = run(start(), { type: 'pause', at: T0 + min(2) });
    expect(elapsed(s, T0 + min(1))).toBe(min(2));
    expect(elapsed(start(), T0 - 5000)).toBe(0);
  });
});

describe('recording boundaries with snapshots', () => {
  it('lists pending time boundaries and records them on tick with the board snapshot', () => {
    const s = start();
    expect(pendingTimeBoundaries(s, T0 + min(5) - 1)).toEqual([]);
    expect(pendingTimeBoundaries(s, T0 + min(5))).toEqual(['requirements']);

    const board = createEmptyDocument('At five minutes');
    const ticked = sessionReducer(s, { type: 'tick', at: T0 + min(5) + 400, snapshot: { snapshotId: 'snap-1', document: board } });
    expect(ticked.boundaries).toHaveLength(1);
    expect(ticked.boundaries[0]).toMatchObject({
      phase: 'requirements',
      elapsedMs: min(5),
      at: T0 + min(5), // the exact moment, not the late tick
      reason: 'time',
      snapshotId: 'snap-1',
    });
    expect(ticked.boundaries[0].document?.title).toBe('At five minutes');
    expect(pendingTimeBoundaries(ticked, T0 + min(6))).toEqual([]);
  });

  it('returns the same state for a tick with nothing to record', () => {
    const s = start();
    expect(sessionReducer(s, { type: 'tick', at: T0 + min(1) })).toBe(s);
  });

  it('records several boundaries at once after a long gap (e.g. a reload)', () => {
    const s = sessionReducer(start(), { type: 'tick', at: T0 + min(31), snapshot: { snapshotId: 'late' } });
    expect(s.boundaries.map((b) => [b.phase, b.elapsedMs])).toEqual([
      ['requirements', min(5)],
      ['high-level', min(15)],
      ['deep-dive', min(30)],
    ]);
    expect(currentPhase(s, T0 + min(31))).toBe('edge-cases');
  });
});

describe('pause and resume', () => {
  it('excludes paused time from elapsed and from the phase schedule', () => {
    const s = run(start(), { type: 'pause', at: T0 + min(3) }, { type: 'resume', at: T0 + min(13) });
    expect(elapsed(s, T0 + min(13))).toBe(min(3));
    expect(currentPhase(s, T0 + min(15) - 1)).toBe('requirements');
    expect(currentPhase(s, T0 + min(15))).toBe('high-level');
  });

  it('freezes the clock while paused', () => {
    const s = run(start(), { type: 'pause', at: T0 + min(4) });
    expect(s.status).toBe('paused');
    expect(elapsed(s, T0 + min(4))).toBe(min(4));
    expect(elapsed(s, T0 + min(60))).toBe(min(4));
    expect(currentPhase(s, T0 + min(60))).toBe('requirements');
    expect(remainingInPhase(s, T0 + min(60))).toBe(min(1));
  });

  it('dates a time boundary after a pause in wall-clock time', () => {
    const s = run(
      start(),
      { type: 'pause', at: T0 + min(2) },
      { type: 'resume', at: T0 + min(7) },
      { type: 'tick', at: T0 + min(11) },
    );
    expect(s.boundaries[0]).toMatchObject({ phase: 'requirements', elapsedMs: min(5), at: T0 + min(10) });
  });

  it('ignores pause while paused and resume while running', () => {
    const paused = run(start(), { type: 'pause', at: T0 + 1000 });
    expect(sessionReducer(paused, { type: 'pause', at: T0 + 2000 })).toBe(paused);
    const running = start();
    expect(sessionReducer(running, { type: 'resume', at: T0 + 2000 })).toBe(running);
  });
});

describe('manual advance and finish', () => {
  it('advances early; the next phase gets its full planned time from then', () => {
    const s = run(start(), { type: 'next-phase', at: T0 + min(2), snapshot: { snapshotId: 'r' } });
    expect(currentPhase(s, T0 + min(2))).toBe('high-level');
    expect(remainingInPhase(s, T0 + min(2))).toBe(min(10));
    expect(currentPhase(s, T0 + min(12))).toBe('deep-dive');
    expect(s.boundaries[0]).toMatchObject({ phase: 'requirements', elapsedMs: min(2), reason: 'manual', snapshotId: 'r' });
  });

  it('does not skip a phase when the press races a time boundary', () => {
    // The user saw "High-level design" and pressed next just as its time ran out.
    const s = run(start(), { type: 'next-phase', at: T0 + min(15) + 300, from: 'high-level' });
    expect(s.boundaries.map((b) => [b.phase, b.reason])).toEqual([
      ['requirements', 'time'],
      ['high-level', 'time'],
    ]);
    expect(currentPhase(s, T0 + min(15) + 300)).toBe('deep-dive');
    // Without `from` the press applies to whatever phase is current by then.
    const literal = run(start(), { type: 'next-phase', at: T0 + min(15) + 300 });
    expect(literal.boundaries.map((b) => b.phase)).toEqual(['requirements', 'high-level', 'deep-dive']);
  });

  it('does not advance past the last phase', () => {
    const s = sessionReducer(start(), { type: 'tick', at: T0 + min(31) });
    expect(canAdvance(s, T0 + min(31))).toBe(false);
    expect(sessionReducer(s, { type: 'next-phase', at: T0 + min(32) })).toBe(s);
  });

  it('finishes early: remaining phases are not reached and the clock stops', () => {
    const s = run(
      start(),
      { type: 'tick', at: T0 + min(6), snapshot: { snapshotId: 'a' } },
      { type: 'finish', at: T0 + min(8), snapshot: { snapshotId: 'final' } },
    );
    expect(s.status).toBe('finished');
    expect(s.finishedAt).toBe(T0 + min(8));
    expect(elapsed(s, T0 + min(100))).toBe(min(8));
    expect(currentPhase(s, T0 + min(100))).toBe('high-level');
    const timeline = phaseTimeline(s, T0 + min(100));
    expect(timeline.map((t) => [t.phase, t.progress, t.spentMs, t.endedBy, t.snapshotId])).toEqual([
      ['requirements', 'done', min(5), 'time', 'a'],
      ['high-level', 'done', min(3), 'finish', 'final'],
      ['deep-dive', 'not-reached', 0, null, null],
      ['edge-cases', 'not-reached', 0, null, null],
    ]);
  });

  it('finishing while paused closes the pause without counting it', () => {
    const s = run(start(), { type: 'pause', at: T0 + min(1) }, { type: 'finish', at: T0 + min(10) });
    expect(s.pauses).toEqual([{ from: T0 + min(1), to: T0 + min(10) }]);
    expect(elapsed(s, T0 + min(20))).toBe(min(1));
  });

  it('the timer counts down the phase while running and shows the active time taken once finished', () => {
    const running = run(start(), { type: 'tick', at: T0 + min(2) });
    expect(timerReading(running, T0 + min(2))).toEqual({ kind: 'left-in-phase', ms: remainingInPhase(running, T0 + min(2)) });
    const s = run(start(), { type: 'pause', at: T0 + min(1) }, { type: 'resume', at: T0 + min(3) }, { type: 'finish', at: T0 + min(7) });
    // Seven minutes of wall time minus the two-minute pause, however long after finishing one looks.
    expect(timerReading(s, T0 + min(60))).toEqual({ kind: 'taken', ms: min(5) });
  });

  it('ignores every action after finishing', () => {
    const s = run(start(), { type: 'finish', at: T0 + min(1) });
    for (const type of ['pause', 'resume', 'tick', 'next-phase', 'finish'] as const) {
      expect(sessionReducer(s, { type, at: T0 + min(2) })).toBe(s);
    }
  });

  it('reports time spent against the plan, including overrun', () => {
    const s = run(
      start(),
      { type: 'next-phase', at: T0 + min(4), from: 'requirements' },
      { type: 'next-phase', at: T0 + min(14) - 1, from: 'high-level' },
      { type: 'tick', at: T0 + min(29) },
      { type: 'finish', at: T0 + min(40) },
    );
    const timeline = phaseTimeline(s, T0 + min(40));
    expect(timeline.map((t) => [t.spentMs, t.plannedMs, t.overrunMs])).toEqual([
      [min(4), min(5), 0],
      [min(10) - 1, min(10), 0],
      [min(15), min(15), 0],
      [min(11) + 1, min(5), min(6) + 1],
    ]);
  });

  it('marks the live phase as current and the later ones upcoming', () => {
    const timeline = phaseTimeline(start(), T0 + min(7));
    expect(timeline.map((t) => t.progress)).toEqual(['done', 'current', 'upcoming', 'upcoming']);
    expect(timeline[1].spentMs).toBe(min(2));
  });
});
