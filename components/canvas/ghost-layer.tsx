'use client';
// Where the practice review's ghosts join the canvas: nothing is loaded until there are
// ghosts to show, and only the board they were placed on shows them.
import { lazy, Suspense } from 'react';
import { useBoardSession } from '@/components/editor/board-session';
import { useGhosts } from '@/components/editor/ghosts';

const GhostOverlay = lazy(() => import('./ghost-overlay'));

export function GhostLayer() {
  const ghosts = useGhosts((s) => s.ghosts);
  const owner = useGhosts((s) => s.boardId);
  const boardId = useBoardSession((s) => s.boardId);
  if (ghosts.length === 0 || owner !== boardId) return null;
  return (
    <Suspense fallback={null}>
      <GhostOverlay ghosts={ghosts} />
    </Suspense>
  );
}
