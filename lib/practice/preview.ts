// A small read-only picture of a board (the template gallery, the practice review):
// rectangles for the nodes and straight lines for the edges, in board coordinates, with a
// viewBox that fits them all. Pure geometry so the component that draws it stays a thin
// map over shapes and lines.
import { getKind, isBoundaryKind, type CategoryId } from '@/lib/catalog';
import { absoluteRect, indexNodes, type Rect } from '@/lib/model/document';
import type { BoardDocument, EdgeKind } from '@/lib/model/types';

export interface PreviewShape {
  id: string;
  kind: string;
  label: string;
  /** For the colour; 'annotations' for unknown kinds. */
  category: CategoryId;
  boundary: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PreviewLine {
  id: string;
  kind: EdgeKind;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface BoardPreview {
  viewBox: Rect;
  /** Boundaries first (outer before inner), then the other nodes, so leaves draw on top. */
  shapes: PreviewShape[];
  lines: PreviewLine[];
  empty: boolean;
}

export interface PreviewOptions {
  /** Space around the board, in board units. */
  padding?: number;
  /** The viewBox is at least this wide and tall, so one node does not fill the whole preview. */
  minWidth?: number;
  minHeight?: number;
}

function centreOf(r: Rect) {
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}

/**
 * Where the segment from the rectangle's centre towards `toward` leaves the rectangle, so
 * a line stops at the node's border instead of running under it. When the other point is
 * inside the rectangle (an edge from a boundary to its own child) the centre is returned.
 */
export function borderPoint(rect: Rect, toward: { x: number; y: number }): { x: number; y: number } {
  const c = centreOf(rect);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const tx = dx === 0 ? Infinity : rect.width / 2 / Math.abs(dx);
  const ty = dy === 0 ? Infinity : rect.height / 2 / Math.abs(dy);
  const t = Math.min(tx, ty);
  if (t >= 1) return c;
  return { x: c.x + dx * t, y: c.y + dy * t };
}

function depthOf(id: string, parents: Map<string, string | undefined>): number {
  let depth = 0;
  const seen = new Set<string>([id]);
  let parent = parents.get(id);
  while (parent && !seen.has(parent)) {
    seen.add(parent);
    depth += 1;
    parent = parents.get(parent);
  }
  return depth;
}

export function boardPreview(doc: BoardDocument, options: PreviewOptions = {}): BoardPreview {
  const padding = options.padding ?? 24;
  const minWidth = options.minWidth ?? 400;
  const minHeight = options.minHeight ?? 240;
  const byId = indexNodes(doc);
  const parents = new Map(doc.nodes.map((n) => [n.id, n.parentId]));

  const rects = new Map<string, Rect>();
  const shapes: PreviewShape[] = doc.nodes.map((node) => {
    const rect = absoluteRect(node, byId);
    rects.set(node.id, rect);
    return {
      id: node.id,
      kind: node.kind,
      label: node.label,
      category: getKind(node.kind)?.category ?? 'annotations',
      boundary: isBoundaryKind(node.kind),
      ...rect,
    };
  });
  // Stable sort: boundaries by depth, then leaves in document order.
  const order = new Map(shapes.map((s, i) => [s.id, i]));
  shapes.sort((a, b) => {
    if (a.boundary !== b.boundary) return a.boundary ? -1 : 1;
    if (a.boundary) {
      const byDepth = depthOf(a.id, parents) - depthOf(b.id, parents);
      if (byDepth !== 0) return byDepth;
    }
    return order.get(a.id)! - order.get(b.id)!;
  });

  const lines: PreviewLine[] = [];
  for (const edge of doc.edges) {
    const source = rects.get(edge.source);
    const target = rects.get(edge.target);
    if (!source || !target) continue; // a dangling edge has nothing to draw between
    const from = borderPoint(source, centreOf(target));
    const to = borderPoint(target, centreOf(source));
    lines.push({ id: edge.id, kind: edge.kind, x1: from.x, y1: from.y, x2: to.x, y2: to.y });
  }

  if (shapes.length === 0) {
    return { viewBox: { x: 0, y: 0, width: minWidth, height: minHeight }, shapes, lines, empty: true };
  }
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const r of rects.values()) {
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.width);
    maxY = Math.max(maxY, r.y + r.height);
  }
  const width = Math.max(maxX - minX + 2 * padding, minWidth);
  const height = Math.max(maxY - minY + 2 * padding, minHeight);
  // Centre the board when the minimum size made the box larger than the board.
  const x = (minX + maxX) / 2 - width / 2;
  const y = (minY + maxY) / 2 - height / 2;
  return { viewBox: { x, y, width, height }, shapes, lines, empty: false };
}
