'use client';
import { useCallback, useRef, useState } from 'react';
import type { ReactFlowInstance } from '@xyflow/react';
import { applyLayout, splitLayoutResult, toElkGraph, type LayoutDirection } from '@/lib/layout/elk-graph';
import type { LayoutRun } from '@/lib/layout/run-layout';
import type { Size } from '@/lib/model/types';
import { currentDoc, useBoardStore } from './board-store';
import { notify } from './notices';

/**
 * Nodes moved per frame when a layout is applied. Moving every node of a large board in one
 * React commit is one main-thread task of ~100 ms at 200 nodes; parts of this size keep each
 * commit short. Interview-sized boards move in one part.
 */
const NODES_PER_FRAME = 60;

/** Ends the current task, so the browser can paint and handle input before the next step. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
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
 * The main thread does three short steps, each in its own task so none blocks a frame for
 * long: show the progress, build the graph and post it to the worker, then apply the
 * result a part per frame (as one gesture, so one undo step).
 */
export function useAutoLayout(flow: ReactFlowInstance) {
  const [running, setRunning] = useState(false);
  const [direction, setDirection] = useState<LayoutDirection>('RIGHT');
  // Set from the click until the result is applied (or given up), so a second click waits.
  const busy = useRef(false);
  const current = useRef<LayoutRun | null>(null);
  const cancelledEarly = useRef(false);

  const run = useCallback(async () => {
    if (busy.current) return;
    if (currentDoc().nodes.length === 0) {
      notify.info('Nothing to lay out: the board is empty.');
      return;
    }
    busy.current = true;
    cancelledEarly.current = false;
    setRunning(true);
    try {
      const [{ runLayout }] = await Promise.all([import('@/lib/layout/run-layout'), nextFrame()]);
      if (cancelledEarly.current) {
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
      // The board may have changed while the worker ran; lay out what it is now.
      const store = useBoardStore.getState();
      store.breakCoalescing();
      const parts = splitLayoutResult(outcome.result, NODES_PER_FRAME);
      for (const [i, part] of parts.entries()) {
        if (i > 0) await nextFrame();
        useBoardStore.getState().apply((d) => applyLayout(d, part), { gesture: true });
      }
      useBoardStore.getState().endGesture();
      // Hiding the progress re-renders the editor around the canvas: a task of its own.
      await nextFrame();
      window.setTimeout(() => void flow.fitView({ padding: 0.12, duration: 300 }), 50);
    } finally {
      busy.current = false;
      setRunning(false);
    }
  }, [direction, flow]);

  const cancel = useCallback(() => {
    if (current.current) current.current.cancel();
    else if (busy.current) cancelledEarly.current = true;
  }, []);
  return { run, cancel, running, direction, setDirection };
}
