// The clarification drill's interviewer: answers a typed question from the prompt's own
// clarifying questions and answers (templates/clarifications.json), with full-text search
// (MiniSearch: prefix and fuzzy terms, so "GDPR deletion" finds "GDPR erasure").
import MiniSearch from 'minisearch';

export const FALLBACK_ANSWER = 'Good question. Assume what is typical and say it out loud.';

export interface ClarificationAnswer {
  topic: string;
  answer: string;
  key?: boolean;
}

/** One prompt's entry in clarifications.json: answers aligned with its clarifying questions, then extra ones. */
export interface PromptClarifications {
  answers: ClarificationAnswer[];
  extra: (ClarificationAnswer & { question: string })[];
}

export interface Clarification {
  id: number;
  topic: string;
  question: string;
  answer: string;
  key: boolean;
}

export interface InterviewerReply {
  answer: string;
  /** The clarification answered, or null when nothing matched. */
  matched: Clarification | null;
}

/** The prompt's questions paired with their answers; a question without an answer is left out. */
export function clarificationsOf(questions: readonly string[], data: PromptClarifications | undefined): Clarification[] {
  if (!data) return [];
  const paired = questions.flatMap((question, i) => (data.answers[i] ? [{ ...data.answers[i], question }] : []));
  return [...paired, ...data.extra].map((c, id) => ({ id, topic: c.topic, question: c.question, answer: c.answer, key: c.key === true }));
}

// Words that carry no topic: a question that only shares these with a clarification gets the fallback.
const STOP_WORDS = new Set(
  ('a an and any are as at be by can do does for from get go have how i if in is it its me much many must need of on or our ' +
    'should so that the there this to we what when where which who will with would you your about also there do does we us ' +
    'should shall let lets ok okay yes no not one all than then too very just like').split(' '),
);

function processTerm(term: string): string | null {
  const word = term.toLowerCase();
  return word.length < 2 || STOP_WORDS.has(word) ? null : word;
}

export interface Interviewer {
  ask(question: string): InterviewerReply;
}

export function createInterviewer(clarifications: readonly Clarification[]): Interviewer {
  const index = new MiniSearch<Clarification>({
    fields: ['topic', 'question'],
    storeFields: [],
    processTerm,
    searchOptions: { boost: { topic: 2 }, prefix: (term) => term.length > 3, fuzzy: (term) => (term.length > 4 ? 0.2 : false), combineWith: 'OR' },
  });
  index.addAll(clarifications);
  const byId = new Map(clarifications.map((c) => [c.id, c]));
  return {
    ask(question) {
      const best = question.trim() ? index.search(question)[0] : undefined;
      const matched = best ? (byId.get(best.id as number) ?? null) : null;
      return { answer: matched ? matched.answer : FALLBACK_ANSWER, matched };
    },
  };
}

/** The key clarifications the candidate asked about, and the ones never asked. */
export function keyQuestionCoverage(clarifications: readonly Clarification[], askedIds: readonly number[]) {
  const asked = new Set(askedIds);
  const key = clarifications.filter((c) => c.key);
  return { asked: key.filter((c) => asked.has(c.id)), missed: key.filter((c) => !asked.has(c.id)) };
}

/** "never asked about cold start or GDPR erasure" */
export function missedPhrase(missed: readonly Clarification[]): string {
  const topics = missed.map((c) => c.topic);
  if (topics.length === 0) return '';
  const list = topics.length === 1 ? topics[0] : `${topics.slice(0, -1).join(', ')} or ${topics[topics.length - 1]}`;
  return `Never asked about ${list}.`;
}

/** One exchange of the drill, as kept for the review. */
export interface AskedQuestion {
  question: string;
  answer: string;
  matchedId: number | null;
}

const MAX_KEPT_QUESTIONS = 100;

/** The stored exchanges; anything malformed is dropped, never thrown. */
export function parseAskedLog(raw: unknown): AskedQuestion[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null)
    .filter((e) => typeof e.question === 'string' && typeof e.answer === 'string')
    .map((e) => ({
      question: (e.question as string).slice(0, 500),
      answer: (e.answer as string).slice(0, 1000),
      matchedId: typeof e.matchedId === 'number' && Number.isInteger(e.matchedId) ? e.matchedId : null,
    }))
    .slice(-MAX_KEPT_QUESTIONS);
}
