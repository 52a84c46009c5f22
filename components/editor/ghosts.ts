'use client';
// The practice review's missing roles shown on the live board as ghosts: view state only,
// kept apart from the document so they are never saved, undone, selected or exported.
import { create } from 'zustand';
import { absoluteRect, indexNodes, type Rect } from '@/lib/model/document';
import type { BoardDocument } from '@/lib/model/types';
import { borderPoint } from '@/lib/practice/preview';
import { useBoardStore } from './board-store';

export interface ShownGhost {
  id: string;
  kind: string;
  /** "A/B test router" */
  label: string;
  /** Why the interviewer misses it, one sentence. */
  why: string;
  /** Where it stands, in flow coordinates. */
  rect: Rect;
  /** Board components it would connect to. */
  anchorIds: readonly string[];
}

export interface GhostLink {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

interface GhostsState {
  /** The board the ghosts were placed on; another board never shows them. */
  boardId: string | null;
  ghosts: readonly ShownGhost[];
  show: (boardId: string | null, ghosts: readonly ShownGhost[]) => void;
  clear: () => void;
}

const NONE: readonly ShownGhost[] = [];

export const useGhosts = create<GhostsState>()((set, get) => ({
  boardId: null,
  ghosts: NONE,
  show: (boardId, ghosts) => set({ boardId, ghosts }),
  clear: () => {
    if (get().ghosts.length > 0) set({ boardId: null, ghosts: NONE });
  },
}));

// Opening, importing or starting another board swaps the document: its ghosts go with it.
useBoardStore.subscribe((state, previous) => {
  if (state.loadCount !== previous.loadCount) useGhosts.getState().clear();
});

/** Dashed links from each ghost to the components it would connect to, border to border, where they stand now. */
export function ghostLinks(ghosts: readonly ShownGhost[], doc: BoardDocument): GhostLink[] {
  const byId = indexNodes(doc);
  const links: GhostLink[] = [];
  for (const ghost of ghosts) {
    for (const anchorId of ghost.anchorIds) {
      const anchor = byId.get(anchorId);
      if (!anchor) continue;
      const rect = absoluteRect(anchor, byId);
      const from = borderPoint(ghost.rect, { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 });
      const to = borderPoint(rect, { x: ghost.rect.x + ghost.rect.width / 2, y: ghost.rect.y + ghost.rect.height / 2 });
      links.push({ id: `${ghost.id}->${anchorId}`, x1: from.x, y1: from.y, x2: to.x, y2: to.y });
    }
  }
  return links;
}
