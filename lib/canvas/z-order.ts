// Stacking on the canvas. React Flow lifts a selected node above everything (by
// SELECTED_NODE_Z); a selected boundary lifted that way would cover the components drawn in
// it, which then could not be clicked or dragged. So a boundary cancels the lift.

/** What React Flow adds to the z-index of a selected node (@xyflow/system's SELECTED_NODE_Z). */
export const SELECTED_NODE_LIFT = 1000;

/** Behind the components: a boundary's z-index, the same on screen whether selected or not. */
export function boundaryZIndex(selected: boolean): number {
  return selected ? -1 - SELECTED_NODE_LIFT : -1;
}
