import { describe, expect, it } from 'vitest';
import { createEmptyDocument } from '@/lib/model/document';
import {
  MAX_ATTEMPTS,
  addAttempt,
  createAttempt,
  parseStoredAttempts,
  removeAttempt,
  scoreRatio,
  scoreSeries,
  serializeAttempts,
  sortAttemptsByDate,
  type Attempt,
} from './attempts';

function attempt(id: string, date: string, passed = 5, applicable = 10, promptId = 'search'): Attempt {
  return createAttempt({
    id,
    promptId,
    title: `Prompt ${promptId}`,
    date,
    durationMs: 35 * 60_000,
    score: { passed, applicable },
    document: createEmptyDocument(`Board ${id}`, new Date(date)),
  });
}

const a1 = attempt('a1', '2025-01-01T10:00:00.000Z', 3, 10);
const a2 = attempt('a2', '2025-01-03T10:00:00.000Z', 6, 10, 'recommendations');
const a3 = attempt('a3', '2025-01-02T10:00:00.000Z', 0, 0);

describe('attempt list', () => {
  it('adds newest first, replaces by id and caps the history', () => {
    let list: Attempt[] = [];
    for (const a of [a1, a2, a3]) list = addAttempt(list, a);
    expect(list.map((a) => a.id)).toEqual(['a2', 'a3', 'a1']);
    list = addAttempt(list, { ...a1, score: { passed: 9, applicable: 10 } });
    expect(list).toHaveLength(3);
    expect(list.find((a) => a.id === 'a1')?.score.passed).toBe(9);
    expect(addAttempt(list, attempt('a4', '2024-12-31T00:00:00.000Z'), 3).map((a) => a.id)).toEqual(['a2', 'a3', 'a1']);
    expect(removeAttempt(list, 'a3').map((a) => a.id)).toEqual(['a2', 'a1']);
  });

  it('sorts by date either way', () => {
    expect(sortAttemptsByDate([a1, a2, a3], 'oldest-first').map((a) => a.id)).toEqual(['a1', 'a3', 'a2']);
    expect(sortAttemptsByDate([a1, a2, a3]).map((a) => a.id)).toEqual(['a2', 'a3', 'a1']);
  });

  it('gives a chronological score series with gaps for unscored attempts', () => {
    const series = scoreSeries([a2, a1, a3]);
    expect(series.map((p) => [p.attemptId, p.ratio, p.label])).toEqual([
      ['a1', 0.3, '3/10'],
      ['a3', null, '0/0'],
      ['a2', 0.6, '6/10'],
    ]);
    expect(series[0].time).toBe(Date.parse('2025-01-01T10:00:00.000Z'));
    expect(scoreRatio({ passed: 7, applicable: 7 })).toBe(1);
  });

  it('creates an id when none is given', () => {
    const made = createAttempt({ ...a1, id: undefined });
    expect(made.id).toMatch(/^attempt_/);
  });
});

describe('parseStoredAttempts', () => {
  it('round-trips through JSON', () => {
    const list = addAttempt(addAttempt([], a1), { ...a2, phaseSpentMs: { requirements: 240_000, 'deep-dive': 900_000 } });
    expect(parseStoredAttempts(serializeAttempts(list))).toEqual(list);
    expect(parseStoredAttempts(JSON.parse(JSON.stringify(list)))).toEqual(list);
  });

  it('drops bad entries one by one and keeps the good ones', () => {
    const good = JSON.parse(JSON.stringify(a1));
    const throwing = {
      get id(): string {
        throw new Error('nope');
      },
    };
    const entries = [
      good,
      null,
      'attempt',
      { ...good, id: '' },
      { ...good, id: 'x1', date: 'someday' },
      { ...good, id: 'x2', durationMs: -1 },
      { ...good, id: 'x3', score: { passed: 11, applicable: 10 } },
      { ...good, id: 'x4', score: { passed: 1.5, applicable: 10 } },
      { ...good, id: 'x5', document: { type: 'excalidraw', elements: [] } },
      { ...good, id: 'x6', document: undefined },
      { ...good, id: 'x7', promptId: 7 },
      throwing,
      { ...good }, // duplicate id
      { ...good, id: 'ok2', phaseSpentMs: { requirements: 1000, lunch: 5, 'deep-dive': -3 } },
    ];
    const parsed = parseStoredAttempts({ version: 1, attempts: entries });
    expect(parsed.map((a) => a.id).sort()).toEqual(['a1', 'ok2']);
    expect(parsed.find((a) => a.id === 'ok2')?.phaseSpentMs).toEqual({ requirements: 1000 });
  });

  it('gives an empty list for unreadable storage and never throws', () => {
    for (const stored of [null, undefined, '', '{', 'null', '42', '{"version":2,"attempts":[]}', { attempts: 'many' }, 17]) {
      expect(() => parseStoredAttempts(stored)).not.toThrow();
      expect(parseStoredAttempts(stored)).toEqual([]);
    }
  });

  it('caps a stored history that is too long', () => {
    const many = Array.from({ length: MAX_ATTEMPTS + 5 }, (_, i) =>
      attempt(`m${i}`, new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString()),
    );
    const parsed = parseStoredAttempts(serializeAttempts(many));
    expect(parsed).toHaveLength(MAX_ATTEMPTS);
    expect(parsed[0].id).toBe(`m${MAX_ATTEMPTS + 4}`);
  });
});
