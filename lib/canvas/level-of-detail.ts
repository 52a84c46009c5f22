// Level of detail of the canvas. Below LOW_DETAIL_ZOOM the small print — a node's facts line
// and edge labels, 11–11.5 px, so under 4.5 px on screen — is unreadable: the canvas drops it
// and hides idle handles (CSS `.is-zoomed-out`). Below OVERVIEW_ZOOM even a 13 px label is
// under 4 px: components become tinted boxes without text or icon and edges lose their dashes
// (`.is-overview`), the way a minimap draws them. Painting a thousand illegible labels, icons
// and sub-pixel dash patterns is what made panning and dragging a large board slow
// (bench/RESULTS.md). Zooming in brings everything back; exports always have full detail.

export const LOW_DETAIL_ZOOM = 0.4;
export const OVERVIEW_ZOOM = 0.3;

export type Detail = 'full' | 'reduced' | 'overview';

export function detailAt(zoom: number): Detail {
  return zoom < OVERVIEW_ZOOM ? 'overview' : zoom < LOW_DETAIL_ZOOM ? 'reduced' : 'full';
}

/** The canvas's classes for each level (app/globals.css). */
export const DETAIL_CLASS: Record<Detail, string> = { full: '', reduced: ' is-zoomed-out', overview: ' is-zoomed-out is-overview' };
