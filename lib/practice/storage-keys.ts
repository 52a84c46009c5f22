// Where practice keeps its state in localStorage. A module of its own, free of imports, so
// the editor can ask "does this board have a practice session?" (components/practice/
// lazy-practice.tsx) without loading the session reducer, the phases and the attempts.
// The session is keyed to the practice board so other boards are untouched.
export const PRACTICE_SESSION_KEY_PREFIX = 'design-drill:practice-session:';
export const PRACTICE_ESTIMATES_KEY_PREFIX = 'design-drill:practice-estimates:';
export const PRACTICE_ATTEMPTS_KEY = 'design-drill:practice-attempts';
export const PRACTICE_SOUND_KEY = 'design-drill:practice-sound';

export function sessionStorageKey(boardId: string): string {
  return `${PRACTICE_SESSION_KEY_PREFIX}${boardId}`;
}

export function estimatesStorageKey(boardId: string): string {
  return `${PRACTICE_ESTIMATES_KEY_PREFIX}${boardId}`;
}
export const PRACTICE_QUESTIONS_KEY_PREFIX = 'design-drill:practice-questions:';
/** "1" while the candidate practises blind (the live checklist hidden until the review). */
export const PRACTICE_BLIND_KEY = 'design-drill:practice-blind';

export function questionsStorageKey(boardId: string): string {
  return `${PRACTICE_QUESTIONS_KEY_PREFIX}${boardId}`;
}
