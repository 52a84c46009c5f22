// The four connection handles of a node, computed instead of measured. React Flow normally
// finds handle positions by measuring the handle elements in the DOM, which means every node
// must render its handles all the time: four React Flow Handle components per node, each with
// a store subscription that runs on every update. On a 1,000-node board those 4,000
// subscriptions and elements cost a frame in a selection drag (bench/RESULTS.md). With the
// positions given up front (React Flow's `node.handles`), a node renders its handles only
// when they can be used: under the pointer, selected, or while an edge is being drawn.
//
// The geometry is the one globals.css gives `.node-handle`: a 9 × 9 px box centred on the
// middle of each side (margins of -4.5 px). An e2e test compares it with the DOM.

export const HANDLE_SIZE = 9;
const HALF = HANDLE_SIZE / 2;

export type HandleSideId = 'top' | 'right' | 'bottom' | 'left';

export interface SideHandle {
  id: HandleSideId;
  /** Every side both starts and ends edges (the canvas runs in "loose" connection mode). */
  type: 'source';
  position: HandleSideId;
  /** Top-left corner of the handle box, relative to the node's top-left corner. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export function sideHandles(width: number, height: number): SideHandle[] {
  const box = (id: HandleSideId, x: number, y: number): SideHandle => ({ id, type: 'source', position: id, x, y, width: HANDLE_SIZE, height: HANDLE_SIZE });
  return [
    box('top', width / 2 - HALF, -HALF),
    box('right', width - HALF, height / 2 - HALF),
    box('bottom', width / 2 - HALF, height - HALF),
    box('left', -HALF, height / 2 - HALF),
  ];
}
