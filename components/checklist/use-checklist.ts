'use client';
// Runs the checklist off the editing hot path: 150 ms after the board last changed, and
// never in the middle of a drag (the board changes on every drag step, but history records the
// gesture once, when it ends; the review waits for that). Subscribes to the store directly so a drag does not re-render the panel.
import { useEffect, useState } from 'react';
import { buildAnalysisContext, costRollupOf, evaluateChecklistWith, type ChecklistResult, type CostRollup } from '@/lib/checklist';
import type { BoardDocument } from '@/lib/model/types';
import { useBoardStore } from '@/components/editor/board-store';
import { useChecklistScope } from './checklist-scope';

export const CHECKLIST_DEBOUNCE_MS = 150;

export interface BoardReview {
  checklist: ChecklistResult;
  cost: CostRollup;
  /** The document the review was computed from. */
  doc: BoardDocument;
}

function review(doc: BoardDocument): BoardReview {
  // One analysis (graph, paths, single points of failure) serves the rules and the roll-up.
  const ctx = buildAnalysisContext(doc);
  return { checklist: evaluateChecklistWith(ctx, useChecklistScope.getState().scope), cost: costRollupOf(ctx), doc };
}

export function useBoardReview(): BoardReview {
  const [state, setState] = useState<BoardReview>(() => review(useBoardStore.getState().history.present));

  useEffect(() => {
    let timer: number | undefined;
    let reviewed: BoardDocument | null = null;
    const schedule = () => {
      const { history } = useBoardStore.getState();
      window.clearTimeout(timer);
      // Mid-gesture: wait; endGesture changes the history and schedules again.
      if (history.gestureBase || history.present === reviewed) return;
      timer = window.setTimeout(() => {
        const doc = useBoardStore.getState().history.present;
        reviewed = doc;
        setState(review(doc));
      }, CHECKLIST_DEBOUNCE_MS);
    };
    const unsubscribe = useBoardStore.subscribe((s, prev) => {
      if (s.history !== prev.history) schedule();
    });
    // A new prompt scope re-reviews the same document.
    const unsubscribeScope = useChecklistScope.subscribe(() => {
      reviewed = null;
      schedule();
    });
    schedule();
    return () => {
      unsubscribe();
      unsubscribeScope();
      window.clearTimeout(timer);
    };
  }, []);

  return state;
}
