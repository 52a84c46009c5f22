// Main-thread side of auto layout: a worker, a deadline, and cancel. Browser-only edge of
// lib/layout (the conversion logic it uses is pure and tested in node).
//
// The worker is kept between runs: elkjs's first layout in a fresh worker pays its JIT
// warm-up (≈ 2–3× a warm run). It is terminated — the only way to stop ELK — on a
// timeout, a cancel or an error, and the next run starts a new one.
import type { ElkGraph } from './elk-graph';
import type { LayoutResult } from './elk-result';

export const LAYOUT_DEADLINE_MS = 10_000;

export type LayoutOutcome =
  /** `ms`: the worker's round trip; `elkMs`: ELK's own share of it, timed in the worker. */
  | { ok: true; result: LayoutResult; ms: number; elkMs: number }
  | { ok: false; reason: 'timeout' | 'cancelled' | 'error'; message: string };

export interface LayoutRun {
  promise: Promise<LayoutOutcome>;
  cancel: () => void;
}

let warmWorker: Worker | null = null;

function takeWorker(): Worker {
  warmWorker ??= new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  return warmWorker;
}

function discardWorker(worker: Worker) {
  worker.terminate();
  if (warmWorker === worker) warmWorker = null;
}

/**
 * Starts the worker ahead of a layout (the pointer is on "Auto layout"): its chunk and elkjs
 * load, and one small layout warms ELK up. Does nothing if a worker is already warm.
 */
export function prepareLayoutWorker(): void {
  if (warmWorker) return;
  takeWorker().postMessage({ warmUp: true });
}

export function runLayout(graph: ElkGraph, deadlineMs = LAYOUT_DEADLINE_MS): LayoutRun {
  const worker = takeWorker();
  const started = performance.now();
  let settle: (outcome: LayoutOutcome) => void = () => {};
  const promise = new Promise<LayoutOutcome>((resolve) => (settle = resolve));
  let done = false;
  const finish = (outcome: LayoutOutcome) => {
    if (done) return;
    done = true;
    window.clearTimeout(timer);
    worker.onmessage = null;
    worker.onerror = null;
    // A finished layout leaves the worker warm for the next one; anything else may have
    // left ELK running, so that worker goes.
    if (!outcome.ok) discardWorker(worker);
    settle(outcome);
  };
  const timer = window.setTimeout(
    () => finish({ ok: false, reason: 'timeout', message: `Auto layout took longer than ${deadlineMs / 1000} s and was stopped. Your board is unchanged.` }),
    deadlineMs,
  );
  worker.onmessage = (event: MessageEvent<{ ok: boolean; result?: LayoutResult; elkMs?: number; message?: string }>) => {
    if (event.data.ok && event.data.result) {
      const ms = performance.now() - started;
      finish({ ok: true, result: event.data.result, ms, elkMs: event.data.elkMs ?? ms });
    } else {
      finish({ ok: false, reason: 'error', message: `Auto layout failed: ${event.data.message ?? 'unknown error'}. Your board is unchanged.` });
    }
  };
  worker.onerror = (event) => finish({ ok: false, reason: 'error', message: `Auto layout failed: ${event.message}. Your board is unchanged.` });
  worker.postMessage({ graph });
  return {
    promise,
    cancel: () => finish({ ok: false, reason: 'cancelled', message: 'Auto layout cancelled. Your board is unchanged.' }),
  };
}
