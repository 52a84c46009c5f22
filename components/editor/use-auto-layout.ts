'use client';
import { create } from 'zustand';
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
 * before the next step. Not the next frame: those waits add up (bench/RESULTS.md).
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
 * one long task: show the progress (a re-render of the toolbar), build the graph and post
 * it to the worker, receive the result, apply it (one edit, one undo step), hide the progress.
 */
interface AutoLayoutState {
  /** From the click until the result is applied (or given up): a second click waits. */
  running: boolean;
  direction: LayoutDirection;
}

export const useAutoLayout = create<AutoLayoutState>()(() => ({ running: false, direction: 'RIGHT' }));

export function setLayoutDirection(direction: LayoutDirection) {
  useAutoLayout.setState({ direction });
}

/** The worker's run, while it computes. */
let currentRun: LayoutRun | null = null;
/** A cancel that arrives while no worker runs (loading it, or applying the result). */
let cancelRequested = false;

export async function runAutoLayout(flow: ReactFlowInstance) {
  if (useAutoLayout.getState().running) return;
  if (currentDoc().nodes.length === 0) {
    notify.info('Nothing to lay out: the board is empty.');
    return;
  }
  cancelRequested = false;
  const { direction } = useAutoLayout.getState();
  useAutoLayout.setState({ running: true });
  try {
    const [{ runLayout }] = await Promise.all([import('@/lib/layout/run-layout'), nextTask()]);
    if (cancelRequested) {
      notify.info('Auto layout cancelled. Your board is unchanged.');
      return;
    }
    // Measured sizes, for nodes whose content made them bigger than the catalog's default.
    const layoutRun = runLayout(toElkGraph(currentDoc(), direction, measuredSizes(flow)));
    currentRun = layoutRun;
    const outcome = await layoutRun.promise;
    currentRun = null;
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
      if (cancelRequested) {
        // Cancel keeps its promise mid-way too: the parts applied so far are taken back.
        if (applied) store.cancelGesture();
        notify.info('Auto layout cancelled. Your board is unchanged.');
        return;
      }
      store.apply((d) => applyLayout(d, part), { gesture: true });
      applied = currentDoc();
    }
    store.endGesture();
    // Hiding the progress re-renders the toolbar: a task of its own.
    await nextTask();
    window.setTimeout(() => void flow.fitView({ padding: 0.12, duration: 300 }), 50);
  } finally {
    currentRun = null;
    useAutoLayout.setState({ running: false });
  }
}

export function cancelAutoLayout() {
  if (currentRun) currentRun.cancel();
  else if (useAutoLayout.getState().running) cancelRequested = true;
}

/**
 * The pointer on "Auto layout" (or focus on it): load and warm up the worker before the
 * click. The first layout otherwise also pays for loading elkjs and running it cold.
 */
export function prepareAutoLayout() {
  // A failure here is reported by the click, which imports the same module.
  void import('@/lib/layout/run-layout').then(({ prepareLayoutWorker }) => prepareLayoutWorker(), () => undefined);
}
