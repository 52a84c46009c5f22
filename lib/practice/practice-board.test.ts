import { describe, expect, it } from 'vitest';
import { createEmptyDocument } from '@/lib/model/document';
import { parseDocument } from '@/lib/model/parse';
import { LIMITS } from '@/lib/model/schema';
import { presetPlan, MINUTE_MS } from './phases';
import { sessionReducer, startSession } from './session';
import { attemptFromSession, pickRandom, snapshotSteps, templateIdOfPrompt, type PromptLike } from './practice-board';
import { PRACTICE_TITLE_PREFIX, practiceDocument, promptTitleOf } from './practice-document';

const T0 = 1_700_000_000_000;

const prompt: PromptLike = {
  id: 'use-case-search',
  title: 'Intelligent search',
  templateId: 'search',
  prompt: 'Design search over 100M items.',
  clarifyingQuestions: ['How many tenants?'],
  functionalRequirements: ['Search items'],
  nonFunctionalRequirements: ['p99 < 300 ms'],
  estimates: [{ label: 'QPS', arithmetic: '10M × 5 / 86,400', result: '≈ 580 QPS' }],
  failureScenarios: ['Index lag'],
  costNotes: ['Vector DB memory'],
  talkingPoints: { requirements: ['a'], 'high-level': ['b'], 'deep-dive': ['c'], 'edge-cases': ['d'] },
  tags: ['search'],
};

describe('practiceDocument', () => {
  it('is an empty board titled after the prompt, carrying its study guide, and valid for the parser', () => {
    const doc = practiceDocument(prompt.title, prompt, new Date(T0));
    expect(doc.title).toBe('Practice: Intelligent search');
    expect(doc.nodes).toEqual([]);
    expect(doc.edges).toEqual([]);
    expect(doc.study?.prompt).toBe('Design search over 100M items.');
    expect(doc.study?.talkingPoints['deep-dive']).toEqual(['c']);
    expect(doc.study).not.toHaveProperty('id');
    expect(doc.study).not.toHaveProperty('templateId');
    const parsed = parseDocument(doc);
    expect(parsed.ok).toBe(true);
  });

  it('caps a long title at the title limit and works without a study guide', () => {
    const doc = practiceDocument('x'.repeat(LIMITS.maxTitleChars), undefined, new Date(T0));
    expect(doc.title).toHaveLength(LIMITS.maxTitleChars);
    expect(doc.title.startsWith(PRACTICE_TITLE_PREFIX)).toBe(true);
    expect(doc.study).toBeUndefined();
    expect(parseDocument(doc).ok).toBe(true);
  });

  it('does not share arrays with the prompt', () => {
    const doc = practiceDocument(prompt.title, prompt);
    doc.study!.tags.push('changed');
    expect(prompt.tags).toEqual(['search']);
  });
});

describe('small helpers', () => {
  it('maps use-case prompts to their template and others to none', () => {
    expect(templateIdOfPrompt('use-case-search')).toBe('search');
    expect(templateIdOfPrompt('rate-limiter')).toBeNull();
    expect(templateIdOfPrompt('use-case-')).toBeNull();
  });

  it('strips the practice prefix from a title', () => {
    expect(promptTitleOf('Practice: Rate limiter')).toBe('Rate limiter');
    expect(promptTitleOf('My board')).toBe('My board');
  });

  it('picks with the given random source and handles the ends of the range', () => {
    expect(pickRandom(['a', 'b', 'c'], () => 0)).toBe('a');
    expect(pickRandom(['a', 'b', 'c'], () => 0.5)).toBe('b');
    expect(pickRandom(['a', 'b', 'c'], () => 0.9999)).toBe('c');
    expect(pickRandom(['a', 'b', 'c'], () => 1)).toBe('c');
    expect(pickRandom([], () => 0.5)).toBeNull();
  });

});

describe('snapshots and the recorded attempt', () => {
  const plan = presetPlan(35);
  const board = (title: string) => createEmptyDocument(title, new Date(T0));

  function finishedSession() {
    let s = startSession({ promptId: 'use-case-search', plan, at: T0 });
    s = sessionReducer(s, { type: 'tick', at: T0 + 5 * MINUTE_MS, snapshot: { document: board('after requirements') } });
    s = sessionReducer(s, { type: 'next-phase', at: T0 + 8 * MINUTE_MS, from: 'high-level', snapshot: { document: board('after high level') } });
    s = sessionReducer(s, { type: 'pause', at: T0 + 9 * MINUTE_MS });
    s = sessionReducer(s, { type: 'resume', at: T0 + 19 * MINUTE_MS });
    s = sessionReducer(s, { type: 'finish', at: T0 + 20 * MINUTE_MS, snapshot: { document: board('final') } });
    return s;
  }

  it('lists one step per boundary with a board, in order', () => {
    const steps = snapshotSteps(finishedSession());
    expect(steps.map((s) => s.label)).toEqual(['End of Requirements clarification', 'End of High-level design', 'Final board (finished in Deep dive)']);
    expect(steps.map((s) => s.document.title)).toEqual(['after requirements', 'after high level', 'final']);
  });

  it('records the active duration, per-phase times and the score', () => {
    const s = finishedSession();
    const attempt = attemptFromSession({ session: s, title: 'Intelligent search', finalDocument: board('final'), score: { passed: 3, applicable: 9 } });
    expect(attempt.durationMs).toBe(10 * MINUTE_MS); // 20 minutes minus a 10-minute pause
    expect(attempt.phaseSpentMs).toEqual({ requirements: 5 * MINUTE_MS, 'high-level': 3 * MINUTE_MS, 'deep-dive': 2 * MINUTE_MS });
    expect(attempt.date).toBe(new Date(T0 + 20 * MINUTE_MS).toISOString());
    expect(attempt.promptId).toBe('use-case-search');
    expect(attempt.score).toEqual({ passed: 3, applicable: 9 });
  });
});
