// The glue between a practice prompt, the board it is drawn on and what is kept afterwards:
// the new board a session starts with, where the running session is stored, the review's
// snapshot steps and the attempt recorded at the end. Pure, so the UI only wires it up.
import { createEmptyDocument } from '@/lib/model/document';
import type { BoardDocument, PhaseId, StudyGuide } from '@/lib/model/types';
import { createAttempt, type Attempt, type AttemptScore } from './attempts';
import { getPhase } from './phases';
import { elapsed, phaseTimeline, type PracticeSessionState } from './session';

// The storage keys live in their own module (see storage-keys.ts); re-exported so the
// practice code can keep importing everything practice-board related from here.
export {
  PRACTICE_SESSION_KEY_PREFIX,
  PRACTICE_ESTIMATES_KEY_PREFIX,
  PRACTICE_ATTEMPTS_KEY,
  PRACTICE_SOUND_KEY,
  sessionStorageKey,
  estimatesStorageKey,
} from './storage-keys';

/** What a practice board needs from a prompt (templates/ PracticePrompt fits). */
export interface PromptLike extends StudyGuide {
  id: string;
  title: string;
  templateId?: string;
}

export const PRACTICE_TITLE_PREFIX = 'Practice: ';

/** An empty board carrying the prompt as its study guide, titled "Practice: <prompt title>". */
export function practiceDocument(prompt: PromptLike, now = new Date()): BoardDocument {
  const study: StudyGuide = {
    prompt: prompt.prompt,
    clarifyingQuestions: [...prompt.clarifyingQuestions],
    functionalRequirements: [...prompt.functionalRequirements],
    nonFunctionalRequirements: [...prompt.nonFunctionalRequirements],
    estimates: prompt.estimates.map((e) => ({ ...e })),
    failureScenarios: [...prompt.failureScenarios],
    costNotes: [...prompt.costNotes],
    talkingPoints: {
      requirements: [...(prompt.talkingPoints?.requirements ?? [])],
      'high-level': [...(prompt.talkingPoints?.['high-level'] ?? [])],
      'deep-dive': [...(prompt.talkingPoints?.['deep-dive'] ?? [])],
      'edge-cases': [...(prompt.talkingPoints?.['edge-cases'] ?? [])],
    },
    tags: [...prompt.tags],
  };
  return { ...createEmptyDocument(`${PRACTICE_TITLE_PREFIX}${prompt.title}`.slice(0, 200), now), study };
}

/** The prompt's title back from a practice board's title (for the history when the prompt list is not loaded). */
export function promptTitleOf(boardTitle: string): string {
  return boardTitle.startsWith(PRACTICE_TITLE_PREFIX) ? boardTitle.slice(PRACTICE_TITLE_PREFIX.length) : boardTitle;
}

/** Use-case prompts are named after their template ("use-case-search" → "search"). */
export function templateIdOfPrompt(promptId: string): string | null {
  return promptId.startsWith('use-case-') && promptId.length > 'use-case-'.length ? promptId.slice('use-case-'.length) : null;
}

/** One item, chosen with an injectable random source (tests pass a fixed one). */
export function pickRandom<T>(items: readonly T[], random: () => number = Math.random): T | null {
  if (items.length === 0) return null;
  const index = Math.min(items.length - 1, Math.max(0, Math.floor(random() * items.length)));
  return items[index];
}

export interface SnapshotStep {
  phase: PhaseId;
  /** "End of Requirements clarification" or "Final board". */
  label: string;
  document: BoardDocument;
}

/** The boards kept at each phase boundary, in order, for the review to step through. */
export function snapshotSteps(session: PracticeSessionState): SnapshotStep[] {
  return session.boundaries
    .filter((b) => b.document !== null)
    .map((b) => ({
      phase: b.phase,
      label: b.reason === 'finish' ? `Final board (finished in ${getPhase(b.phase).name})` : `End of ${getPhase(b.phase).name}`,
      document: b.document!,
    }));
}

/** The attempt recorded when a session finishes. */
export function attemptFromSession(args: {
  session: PracticeSessionState;
  title: string;
  finalDocument: BoardDocument;
  score: AttemptScore;
  id?: string;
}): Attempt {
  const { session } = args;
  const end = session.finishedAt ?? session.lastEventAt;
  const phaseSpentMs: Partial<Record<PhaseId, number>> = {};
  for (const entry of phaseTimeline(session, end)) {
    if (entry.progress === 'done' || entry.progress === 'current') phaseSpentMs[entry.phase] = entry.spentMs;
  }
  return createAttempt({
    id: args.id,
    promptId: session.promptId,
    title: args.title,
    date: new Date(end).toISOString(),
    durationMs: elapsed(session, end),
    score: args.score,
    document: args.finalDocument,
    phaseSpentMs,
  });
}
