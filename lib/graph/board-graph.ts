// The board as a directed graph. Edge direction is the direction of the request or data
// flow (client → gateway → service → cache → DB; registry → model server). Built once
// per evaluation and shared by every algorithm in lib/graph and every checklist rule.
import type { BoardDocument, BoardEdge, BoardNode, EdgeKind } from '@/lib/model/types';
import { EDGE_KINDS } from '@/lib/model/types';

export interface BoardGraph {
  readonly doc: BoardDocument;
  readonly byId: ReadonlyMap<string, BoardNode>;
  /** Edges leaving each node (every node has an entry, possibly empty). */
  readonly outgoing: ReadonlyMap<string, readonly BoardEdge[]>;
  /** Edges arriving at each node (every node has an entry, possibly empty). */
  readonly incoming: ReadonlyMap<string, readonly BoardEdge[]>;
  /** The edges kept: both endpoints exist and differ. */
  readonly edges: readonly BoardEdge[];
}

export const ALL_EDGE_KINDS: ReadonlySet<EdgeKind> = new Set(EDGE_KINDS);

/**
 * Edges that carry a user's request while it is being served, or work it triggers right
 * away (an async message to a worker, an event on a stream). Batch edges are offline data
 * flows (nightly ETL, training data, model artefacts) and are not part of a request path.
 */
export const ONLINE_EDGE_KINDS: ReadonlySet<EdgeKind> = new Set<EdgeKind>(['sync', 'async', 'stream']);

export function buildBoardGraph(doc: BoardDocument): BoardGraph {
  const byId = new Map<string, BoardNode>();
  const outgoing = new Map<string, BoardEdge[]>();
  const incoming = new Map<string, BoardEdge[]>();
  for (const node of doc.nodes) {
    byId.set(node.id, node);
    outgoing.set(node.id, []);
    incoming.set(node.id, []);
  }
  const edges: BoardEdge[] = [];
  for (const edge of doc.edges) {
    // A dangling or self edge says nothing about how traffic flows; ignore it rather than throw.
    if (edge.source === edge.target) continue;
    const out = outgoing.get(edge.source);
    const inc = incoming.get(edge.target);
    if (!out || !inc) continue;
    out.push(edge);
    inc.push(edge);
    edges.push(edge);
  }
  return { doc, byId, outgoing, incoming, edges };
}

/** Ids of nodes joined to `id` by an edge in either direction (any kind), without duplicates. */
export function neighbourIds(graph: BoardGraph, id: string): string[] {
  const out = new Set<string>();
  for (const e of graph.outgoing.get(id) ?? []) out.add(e.target);
  for (const e of graph.incoming.get(id) ?? []) out.add(e.source);
  return [...out];
}

// The boundary nesting index lives with descendantIds in lib/model/document; re-exported so
// graph code keeps one import.
export { childrenByParent, descendantsOf } from '@/lib/model/document';
