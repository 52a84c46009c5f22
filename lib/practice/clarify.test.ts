import { describe, expect, it } from 'vitest';
import clarifications from '@/templates/clarifications.json';
import prompts from '@/templates/prompts.json';
import { loadTemplate, TEMPLATE_IDS } from '@/templates';
import { clarificationsOf, createInterviewer, FALLBACK_ANSWER, keyQuestionCoverage, missedPhrase, parseAskedLog, type PromptClarifications } from './clarify';

const DATA = clarifications as Record<string, PromptClarifications>;

async function allPrompts(): Promise<{ id: string; questions: string[] }[]> {
  const useCases = await Promise.all(
    TEMPLATE_IDS.map(async (id) => {
      const result = await loadTemplate(id);
      if (!result.ok) throw new Error(result.reason);
      return { id: `use-case-${id}`, questions: result.document.study!.clarifyingQuestions };
    }),
  );
  return [...useCases, ...prompts.map((p) => ({ id: p.id, questions: p.clarifyingQuestions }))];
}

/** A rephrasing a candidate might type: lower case, no punctuation, words in another order, plurals toggled. */
function rephrase(question: string): string {
  const words = question
    .split(/[?(:]/)[0]
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (w.length > 5 ? (w.endsWith('s') ? w.slice(0, -1) : `${w}s`) : w));
  return `so ${words.reverse().join(' ')}`;
}

describe('the clarification interviewer', () => {
  it('has an answer for every clarifying question of every prompt', async () => {
    for (const prompt of await allPrompts()) {
      const data = DATA[prompt.id];
      expect(data, prompt.id).toBeDefined();
      expect(data.answers.length, prompt.id).toBe(prompt.questions.length);
      expect(clarificationsOf(prompt.questions, data).some((c) => c.key), prompt.id).toBe(true);
    }
  });

  it("finds each prompt's own questions, rephrased", async () => {
    for (const prompt of await allPrompts()) {
      const items = clarificationsOf(prompt.questions, DATA[prompt.id]);
      const interviewer = createInterviewer(items);
      for (const item of items) {
        const reply = interviewer.ask(rephrase(item.question));
        expect(reply.matched?.topic, `${prompt.id}: ${rephrase(item.question)}`).toBe(item.topic);
        expect(reply.answer).toBe(item.answer);
        expect(interviewer.ask(`What about ${item.topic}?`).matched?.topic, `${prompt.id}: ${item.topic}`).toBe(item.topic);
      }
    }
  });

  it('answers typical hand-typed questions', async () => {
    const byId = new Map((await allPrompts()).map((p) => [p.id, createInterviewer(clarificationsOf(p.questions, DATA[p.id]))]));
    const ask = (id: string, q: string) => byId.get(id)!.ask(q).matched?.topic;
    expect(ask('use-case-recommendations', 'how do we handle brand new users?')).toBe('cold start');
    expect(ask('use-case-recommendations', 'Do we need to support GDPR deletion?')).toBe('GDPR erasure');
    expect(ask('multi-tenant-model-serving', 'What latency SLOs do the models have?')).toBe('traffic and SLOs');
    expect(ask('rate-limiter', 'Should we fail open if Redis is down?')).toBe('store outage');
  });

  it('answers politely when nothing matches', () => {
    const interviewer = createInterviewer(clarificationsOf(prompts[0].clarifyingQuestions, DATA[prompts[0].id]));
    expect(interviewer.ask('What is your favourite colour?')).toEqual({ answer: FALLBACK_ANSWER, matched: null });
    expect(interviewer.ask('   ').matched).toBeNull();
  });

  it('lists the key questions asked and missed', () => {
    const items = clarificationsOf(['Q1?', 'Q2?'], {
      answers: [{ topic: 'scale', answer: 'big', key: true }, { topic: 'colour', answer: 'blue' }],
      extra: [{ topic: 'cold start', question: 'New users?', answer: 'popular', key: true }, { topic: 'GDPR erasure', question: 'Deletion?', answer: '30 days', key: true }],
    });
    const coverage = keyQuestionCoverage(items, [0, 1]);
    expect(coverage.asked.map((c) => c.topic)).toEqual(['scale']);
    expect(missedPhrase(coverage.missed)).toBe('Never asked about cold start or GDPR erasure.');
  });
});

describe('parseAskedLog', () => {
  it('keeps well-formed exchanges and drops the rest', () => {
    expect(parseAskedLog('nope')).toEqual([]);
    expect(parseAskedLog([{ question: 'Scale?', answer: 'Big', matchedId: 2 }, { question: 3 }, null, { question: 'Hi', answer: 'Assume', matchedId: 'x' }])).toEqual([
      { question: 'Scale?', answer: 'Big', matchedId: 2 },
      { question: 'Hi', answer: 'Assume', matchedId: null },
    ]);
  });
});
