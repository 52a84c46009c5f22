// A connection just drawn asks for its label field to take focus once the inspector shows it,
// so the label can be typed at once; selecting an existing edge does not move focus.
let requestedEdgeId: string | null = null;

export function requestEdgeLabelFocus(edgeId: string): void {
  requestedEdgeId = edgeId;
}

/** True once for the edge that asked for focus. */
export function takeEdgeLabelFocus(edgeId: string): boolean {
  if (requestedEdgeId !== edgeId) return false;
  requestedEdgeId = null;
  return true;
}
