// Coalesces values written in quick succession into one write. A pointer drag reports a
// position for every pointermove, and Chromium can deliver several per frame; the board store
// is a zustand store (useSyncExternalStore), so every write re-renders synchronously.
//
// The write happens in a task of its own right after the input, as React schedules its own
// state updates (a MessageChannel message), not in requestAnimationFrame: work done in a rAF
// callback runs inside the frame, before its style, layout and paint, and at 1,000 nodes the
// render plus the frame's own rendering overran it. As a task after the input, the render
// fills the gap between frames and the frame itself stays short (figures in bench/RESULTS.md).

/** Runs `callback` in a task of its own, after the current one, without timer clamping. */
export function scheduleTask(callback: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    callback();
  };
  channel.port2.postMessage(null);
}

export interface TaskBatch<K, V> {
  /** Records a value; the latest value per key wins. Schedules a flush if none is pending. */
  set(key: K, value: V): void;
  /** Applies what is pending now (e.g. before a drag ends), and cancels the scheduled flush. */
  flush(): void;
  /** Whether values are waiting. */
  readonly pending: boolean;
}

/**
 * `apply` receives everything recorded since the last flush. `schedule` defaults to
 * scheduleTask; tests pass their own.
 */
export function createTaskBatch<K, V>(
  apply: (values: Map<K, V>) => void,
  schedule: (callback: () => void) => unknown = scheduleTask,
): TaskBatch<K, V> {
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
