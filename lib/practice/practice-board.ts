// The glue between a practice prompt, the board it is drawn on and what is kept afterwards:
// the prompt's shape, the review's snapshot steps and the attempt recorded at the end. The
// new board itself is practice-document.ts, and the storage keys are storage-keys.ts.
import type { BoardDocument, PhaseId, StudyGuide } from '@/lib/model/types';
import { createAttempt, type Attempt, type AttemptScore } from './attempts';
import { getPhase } from './phases';
import { elapsed, phaseTimeline, type PracticeSessionState } from './session';

/** What a practice board needs from a prompt (templates/ PracticePrompt fits). */
export interface PromptLike extends StudyGuide {
  id: string;
  title: string;
  templateId?: string;
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
