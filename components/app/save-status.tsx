'use client';
import { useBoardSession, type SaveState } from '@/components/editor/board-session';

const TEXT: Record<SaveState, string> = {
  idle: '',
  saving: 'Saving…',
  saved: 'All changes saved',
  unsaved: 'Unsaved changes',
  'memory-only': 'Not saved: storage unavailable',
  conflict: 'Changed in another tab',
  error: 'Not saved',
};

/** A quiet line in the toolbar; problems themselves are announced as alerts. */
export function SaveStatus() {
  const state = useBoardSession((s) => s.saveState);
  return (
    <span className={`save-status save-${state}`} role="status" aria-label="Save status">
      {TEXT[state]}
    </span>
  );
}
