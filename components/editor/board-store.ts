'use client';
// The editor's state: the document history (lib/commands/history) plus what is not part of
// the document — selection, view toggles. Components subscribe to the narrowest slice they
// need so that a drag re-renders the dragged node, not the whole board.
import { create } from 'zustand';
import {
  breakCoalescing,
  cancelGesture,
  createHistory,
  endGesture,
  record,
  redo,
  undo,
  type History,
  type RecordOptions,
} from '@/lib/commands/history';
import { createEmptyDocument } from '@/lib/model/document';
import type { BoardDocument } from '@/lib/model/types';

export type ThemePreference = 'system' | 'light' | 'dark';

export interface Selection {
  nodeIds: ReadonlySet<string>;
  edgeIds: ReadonlySet<string>;
}

const EMPTY: ReadonlySet<string> = new Set();

/**
 * Failure simulation mode: the board is read-only and clicking a component fails it. Lives
 * outside the document, so it is never saved and never an undo step.
 */
export interface FailureSimulationState {
  failedIds: ReadonlySet<string>;
  /** Failed components that lose every replica (a bad deploy) rather than one instance. */
  allReplicasIds: ReadonlySet<string>;
  /** Restored when the simulation ends, so leaving the mode leaves the editor as it was. */
  selectionBefore: Selection;
}

export interface BoardState {
  history: History;
  selection: Selection;
  /** Nodes to emphasise (e.g. a clicked checklist finding); the rest is not dimmed. */
  highlightedIds: ReadonlySet<string>;
  /** Nodes greyed out by the failure simulation; never saved, never an undo step. */
  dimmedIds: ReadonlySet<string>;
  /** Nodes left off the canvas by the study build-up; a view filter, never saved, never an undo step. */
  hiddenIds: ReadonlySet<string>;
  snapToGrid: boolean;
  theme: ThemePreference;
  /** Bumped when the whole document is swapped (open, import) so the view refits. */
  loadCount: number;
  /** Set while "Simulate failure" is on; edits, undo and redo are refused meanwhile. */
  simulation: FailureSimulationState | null;

  /** Applies a pure edit to the document as one undo step (or part of one). */
  apply: (edit: (doc: BoardDocument) => BoardDocument, options?: RecordOptions) => void;
  endGesture: () => void;
  /** Abandons the running gesture: the board returns to where it started, no undo step. */
  cancelGesture: () => void;
  breakCoalescing: () => void;
  undo: () => void;
  redo: () => void;
  /** Replaces the board (open, import, new): a fresh history. */
  load: (doc: BoardDocument) => void;
  /** Takes the same board as saved by another tab: fresh history, same view and selection. */
  replaceFromElsewhere: (doc: BoardDocument) => void;
  select: (nodeIds: Iterable<string>, edgeIds?: Iterable<string>) => void;
  setSelection: (selection: Selection) => void;
  setHighlighted: (ids: Iterable<string>) => void;
  setDimmed: (ids: Iterable<string>) => void;
  setHidden: (ids: Iterable<string>) => void;
  toggleSnap: () => void;
  setTheme: (theme: ThemePreference) => void;
  startSimulation: () => void;
  endSimulation: () => void;
  /** Fails a component (or boundary) in the simulation, or brings it back. */
  toggleFailed: (id: string) => void;
  /** Whether a failed component loses all its replicas (a bad deploy) or just one. */
  setAllReplicasFailed: (id: string, all: boolean) => void;
}

/** Drops selected ids that no longer exist (after undo, delete …) without touching the rest. */
function pruneSelection(selection: Selection, doc: BoardDocument): Selection {
  if (selection.nodeIds.size === 0 && selection.edgeIds.size === 0) return selection;
  const nodeIds = new Set([...selection.nodeIds].filter((id) => doc.nodes.some((n) => n.id === id)));
  const edgeIds = new Set([...selection.edgeIds].filter((id) => doc.edges.some((e) => e.id === id)));
  if (nodeIds.size === selection.nodeIds.size && edgeIds.size === selection.edgeIds.size) return selection;
  return { nodeIds, edgeIds };
}

