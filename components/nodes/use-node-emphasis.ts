'use client';
import { useBoardStore } from '@/components/editor/board-store';

/** "dimmed" (failure simulation) or "highlighted" (a clicked finding) for one node only. */
export function useNodeEmphasis(id: string): string {
  // One selector (a string compares by value): it runs for every node on every store update.
  return useBoardStore((s) => `${s.dimmedIds.has(id) ? ' is-dimmed' : ''}${s.highlightedIds.has(id) ? ' is-highlighted' : ''}`);
}
