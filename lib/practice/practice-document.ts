// The empty board a practice attempt starts from, and its "Practice: " title. A module of
// its own, free of the session reducer, because the template gallery's "Practice from
// scratch" (in the first-load study-mode.ts) builds the same board without a timed session.
import { createEmptyDocument } from '@/lib/model/document';
import { LIMITS } from '@/lib/model/schema';
import type { BoardDocument, StudyGuide } from '@/lib/model/types';

export const PRACTICE_TITLE_PREFIX = 'Practice: ';

/** A copy of the study-guide fields only: a prompt's id and template id stay out of the board. */
function copyStudyGuide(guide: StudyGuide): StudyGuide {
  return {
    prompt: guide.prompt,
    clarifyingQuestions: [...guide.clarifyingQuestions],
    functionalRequirements: [...guide.functionalRequirements],
    nonFunctionalRequirements: [...guide.nonFunctionalRequirements],
    estimates: guide.estimates.map((e) => ({ ...e })),
    failureScenarios: [...guide.failureScenarios],
    costNotes: [...guide.costNotes],
    talkingPoints: {
      requirements: [...(guide.talkingPoints?.requirements ?? [])],
      'high-level': [...(guide.talkingPoints?.['high-level'] ?? [])],
      'deep-dive': [...(guide.talkingPoints?.['deep-dive'] ?? [])],
      'edge-cases': [...(guide.talkingPoints?.['edge-cases'] ?? [])],
    },
    tags: [...guide.tags],
  };
}

/**
 * The empty board a practice attempt starts from, titled "Practice: <title>", carrying the
 * prompt's study guide (a practice prompt, or a template's guide without its diagram).
 */
export function practiceDocument(title: string, guide: StudyGuide | undefined, now = new Date()): BoardDocument {
  const doc = createEmptyDocument(`${PRACTICE_TITLE_PREFIX}${title}`.slice(0, LIMITS.maxTitleChars), now);
  return guide ? { ...doc, study: copyStudyGuide(guide) } : doc;
}

/** The prompt's title back from a practice board's title (for the history when the prompt list is not loaded). */
export function promptTitleOf(boardTitle: string): string {
  return boardTitle.startsWith(PRACTICE_TITLE_PREFIX) ? boardTitle.slice(PRACTICE_TITLE_PREFIX.length) : boardTitle;
}
