'use client';
// The practice review's missing roles shown on the live board as ghosts: view state only,
// kept apart from the document so they are never saved, undone, selected or exported.
import { create } from 'zustand';
import { addNode, connect, createNode } from '@/lib/commands/edits';
import { absoluteRect, indexNodes, newId, type Rect } from '@/lib/model/document';
import type { BoardDocument, BoardEdge } from '@/lib/model/types';
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
  /** Its edges to the board components it would connect to, as the reference wires them. */
  edges: readonly BoardEdge[];
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
  /** Turns a ghost into a real component with its edges, as one undo step, and selects it. */
  addToBoard: (ghostId: string) => void;
}

const NONE: readonly ShownGhost[] = [];

export const useGhosts = create<GhostsState>()((set, get) => ({
  boardId: null,
  ghosts: NONE,
  show: (boardId, ghosts) => set({ boardId, ghosts }),
  clear: () => {
    if (get().ghosts.length > 0) set({ boardId: null, ghosts: NONE });
  },
  addToBoard: (ghostId) => {
    const ghost = get().ghosts.find((g) => g.id === ghostId);
    if (!ghost) return;
    const board = useBoardStore.getState();
    const id = newId();
    const real = (end: string) => (end === ghost.id ? id : end);
    board.apply((doc) =>
      ghost.edges.reduce(
        (d, e) => connect(d, { source: real(e.source), target: real(e.target), kind: e.kind }),
        addNode(doc, { ...createNode(ghost.kind, ghost.rect, id), label: ghost.label }),
      ),
    );
    // Refused while the failure simulation runs: the ghost stays.
    if (!useBoardStore.getState().history.present.nodes.some((n) => n.id === id)) return;
    board.select([id]);
    const rest = get().ghosts.filter((g) => g.id !== ghostId);
    set(rest.length > 0 ? { ghosts: rest } : { boardId: null, ghosts: NONE });
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
    for (const edge of ghost.edges) {
      const anchorId = edge.source === ghost.id ? edge.target : edge.source;
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
