'use client';
import { useCallback, useRef, useState } from 'react';
import type { ReactFlowInstance } from '@xyflow/react';
import { applyLayout, toElkGraph, type LayoutDirection } from '@/lib/layout/elk-graph';
import type { LayoutRun } from '@/lib/layout/run-layout';
import type { Size } from '@/lib/model/types';
import { currentDoc, useBoardStore } from './board-store';
import { notify } from './notices';

/**
 * Auto layout with elkjs in a worker. The worker module (and elkjs with it) is imported on
 * first use, keeping ~480 KB gzip out of the board's first load.
 */
export function useAutoLayout(flow: ReactFlowInstance) {
  const [running, setRunning] = useState(false);
  const [direction, setDirection] = useState<LayoutDirection>('RIGHT');
  const current = useRef<LayoutRun | null>(null);

  const run = useCallback(async () => {
    if (current.current) return;
    const doc = currentDoc();
    if (doc.nodes.length === 0) {
      notify.info('Nothing to lay out: the board is empty.');
      return;
    }
    // Measured sizes, for nodes whose content made them bigger than the catalog's default.
    const measured = new Map<string, Size>();
    for (const node of flow.getNodes()) {
      const internal = flow.getInternalNode(node.id);
      if (internal?.measured.width && internal.measured.height) {
        measured.set(node.id, { width: internal.measured.width, height: internal.measured.height });
      }
    }
    setRunning(true);
    const { runLayout } = await import('@/lib/layout/run-layout');
    const layoutRun = runLayout(toElkGraph(doc, direction, measured));
    current.current = layoutRun;
    const outcome = await layoutRun.promise;
    current.current = null;
    setRunning(false);
    if (!outcome.ok) {
      if (outcome.reason === 'cancelled') notify.info(outcome.message);
      else notify.error(outcome.message);
      return;
    }
    // The board may have changed while the worker ran; lay out what it is now.
    useBoardStore.getState().apply((d) => applyLayout(d, outcome.result));
    window.setTimeout(() => void flow.fitView({ padding: 0.12, duration: 300 }), 50);
  }, [direction, flow]);

  const cancel = useCallback(() => current.current?.cancel(), []);
  return { run, cancel, running, direction, setDirection };
}
