// Undo history as a list of document snapshots. Snapshots share unchanged nodes with each
// other (edits are copy-on-write), so keeping a few hundred of them is cheap.
//
// Two mechanisms keep one user action = one undo step:
// - a *gesture* (a drag, a resize): every frame updates `present`, and the step is recorded
//   once, when the gesture ends;
// - a *coalesce key* (typing into a field): consecutive edits with the same key merge into
//   the step the first one opened, until something else happens (blur, another edit, undo).
// Selection is not part of the document, so it never touches the history or clears redo.
import type { BoardDocument } from '@/lib/model/types';

export const HISTORY_LIMIT = 200;

export interface History {
  past: BoardDocument[];
  present: BoardDocument;
  future: BoardDocument[];
  /** The key of the step that edits may still merge into. */
  coalesceKey: string | null;
  /** The document as it was when the running gesture started; null when none runs. */
  gestureBase: BoardDocument | null;
}

export function createHistory(present: BoardDocument): History {
  return { past: [], present, future: [], coalesceKey: null, gestureBase: null };
}

function pushPast(past: BoardDocument[], doc: BoardDocument): BoardDocument[] {
  const next = past.length >= HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT + 1) : past.slice();
  next.push(doc);
  return next;
}

export interface RecordOptions {
  /** Merge with the previous edit when it had the same key (e.g. "label:n_1"). */
  coalesceKey?: string;
  /** Part of a running gesture: becomes one step when endGesture is called. */
  gesture?: boolean;
}

export function record(history: History, next: BoardDocument, options: RecordOptions = {}): History {
  if (next === history.present) return history;
  if (options.gesture) {
    return {
      ...history,
      present: next,
      gestureBase: history.gestureBase ?? history.present,
      coalesceKey: null,
    };
  }
  const settled = endGesture(history);
  if (options.coalesceKey && options.coalesceKey === settled.coalesceKey) {
    return { ...settled, present: next, future: [] };
  }
  return {
    past: pushPast(settled.past, settled.present),
    present: next,
    future: [],
    coalesceKey: options.coalesceKey ?? null,
    gestureBase: null,
  };
}

/** Closes a running gesture: one step from where it started, or none if nothing changed. */
export function endGesture(history: History): History {
  const base = history.gestureBase;
  if (!base) return history;
  if (base === history.present) return { ...history, gestureBase: null };
  return { ...history, past: pushPast(history.past, base), future: [], gestureBase: null, coalesceKey: null };
}

/**
 * Abandons a running gesture: the document goes back to where the gesture started, and
 * nothing is recorded (a cancelled auto layout leaves the board and redo as they were).
 */
export function cancelGesture(history: History): History {
  const base = history.gestureBase;
  if (!base) return history;
  return { ...history, present: base, gestureBase: null };
}

/** Stops merging: the next edit opens a new step even with the same key. */
export function breakCoalescing(history: History): History {
  return history.coalesceKey === null ? history : { ...history, coalesceKey: null };
}

export function undo(history: History): History {
  const settled = endGesture(history);
  if (settled.past.length === 0) return settled;
  const past = settled.past.slice(0, -1);
  return {
    past,
    present: settled.past[settled.past.length - 1],
    future: [settled.present, ...settled.future],
    coalesceKey: null,
    gestureBase: null,
  };
}

export function redo(history: History): History {
  const settled = endGesture(history);
  if (settled.future.length === 0) return settled;
  const [next, ...future] = settled.future;
  return {
    past: pushPast(settled.past, settled.present),
    present: next,
    future,
    coalesceKey: null,
    gestureBase: null,
  };
}

export const canUndo = (h: History) => h.past.length > 0 || (h.gestureBase !== null && h.gestureBase !== h.present);
export const canRedo = (h: History) => h.future.length > 0;
