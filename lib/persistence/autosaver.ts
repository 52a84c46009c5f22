// Autosave: at most `delayMs` after the first unsaved change the board is written (a
// steady stream of edits cannot postpone it, unlike a plain debounce), one save at a time
// so revisions stay in order, and flush() writes at once for pagehide/visibilitychange
// (tldraw once lost the last edits to an unflushed throttle).
//
// After a conflict or a newer-schema refusal the autosaver stops writing (a stale tab must
// not keep trying to clobber newer work) and keeps the latest document until the UI has
// resolved it and calls resume().
import type { BoardDocument } from '@/lib/model/types';
import type { BoardStore, SaveResult, StorageErrorKind } from './types';

export type AutosaveStatus =
  | { status: 'saving' }
  | { status: 'saved'; revision: number }
  | { status: 'conflict'; storedRevision: number; stored: BoardDocument | null; message: string }
  | { status: 'error'; kind: StorageErrorKind; message: string };

export interface AutosaverOptions {
  save: (doc: BoardDocument) => Promise<SaveResult>;
  delayMs?: number;
  onStatus?: (status: AutosaveStatus) => void;
}

export interface Autosaver {
  /** Call with every new document; cheap, may be called on every change. */
  schedule(doc: BoardDocument): void;
  /** Saves any pending change now. Call from pagehide / visibilitychange (hidden). */
  flush(): Promise<void>;
  /** Stops timers and forgets pending work (flush first if it must be kept). */
  dispose(): void;
  /** Whether a change has not reached storage yet (for a beforeunload prompt). */
  hasUnsavedChanges(): boolean;
  /** After a conflict or newer-schema halt, once the UI has decided: saving continues. */
  resume(): void;
}

export function createAutosaver({ save, delayMs = 500, onStatus = () => {} }: AutosaverOptions): Autosaver {
  let pending: BoardDocument | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> | null = null;
  let halted = false;
  let disposed = false;

  const startTimer = () => {
    if (timer === null && !inFlight && !halted && !disposed && pending) timer = setTimeout(runNow, delayMs);
  };
  const stopTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  function runNow(): Promise<void> {
    stopTimer();
    if (inFlight) return inFlight;
    if (!pending || halted || disposed) return Promise.resolve();
    const doc = pending;
    pending = null;
    onStatus({ status: 'saving' });
    // save() is called synchronously here, so on pagehide the write starts before we return.
    let attempt: Promise<SaveResult>;
    try {
      attempt = save(doc);
    } catch (error) {
      attempt = Promise.resolve({ ok: false, kind: 'other', message: String(error) });
    }
    inFlight = attempt
      .catch((error): SaveResult => ({ ok: false, kind: 'other', message: String(error) }))
      .then((result) => {
        inFlight = null;
        if (disposed) return;
        if (result.ok) {
          onStatus({ status: 'saved', revision: result.revision });
        } else {
          // Keep the unsaved document unless a newer one arrived meanwhile: nothing is dropped.
          pending ??= doc;
          if (result.kind === 'conflict') {
            halted = true;
            onStatus({ status: 'conflict', storedRevision: result.storedRevision, stored: result.stored, message: result.message });
          } else {
            if (result.kind === 'newer-schema') halted = true;
            onStatus({ status: 'error', kind: result.kind, message: result.message });
            // No automatic retry loop on quota/unavailable: the next change or flush retries.
            if (pending === doc) return;
          }
        }
        startTimer();
      });
    return inFlight;
  }

  return {
    schedule(doc) {
      if (disposed) return;
      pending = doc;
      startTimer();
    },
    async flush() {
      if (disposed) return;
      // Wait for a save already running, then write whatever is still pending.
      while (inFlight) await inFlight;
      await runNow();
    },
    dispose() {
      disposed = true;
      stopTimer();
      pending = null;
    },
    hasUnsavedChanges() {
      return pending !== null || inFlight !== null;
    },
    resume() {
      halted = false;
      startTimer();
    },
  };
}

/**
 * Binds a store and the revision this tab builds on, for createAutosaver({ save }).
 * After a conflict the UI picks a side and calls `setRevision(storedRevision)`
 * (keep mine: the next save overwrites; take theirs: load their copy first).
 */
export function createRevisionTrackingSave(store: BoardStore, initialRevision: number) {
  let revision = initialRevision;
  return {
    get revision() {
      return revision;
    },
    setRevision(next: number) {
      revision = next;
    },
    save: async (doc: BoardDocument): Promise<SaveResult> => {
      const result = await store.save(doc, revision);
      if (result.ok) revision = result.revision;
      return result;
    },
  };
}
