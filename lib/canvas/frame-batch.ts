// Coalesces values written many times per frame into one write per frame. A pointer drag
// reports a position for every pointermove, and Chromium can deliver several per frame;
// the board store is a zustand store (useSyncExternalStore), so every write re-renders
// synchronously. Writing once per animation frame renders once per frame, as React's own
// batched state would (bench/RESULTS.md: the 1,000-node drag did all its work per event).

export interface FrameBatch<K, V> {
  /** Records a value; the latest value per key wins. Schedules a flush if none is pending. */
  set(key: K, value: V): void;
  /** Applies what is pending now (e.g. before a drag ends), and cancels the scheduled flush. */
  flush(): void;
  /** Whether values are waiting. */
  readonly pending: boolean;
}

/**
 * `apply` receives everything recorded since the last flush. `schedule` defaults to
 * requestAnimationFrame; tests pass their own.
 */
export function createFrameBatch<K, V>(
  apply: (values: Map<K, V>) => void,
  schedule: (callback: () => void) => unknown = (callback) => requestAnimationFrame(callback),
): FrameBatch<K, V> {
  let values = new Map<K, V>();
  let scheduled = false;
  // A flush that already ran (flush() called directly) makes the scheduled callback a no-op.
  let generation = 0;

  const flush = () => {
    generation++;
    scheduled = false;
    if (values.size === 0) return;
    const batch = values;
    values = new Map();
    apply(batch);
  };

  return {
    set(key, value) {
      values.set(key, value);
      if (scheduled) return;
      scheduled = true;
      const at = generation;
      schedule(() => {
        if (at === generation) flush();
      });
    },
    flush,
    get pending() {
      return values.size > 0;
    },
  };
}
