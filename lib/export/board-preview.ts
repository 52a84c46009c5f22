// A miniature of a board, computed from the document itself (never a stored image): the
// rectangles of every node and a straight line per edge, scaled to fit a box. The gallery
// draws it as SVG; being pure, the geometry is tested in node.
import { getKind, isBoundaryKind, type CategoryId } from '@/lib/catalog';
import { absoluteRect, boardBounds, indexNodes, type Rect } from '@/lib/model/document';
import type { BoardDocument, BoardNode, EdgeKind, Point, Size } from '@/lib/model/types';

export interface PreviewRect extends Rect {
  id: string;
  label: string;
  /** The catalog category, for the colour; unknown kinds fall back to 'annotations'. */
  category: CategoryId;
  boundary: boolean;
  /** How many boundaries enclose this node: boundaries are drawn outermost first. */
  depth: number;
}

export interface PreviewLine {
  id: string;
  kind: EdgeKind;
  from: Point;
  to: Point;
}

export interface BoardPreview {
  /** The box the preview was fitted into. */
  width: number;
  height: number;
  /** Board units → preview units. */
  scale: number;
  /** In drawing order: boundaries (outermost first), then components and notes. */
  rects: PreviewRect[];
  lines: PreviewLine[];
}

export interface PreviewOptions {
  /** Empty space kept on every side, in preview units. */
  padding?: number;
  /** Never enlarge a small board past this (a board of two boxes should not fill the card). */
  maxScale?: number;
}

/** Components on a board: everything except boundaries and free-text notes. */
export function countComponents(doc: BoardDocument): number {
  return doc.nodes.filter((n) => !isBoundaryKind(n.kind) && n.kind !== 'note').length;
}

function depthOf(node: BoardNode, byId: Map<string, BoardNode>): number {
  let depth = 0;
  let parentId = node.parentId;
  const seen = new Set<string>([node.id]);
  while (parentId && !seen.has(parentId)) {
    seen.add(parentId);
    const parent = byId.get(parentId);
    if (!parent) break;
    depth += 1;
    parentId = parent.parentId;
  }
  return depth;
}

function centre(r: Rect): Point {
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}

/**
 * Where the ray from the rectangle's centre towards `toward` leaves the rectangle, so an
 * edge line starts at a box's border and not under it.
 */
export function exitPoint(r: Rect, toward: Point): Point {
  const c = centre(r);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const tx = dx === 0 ? Infinity : r.width / 2 / Math.abs(dx);
  const ty = dy === 0 ? Infinity : r.height / 2 / Math.abs(dy);
  const t = Math.min(tx, ty, 1);
  return { x: c.x + dx * t, y: c.y + dy * t };
}

/** Fits the board into `box`, centred, keeping its aspect ratio. */
export function computeBoardPreview(doc: BoardDocument, box: Size, options: PreviewOptions = {}): BoardPreview {
  const padding = options.padding ?? 6;
  const maxScale = options.maxScale ?? 1;
  const empty: BoardPreview = { width: box.width, height: box.height, scale: 1, rects: [], lines: [] };
  const bounds = boardBounds(doc);
  if (!bounds) return empty;

  const innerWidth = Math.max(1, box.width - 2 * padding);
  const innerHeight = Math.max(1, box.height - 2 * padding);
  const scale = Math.min(innerWidth / Math.max(1, bounds.width), innerHeight / Math.max(1, bounds.height), maxScale);
  const offsetX = padding + (innerWidth - bounds.width * scale) / 2;
  const offsetY = padding + (innerHeight - bounds.height * scale) / 2;
  const toPreview = (r: Rect): Rect => ({
    x: offsetX + (r.x - bounds.x) * scale,
    y: offsetY + (r.y - bounds.y) * scale,
    width: r.width * scale,
    height: r.height * scale,
  });

  const byId = indexNodes(doc);
  const rectById = new Map<string, PreviewRect>();
  for (const node of doc.nodes) {
    rectById.set(node.id, {
      id: node.id,
      label: node.label,
      category: getKind(node.kind)?.category ?? 'annotations',
      boundary: isBoundaryKind(node.kind),
      depth: depthOf(node, byId),
      ...toPreview(absoluteRect(node, byId)),
    });
  }
  // Boundaries behind everything, outer before inner; the sort is stable for the rest.
  const rects = [...rectById.values()].sort((a, b) => {
    if (a.boundary !== b.boundary) return a.boundary ? -1 : 1;
    return a.boundary ? a.depth - b.depth : 0;
  });

  const lines: PreviewLine[] = [];
  for (const edge of doc.edges) {
    const source = rectById.get(edge.source);
    const target = rectById.get(edge.target);
    if (!source || !target || source === target) continue;
    lines.push({
      id: edge.id,
      kind: edge.kind,
      from: exitPoint(source, centre(target)),
      to: exitPoint(target, centre(source)),
    });
  }
  return { width: box.width, height: box.height, scale, rects, lines };
}
