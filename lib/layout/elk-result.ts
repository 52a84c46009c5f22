// What a finished ELK layout is reduced to before it leaves the worker: positions and boundary
// sizes only. ELK's full output (edge routes, options, every input field echoed back) was a
// large structured clone for the main thread to read in the same task that applies it.
// Kept apart from elk-graph.ts so the worker does not load the catalog.
import type { Point, Size } from '@/lib/model/types';

/** A node of an ELK graph, as sent (sizes) and as laid out (positions added). */
export interface ElkNode {
  id: string;
  width?: number;
  height?: number;
  x?: number;
  y?: number;
  children?: ElkNode[];
  layoutOptions?: Record<string, string>;
}

export interface LayoutResult {
  positions: Map<string, Point>;
  sizes: Map<string, Size>;
}

/** Reads positions (relative to the parent, as our model stores them) and boundary sizes. */
export function fromElkGraph(laidOut: ElkNode): LayoutResult {
  const positions = new Map<string, Point>();
  const sizes = new Map<string, Size>();
  const visit = (node: ElkNode) => {
    for (const child of node.children ?? []) {
      positions.set(child.id, { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) });
      if (child.children || child.layoutOptions) {
        sizes.set(child.id, { width: Math.round(child.width ?? 0), height: Math.round(child.height ?? 0) });
      }
      visit(child);
    }
  };
  visit(laidOut);
  return { positions, sizes };
}


/**
 * Splits a layout into parts of at most `nodesPerPart` nodes, in the result's order (a parent
 * before its members), each boundary's size travelling with its position (fromElkGraph gives
 * every sized node a position). Applying a large
 * layout part by part, a task each, keeps every task short: React re-renders each moved node
 * and its edges synchronously.
 */
export function splitLayoutResult(result: LayoutResult, nodesPerPart: number): LayoutResult[] {
  const size = Math.max(1, Math.floor(nodesPerPart));
  const parts: LayoutResult[] = [];
  let part: LayoutResult | null = null;
  for (const [id, position] of result.positions) {
    if (!part || part.positions.size >= size) {
      part = { positions: new Map(), sizes: new Map() };
      parts.push(part);
    }
    part.positions.set(id, position);
    const boundarySize = result.sizes.get(id);
    if (boundarySize) part.sizes.set(id, boundarySize);
  }
  return parts;
}
