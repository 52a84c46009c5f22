'use client';
import { useBoardStore } from '@/components/board/board-store';

/** "dimmed" (failure simulation) or "highlighted" (a clicked finding) for one node only. */
export function useNodeEmphasis(id: string): string {
  const dimmed = useBoardStore((s) => s.dimmedIds.has(id));
  const highlighted = useBoardStore((s) => s.highlightedIds.has(id));
  return `${dimmed ? ' is-dimmed' : ''}${highlighted ? ' is-highlighted' : ''}`;
}
