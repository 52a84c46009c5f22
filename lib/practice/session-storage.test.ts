import { describe, expect, it } from 'vitest';
import { createEmptyDocument } from '@/lib/model/document';
import { currentPhase, elapsed, remainingInPhase, sessionReducer } from './session';
import { min, run, start, T0 } from './session-fixtures';
import { parseStoredSession, serializeSession } from './session-storage';

describe('restore after a reload', () => {
  it('round-trips through JSON and continues where it left off', () => {
    const board = createEmptyDocument('snapshot');
    const s = run(
      start(),
      { type: 'tick', at: T0 + min(5), snapshot: { snapshotId: 's1', document: board } },
      { type: 'pause', at: T0 + min(6) },
      { type: 'resume', at: T0 + min(8) },
    );
    const restored = parseStoredSession(serializeSession(s));
    expect(restored).toEqual(s);
    const now = T0 + min(20);
    expect(currentPhase(restored!, now)).toBe(currentPhase(s, now));
    expect(remainingInPhase(restored!, now)).toBe(remainingInPhase(s, now));
    const next = sessionReducer(restored!, { type: 'finish', at: now });
    expect(parseStoredSession(JSON.parse(serializeSession(next)))).toEqual(next);
  });

  it('restores a paused session as paused', () => {
    const s = run(start(), { type: 'pause', at: T0 + min(3) });
    const restored = parseStoredSession(serializeSession(s))!;
    expect(restored.status).toBe('paused');
    expect(elapsed(restored, T0 + min(50))).toBe(min(3));
  });

  it('gives null for bad stored state and never throws', () => {
    const good = JSON.parse(serializeSession(run(start(), { type: 'pause', at: T0 + 1000 })));
    const bad: unknown[] = [
      null,
      undefined,
      42,
      '',
      '{not json',
      '[]',
      {},
      { ...good, version: 2 },
      { ...good, promptId: '' },
      { ...good, plan: { requirements: 1 } },
      { ...good, plan: { ...good.plan, 'deep-dive': -5 } },
      { ...good, startedAt: 'yesterday' },
      { ...good, status: 'sleeping' },
      { ...good, status: 'running' }, // an open pause while "running"
      { ...good, pauses: [{ from: T0 - 10, to: null }] },
      { ...good, pauses: 'none' },
      { ...good, finishedAt: T0 },
      { ...good, boundaries: [{ phase: 'deep-dive', elapsedMs: 1, at: T0, reason: 'time', snapshotId: null, document: null }] },
      { ...good, boundaries: [{ phase: 'requirements', elapsedMs: 1, at: T0, reason: 'nap', snapshotId: null, document: null }] },
      { ...good, lastEventAt: T0 - 1 },
      { ...good, startedAt: Infinity },
      { ...good, pauses: [{ from: T0 + 1000, to: T0 + 500 }, { from: T0 + 2000, to: null }] }, // ends before it starts
      { ...good, pauses: [{ from: T0 + 1000, to: null }, { from: T0 + 2000, to: null }] }, // two open pauses
      { ...good, pauses: [{ from: T0 + 1000 }] }, // `to` missing is not an open pause
    ];
    for (const value of bad) {
      expect(() => parseStoredSession(value)).not.toThrow();
      expect(parseStoredSession(value)).toBeNull();
    }
  });

  it('runs snapshot documents through the project parser by default', () => {
    const s = sessionReducer(start(), { type: 'tick', at: T0 + min(5), snapshot: { snapshotId: 'x', document: createEmptyDocument() } });
    const stored = JSON.parse(serializeSession(s));
    stored.boundaries[0].document = { type: 'excalidraw', elements: [] };
    const restored = parseStoredSession(stored);
    expect(restored?.boundaries[0].snapshotId).toBe('x');
    expect(restored?.boundaries[0].document).toBeNull();
  });

  it('drops a snapshot document the validator rejects but keeps the boundary', () => {
    const s = sessionReducer(start(), { type: 'tick', at: T0 + min(5), snapshot: { snapshotId: 'x', document: createEmptyDocument() } });
    const throwing = () => {
      throw new Error('boom');
    };
    const restored = parseStoredSession(serializeSession(s), { validateDocument: throwing });
    expect(restored?.boundaries[0].snapshotId).toBe('x');
    expect(restored?.boundaries[0].document).toBeNull();
  });

  it('refuses boundaries out of phase order, time running back, or a finish that is not last', () => {
    const finished = run(
      start(),
      { type: 'next-phase', at: T0 + min(1) },
      { type: 'next-phase', at: T0 + min(2) },
      { type: 'finish', at: T0 + min(3) },
    );
    const good = JSON.parse(serializeSession(finished));
    expect(parseStoredSession(good)).toEqual(finished);
    const [first, second, last] = good.boundaries;
    for (const boundaries of [
      [second, first, last],
      [first, { ...second, elapsedMs: first.elapsedMs - 1 }, last],
      [first, { ...second, reason: 'finish' }, { ...last, reason: 'manual' }],
      [first, second], // finished without a finish boundary
    ]) {
      expect(parseStoredSession({ ...good, boundaries })).toBeNull();
    }
    expect(parseStoredSession({ ...good, finishedAt: null })).toBeNull();
    expect(parseStoredSession({ ...good, finishedAt: T0 - 1 })).toBeNull();
  });

  it('keeps only the known fields', () => {
    const s = run(start(), { type: 'pause', at: T0 + 1000 });
    const stored = JSON.parse(serializeSession(s));
    const restored = parseStoredSession({ ...stored, extra: 1, plan: { ...stored.plan, lunch: 5 } });
    expect(restored).toEqual(s);
  });
});
