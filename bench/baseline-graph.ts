// The baseline page's input: the same graph as a board, as plain React Flow default nodes
// (label only, same ids, positions, parents and sizes) and plain edges — none of our node
// components, store or adapters — so ours / baseline isolates the cost of the app's own logic.
import { nodeSize } from '@/lib/model/document';
import type { BoardDocument } from '@/lib/model/types';

export interface BaselineNode {
  id: string;
  position: { x: number; y: number };
  data: { label: string };
  parentId?: string;
  style: { width: number; height: number };
}

export interface BaselineEdge {
  id: string;
  source: string;
  target: string;
}

export interface BaselineGraph {
  nodes: BaselineNode[];
  edges: BaselineEdge[];
}

/** Where the bench puts the graph (with page.addInitScript) before the baseline page loads. */
export const BASELINE_GRAPH_GLOBAL = '__BENCH_BASELINE_GRAPH__';
/** Optional canvas size, so the baseline draws into a box as big as the editor's canvas. */
export const BASELINE_SIZE_GLOBAL = '__BENCH_BASELINE_SIZE__';

export function toBaselineGraph(doc: BoardDocument): BaselineGraph {
  return {
    nodes: doc.nodes.map((node) => {
      const { width, height } = nodeSize(node);
      const plain: BaselineNode = { id: node.id, position: { ...node.position }, data: { label: node.label }, style: { width, height } };
      if (node.parentId) plain.parentId = node.parentId;
      return plain;
    }),
    edges: doc.edges.map((edge) => ({ id: edge.id, source: edge.source, target: edge.target })),
  };
}
