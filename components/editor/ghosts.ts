'use client';
// The practice review's missing roles shown on the live board as ghosts: view state only,
// kept apart from the document so they are never saved, undone, selected or exported.
import { create } from 'zustand';
import type { ShownGhost } from '@/lib/practice/ghosts';
import { useBoardStore } from './board-store';

interface GhostsState {
  /** The board the ghosts were placed on; another board never shows them. */
  boardId: string | null;
  ghosts: readonly ShownGhost[];
  show: (boardId: string | null, ghosts: readonly ShownGhost[]) => void;
  /** Takes one ghost away (it was added to the board). */
  remove: (ghostId: string) => void;
  clear: () => void;
}

const NONE: readonly ShownGhost[] = [];

export const useGhosts = create<GhostsState>()((set, get) => ({
  boardId: null,
  ghosts: NONE,
  show: (boardId, ghosts) => set({ boardId, ghosts }),
  remove: (ghostId) => {
    const rest = get().ghosts.filter((g) => g.id !== ghostId);
    set(rest.length > 0 ? { ghosts: rest } : { boardId: null, ghosts: NONE });
  },
  clear: () => {
    if (get().ghosts.length > 0) set({ boardId: null, ghosts: NONE });
  },
}));

// Opening, importing or starting another board swaps the document: its ghosts go with it.
useBoardStore.subscribe((state, previous) => {
  if (state.loadCount !== previous.loadCount) useGhosts.getState().clear();
});
