// Measures how clean a laid-out board is, so layout options can be compared by numbers
// (bench/layout-bench.ts) and the unit tests can assert the properties a user sees:
// nothing overlaps, members stay inside their boundary, the flow goes one way.
import { absoluteRect, boardBounds, indexNodes, type Rect } from '@/lib/model/document';
import type { BoardDocument, BoardNode } from '@/lib/model/types';
import type { LayoutDirection } from './elk-graph';

export interface LayoutQuality {
  /** Pairs of items that overlap though neither contains the other (leaves or boundaries). */
  overlaps: number;
  /** Members whose box leaves their parent boundary's box. */
  escapedMembers: number;
  /** Edges whose target starts before its source ends, along the layout direction. */
  backwardEdges: number;
  /** Backward edges that close no loop: a loop (retraining, feedback) must go back somewhere, these need not. */
  backwardEdgesOffLoops: number;
  /** Crossings between edges drawn as straight lines from centre to centre (a proxy for clutter). */
  crossings: number;
  /** Bounding box of the whole board. */
  width: number;
  height: number;
}

function overlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(inner: Rect, outer: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

function ancestorsOf(node: BoardNode, byId: Map<string, BoardNode>): Set<string> {
  const ancestors = new Set<string>();
  for (let parent = node.parentId; parent && !ancestors.has(parent); parent = byId.get(parent)?.parentId) ancestors.add(parent);
  return ancestors;
}

/** Whether `to` can be reached from `from` along the board's edges. */
function reaches(from: string, to: string, targetsOf: Map<string, string[]>): boolean {
  const seen = new Set([from]);
  const stack = [from];
  while (stack.length) {
    const id = stack.pop()!;
    if (id === to) return true;
    for (const next of targetsOf.get(id) ?? []) if (!seen.has(next)) (seen.add(next), stack.push(next));
  }
  return false;
}

type Segment = { x1: number; y1: number; x2: number; y2: number; source: string; target: string };

function segmentsCross(a: Segment, b: Segment): boolean {
  // Edges that share an endpoint meet there; that is not a crossing.
  if (a.source === b.source || a.source === b.target || a.target === b.source || a.target === b.target) return false;
  const orientation = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) => Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));
  const o1 = orientation(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1);
  const o2 = orientation(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2);
  const o3 = orientation(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1);
  const o4 = orientation(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2);
  return o1 * o2 < 0 && o3 * o4 < 0;
}

export function measureLayoutQuality(doc: BoardDocument, direction: LayoutDirection = 'RIGHT'): LayoutQuality {
  const byId = indexNodes(doc);
  const rects = new Map(doc.nodes.map((n) => [n.id, absoluteRect(n, byId)]));
  const ancestors = new Map(doc.nodes.map((n) => [n.id, ancestorsOf(n, byId)]));

  let overlaps = 0;
  for (let i = 0; i < doc.nodes.length; i++) {
    for (let j = i + 1; j < doc.nodes.length; j++) {
      const a = doc.nodes[i];
      const b = doc.nodes[j];
      if (ancestors.get(a.id)!.has(b.id) || ancestors.get(b.id)!.has(a.id)) continue;
      if (overlap(rects.get(a.id)!, rects.get(b.id)!)) overlaps++;
    }
  }

  let escapedMembers = 0;
  for (const node of doc.nodes) {
    if (node.parentId && byId.has(node.parentId) && !inside(rects.get(node.id)!, rects.get(node.parentId)!)) escapedMembers++;
  }

  let backwardEdges = 0;
  let backwardEdgesOffLoops = 0;
  const targetsOf = new Map<string, string[]>();
  for (const edge of doc.edges) targetsOf.set(edge.source, [...(targetsOf.get(edge.source) ?? []), edge.target]);
  const segments: Segment[] = [];
  for (const edge of doc.edges) {
    const s = rects.get(edge.source);
    const t = rects.get(edge.target);
    if (!s || !t || edge.source === edge.target) continue;
    const forward = direction === 'RIGHT' ? t.x >= s.x + s.width : t.y >= s.y + s.height;
    if (!forward) {
      backwardEdges++;
      if (!reaches(edge.target, edge.source, targetsOf)) backwardEdgesOffLoops++;
    }
    segments.push({ x1: s.x + s.width / 2, y1: s.y + s.height / 2, x2: t.x + t.width / 2, y2: t.y + t.height / 2, source: edge.source, target: edge.target });
  }
  let crossings = 0;
  for (let i = 0; i < segments.length; i++) for (let j = i + 1; j < segments.length; j++) if (segmentsCross(segments[i], segments[j])) crossings++;

  const bounds = boardBounds(doc);
  return { overlaps, escapedMembers, backwardEdges, backwardEdgesOffLoops, crossings, width: Math.round(bounds?.width ?? 0), height: Math.round(bounds?.height ?? 0) };
}
