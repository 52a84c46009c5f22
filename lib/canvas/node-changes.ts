// What a batch of React Flow node (and edge) changes means for the board: moves, resizes and
// a new selection. React Flow reports every pointer step, measurement and click as a list of
// changes; the board applies them as its own edits.
import type { Point, Size } from '@/lib/model/types';

/** The React Flow change shapes read here (structurally, @xyflow/system's NodeChange). */
export type NodeChangeLike =
  | { type: 'position'; id: string; position?: Point; dragging?: boolean }
  | { type: 'dimensions'; id: string; dimensions?: Size; setAttributes?: boolean | 'width' | 'height' }
  | { type: 'select'; id: string; selected: boolean }
  | { type: 'add' | 'remove' | 'replace' };

export interface NodeResize {
  id: string;
  size: Size;
  /** Where the resize moved the node (a resize from the top or left edge), if it did. */
  position?: Point;
}

export interface NodeChangesEffect {
  /** Rounded positions of moved nodes; a resized node's move travels with its resize instead. */
  positions: Map<string, Point>;
  /** Resizes made with the resize handles, in the order reported. */
  resizes: NodeResize[];
  /** The selected ids after the changes; null when no selection change was reported. */
  selection: Set<string> | null;
}

const rounded = (p: Point): Point => ({ x: Math.round(p.x), y: Math.round(p.y) });

/**
 * The rounded positions of a batch that is nothing but drag steps, or null when the batch
 * holds anything else: drag steps go through a per-task batch, everything else at once.
 */
export function dragStepPositions(changes: readonly NodeChangeLike[]): [string, Point][] | null {
  const steps: [string, Point][] = [];
  for (const change of changes) {
    if (change.type !== 'position' || !change.dragging || !change.position) return null;
    steps.push([change.id, rounded(change.position)]);
  }
  return steps;
}

/** The selection after a batch of select changes, or null when the batch has none. */
export function selectionAfter(changes: readonly { type: string; id?: string; selected?: boolean }[], selected: Iterable<string>): Set<string> | null {
  let next: Set<string> | null = null;
  for (const change of changes) {
    if (change.type !== 'select' || change.id === undefined) continue;
    next ??= new Set(selected);
    if (change.selected) next.add(change.id);
    else next.delete(change.id);
  }
  return next;
}

/** Reads a batch of node changes against the current selection. */
export function readNodeChanges(changes: readonly NodeChangeLike[], selected: Iterable<string>): NodeChangesEffect {
  const positions = new Map<string, Point>();
  const resizes: NodeResize[] = [];
  for (const change of changes) {
    if (change.type === 'position' && change.position) {
      positions.set(change.id, rounded(change.position));
    } else if (change.type === 'dimensions' && change.setAttributes && change.dimensions) {
      // Only NodeResizer sets attributes; plain DOM measurements are ignored (sizes come from the catalog).
      const { width, height } = change.dimensions;
      const moved = positions.get(change.id);
      resizes.push(moved ? { id: change.id, size: { width, height }, position: moved } : { id: change.id, size: { width, height } });
      positions.delete(change.id);
    }
  }
  return { positions, resizes, selection: selectionAfter(changes, selected) };
}
