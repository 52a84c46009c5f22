'use client';
import { useCallback, useEffect, useRef } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useBoardStore } from '@/components/editor/board-store';

const HIGHLIGHT_MS = 4000;
/** The least zoom a focused finding gets, so component titles stay readable. */
export const FOCUS_MIN_ZOOM = 0.75;

/** Selects the given nodes, flashes them and zooms the view onto them (a clicked finding). */
export function useFocusNodes(): (ids: readonly string[]) => void {
  const { fitView } = useReactFlow();
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return useCallback(
    (ids: readonly string[]) => {
      const store = useBoardStore.getState();
      const present = new Set(store.history.present.nodes.map((n) => n.id));
      const existing = ids.filter((id) => present.has(id));
      if (existing.length === 0) return;
      // In the failure simulation the board is read-only: zoom, but do not select.
      if (!store.simulation) store.select(existing);
      store.setHighlighted(existing);
      void fitView({ nodes: existing.map((id) => ({ id })), padding: 0.3, minZoom: FOCUS_MIN_ZOOM, maxZoom: 1.25, duration: 300 });
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => useBoardStore.getState().setHighlighted([]), HIGHLIGHT_MS);
    },
    [fitView],
  );
}
