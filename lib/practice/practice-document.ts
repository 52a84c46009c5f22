// The empty board a practice attempt starts from, and its "Practice: " title, in a module
// free of the session reducer: the template gallery's "Practice from scratch" builds the
// same board from code that loads with the editor, without a timed session.
import { createEmptyDocument } from '@/lib/model/document';
import { LIMITS } from '@/lib/model/limits';
import { toPlainDocument } from '@/lib/model/serialize';
import type { BoardDocument, StudyGuide } from '@/lib/model/types';

export const PRACTICE_TITLE_PREFIX = 'Practice: ';

/**
 * The empty board a practice attempt starts from, titled "Practice: <title>", carrying the
 * prompt's study guide (a practice prompt, or a template's guide without its diagram).
 */
export function practiceDocument(title: string, guide: StudyGuide | undefined, now = new Date()): BoardDocument {
  const doc = createEmptyDocument(`${PRACTICE_TITLE_PREFIX}${title}`.slice(0, LIMITS.maxTitleChars), now);
  // A copy of the guide's own fields only: a prompt's id and template id stay out of the board.
  return guide ? toPlainDocument({ ...doc, study: guide }) : doc;
}

/** The prompt's title back from a practice board's title (for the history when the prompt list is not loaded). */
export function promptTitleOf(boardTitle: string): string {
  return boardTitle.startsWith(PRACTICE_TITLE_PREFIX) ? boardTitle.slice(PRACTICE_TITLE_PREFIX.length) : boardTitle;
}