export const useBoardStore = create<BoardState>()((set, get) => ({
  history: createHistory(createEmptyDocument()),
  selection: { nodeIds: EMPTY, edgeIds: EMPTY },
  highlightedIds: EMPTY,
  dimmedIds: EMPTY,
  hiddenIds: EMPTY,
  snapToGrid: true,
  theme: 'system',
  loadCount: 0,
  simulation: null,

  apply: (edit, options) => {
    // The simulation must leave the board untouched: no edit gets through while it runs.
    if (get().simulation) return;
    const { history } = get();
    const next = edit(history.present);
    if (next === history.present) return;
    set({ history: record(history, next, options) });
  },
  endGesture: () => {
    const { history } = get();
    if (history.gestureBase) set({ history: endGesture(history) });
  },
  cancelGesture: () => {
    const { history } = get();
    if (history.gestureBase) set({ history: cancelGesture(history), selection: pruneSelection(get().selection, history.gestureBase) });
  },
  breakCoalescing: () => set({ history: breakCoalescing(get().history) }),
  undo: () => {
    if (get().simulation) return;
    const history = undo(get().history);
    set({ history, selection: pruneSelection(get().selection, history.present) });
  },
  redo: () => {
    if (get().simulation) return;
    const history = redo(get().history);
    set({ history, selection: pruneSelection(get().selection, history.present) });
  },
  load: (doc) =>
    set({
      history: createHistory(doc),
      selection: { nodeIds: EMPTY, edgeIds: EMPTY },
      highlightedIds: EMPTY,
      dimmedIds: EMPTY,
      hiddenIds: EMPTY,
      simulation: null,
      loadCount: get().loadCount + 1,
    }),
  replaceFromElsewhere: (doc) =>
    set({ history: createHistory(doc), selection: pruneSelection(get().selection, doc) }),
  select: (nodeIds, edgeIds = []) => set({ selection: { nodeIds: new Set(nodeIds), edgeIds: new Set(edgeIds) } }),
  setSelection: (selection) => set({ selection }),
  setHighlighted: (ids) => set({ highlightedIds: new Set(ids) }),
  setDimmed: (ids) => set({ dimmedIds: new Set(ids) }),
  setHidden: (ids) => {
    const hiddenIds = new Set(ids);
    if (hiddenIds.size > 0 || get().hiddenIds.size > 0) set({ hiddenIds: hiddenIds.size > 0 ? hiddenIds : EMPTY });
  },
  toggleSnap: () => set({ snapToGrid: !get().snapToGrid }),
  setTheme: (theme) => set({ theme }),
  startSimulation: () => {
    if (get().simulation) return;
    set({
      simulation: { failedIds: EMPTY, allReplicasIds: EMPTY, selectionBefore: get().selection },
      selection: { nodeIds: EMPTY, edgeIds: EMPTY },
      highlightedIds: EMPTY,
    });
  },
  endSimulation: () => {
    const { simulation, history } = get();
    if (!simulation) return;
    set({ simulation: null, dimmedIds: EMPTY, selection: pruneSelection(simulation.selectionBefore, history.present) });
  },
  toggleFailed: (id) => {
    const { simulation } = get();
    if (!simulation) return;
    const failedIds = new Set(simulation.failedIds);
    const allReplicasIds = new Set(simulation.allReplicasIds);
    // Brought back, it comes back whole: failing it again starts from one replica.
    if (failedIds.delete(id)) allReplicasIds.delete(id);
    else failedIds.add(id);
    set({ simulation: { ...simulation, failedIds, allReplicasIds } });
  },
  setAllReplicasFailed: (id, all) => {
    const { simulation } = get();
    if (!simulation || !simulation.failedIds.has(id)) return;
    const allReplicasIds = new Set(simulation.allReplicasIds);
    if (all) allReplicasIds.add(id);
    else allReplicasIds.delete(id);
    set({ simulation: { ...simulation, allReplicasIds } });
  },
}));

/** Convenience for event handlers outside React render. */
export function currentDoc(): BoardDocument {
  return useBoardStore.getState().history.present;
}
