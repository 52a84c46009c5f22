'use client';
import { useCallback, useRef, useState } from 'react';
import type { ReactFlowInstance } from '@xyflow/react';
import { scheduleTask } from '@/lib/canvas/task-batch';
import { applyLayout, toElkGraph, type LayoutDirection } from '@/lib/layout/elk-graph';
import { splitLayoutResult } from '@/lib/layout/elk-result';
import type { LayoutRun } from '@/lib/layout/run-layout';
import type { BoardDocument, Size } from '@/lib/model/types';
import { currentDoc, useBoardStore } from './board-store';
import { notify } from '@/components/ui/notices';

/** Nodes moved per task when a layout is applied: about 20 ms of rendering each at 200 nodes. */
const LAYOUT_PART_NODES = 50;

/**
 * Ends the current task, so the browser can handle input (and paint, when a frame is due)
 * before the next step. Not the next frame: waiting for one at every step added up to
 * ≈ 55 ms of idle waits at 200 nodes (bench/RESULTS.md, session 6).
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => scheduleTask(resolve));
}

function measuredSizes(flow: ReactFlowInstance): Map<string, Size> {
  const measured = new Map<string, Size>();
  for (const node of flow.getNodes()) {
    const internal = flow.getInternalNode(node.id);
    if (internal?.measured.width && internal.measured.height) {
      measured.set(node.id, { width: internal.measured.width, height: internal.measured.height });
    }
  }
  return measured;
}

/**
 * Auto layout with elkjs in a worker. The worker module (and elkjs with it) is imported on
 * first use, keeping ~480 KB gzip out of the board's first load.
 *
 * The main thread's steps each get a task of their own, so their costs do not add up into
 * one long task: show the progress (a re-render of the editor), build the graph and post
 * it to the worker, receive the result, apply it (one edit, one undo step), hide the progress.
 */
export function useAutoLayout(flow: ReactFlowInstance) {
  const [running, setRunning] = useState(false);
  const [direction, setDirection] = useState<LayoutDirection>('RIGHT');
  // Set from the click until the result is applied (or given up), so a second click waits.
  const busy = useRef(false);
  const current = useRef<LayoutRun | null>(null);
  // A cancel that arrives while no worker runs (loading it, or applying the result).
  const cancelRequested = useRef(false);

  const run = useCallback(async () => {
    if (busy.current) return;
    if (currentDoc().nodes.length === 0) {
      notify.info('Nothing to lay out: the board is empty.');
      return;
    }
    busy.current = true;
    cancelRequested.current = false;
    setRunning(true);
    try {
      const [{ runLayout }] = await Promise.all([import('@/lib/layout/run-layout'), nextTask()]);
      if (cancelRequested.current) {
        notify.info('Auto layout cancelled. Your board is unchanged.');
        return;
      }
      // Measured sizes, for nodes whose content made them bigger than the catalog's default.
      const layoutRun = runLayout(toElkGraph(currentDoc(), direction, measuredSizes(flow)));
      current.current = layoutRun;
      const outcome = await layoutRun.promise;
      current.current = null;
      if (!outcome.ok) {
        if (outcome.reason === 'cancelled') notify.info(outcome.message);
        else notify.error(outcome.message);
        return;
      }
      // For profiles and the bench: how much of the wait was ELK itself (bench/RESULTS.md).
      performance.mark('auto layout: result', { detail: { elkMs: outcome.elkMs, workerRoundTripMs: outcome.ms } });
      // Applied in parts of LAYOUT_PART_NODES, a task each (React re-renders every moved node
      // and its edges in one synchronous pass), as one gesture: one undo step. The board may
      // have changed while the worker ran; the layout is applied to what it is now.
      const store = useBoardStore.getState();
      store.breakCoalescing();
      let applied: BoardDocument | null = null;
      for (const part of splitLayoutResult(outcome.result, LAYOUT_PART_NODES)) {
        await nextTask();
        // An undo or an edit in between settles what was applied; the rest is dropped.
        if (applied && currentDoc() !== applied) break;
        if (cancelRequested.current) {
          // Cancel keeps its promise mid-way too: the parts applied so far are taken back.
          if (applied) store.cancelGesture();
          notify.info('Auto layout cancelled. Your board is unchanged.');
          return;
        }
        store.apply((d) => applyLayout(d, part), { gesture: true });
        applied = currentDoc();
      }
      store.endGesture();
      // Hiding the progress re-renders the editor around the canvas: a task of its own.
      await nextTask();
      window.setTimeout(() => void flow.fitView({ padding: 0.12, duration: 300 }), 50);
    } finally {
      busy.current = false;
      setRunning(false);
    }
  }, [direction, flow]);

  const cancel = useCallback(() => {
    if (current.current) current.current.cancel();
    else if (busy.current) cancelRequested.current = true;
  }, []);
  // The pointer on "Auto layout" (or focus on it): load and warm up the worker before the
  // click. The first layout otherwise also pays for loading elkjs and running it cold.
  const prepare = useCallback(() => {
    // A failure here is reported by the click, which imports the same module.
    void import('@/lib/layout/run-layout').then(({ prepareLayoutWorker }) => prepareLayoutWorker(), () => undefined);
  }, []);
  return { run, cancel, prepare, running, direction, setDirection };
}
