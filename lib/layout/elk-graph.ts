// Pure conversion between a board and an ELK graph, so the worker holds no logic of its own
// and both directions are unit-tested in node.
import { isBoundaryKind } from '@/lib/catalog';
import { nodeSize, sortParentsFirst } from '@/lib/model/document';
import type { BoardDocument, BoardNode, Point, Size } from '@/lib/model/types';
import type { ElkNode, LayoutResult } from './elk-result';

export type LayoutDirection = 'RIGHT' | 'DOWN';


export interface ElkEdge {
  id: string;
  sources: string[];
  targets: string[];
}

export interface ElkGraph extends ElkNode {
  edges: ElkEdge[];
}

/** Room for a boundary's title bar on top, and breathing space on the other sides. */
const BOUNDARY_PADDING = '[top=56,left=28,bottom=28,right=28]';

/**
 * Above this many nodes auto layout trades a little ordering quality for time. Interview
 * boards (20–60 nodes) and the templates (34–38) stay below it.
 */
export const LARGE_BOARD_NODES = 80;

/**
 * ELK options, chosen by measurement (`node bench/run.mjs bench/layout-bench.ts` compares them):
 * - one global pass over the compound graph (INCLUDE_CHILDREN), so members of different
 *   boundaries are ordered together and edges between boundaries stay short;
 * - crossing minimisation with thoroughness 1 and no greedy switch: the layouts of the
 *   templates and of the synthetic 50- and 200-node boards were identical to the defaults
 *   (thoroughness 7, greedy switch on) at about half the time;
 * - model order (keep the board's own order where it does not add crossings) only up to
 *   LARGE_BOARD_NODES: it is the biggest single cost on large boards (about half of the
 *   time at 200 nodes), while on small boards it keeps a few crossings away.
 */
export function layoutOptionsFor(nodeCount: number, direction: LayoutDirection): Record<string, string> {
  return {
    'elk.algorithm': 'layered',
    'elk.direction': direction,
    'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
    'elk.layered.spacing.nodeNodeBetweenLayers': '80',
    'elk.spacing.nodeNode': '40',
    'elk.spacing.edgeNode': '24',
    'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    'elk.layered.crossingMinimization.thoroughness': '1',
    'elk.layered.crossingMinimization.greedySwitch.type': 'OFF',
    'elk.layered.considerModelOrder.strategy': nodeCount > LARGE_BOARD_NODES ? 'NONE' : 'NODES_AND_EDGES',
  };
}

/**
 * Builds a compound ELK graph: boundaries are ELK nodes with children, so members stay in
 * their boundary and boundaries grow to fit. Every edge sits at the root; with
 * hierarchyHandling=INCLUDE_CHILDREN ELK routes across levels. `measured` sizes (from the
 * DOM) win over the catalog's, for nodes whose content made them larger.
 */
export function toElkGraph(doc: BoardDocument, direction: LayoutDirection, measured?: ReadonlyMap<string, Size>): ElkGraph {
  const elkById = new Map<string, ElkNode>();
  const root: ElkGraph = {
    id: '__root__',
    layoutOptions: layoutOptionsFor(doc.nodes.length, direction),
    children: [],
    edges: [],
  };
  for (const node of sortParentsFirst(doc.nodes)) {
    const size = measured?.get(node.id) ?? nodeSize(node);
    const elkNode: ElkNode = isBoundaryKind(node.kind)
      ? { id: node.id, children: [], layoutOptions: { 'elk.padding': BOUNDARY_PADDING } }
      : { id: node.id, width: size.width, height: size.height };
    elkById.set(node.id, elkNode);
    const parent = node.parentId ? elkById.get(node.parentId) : undefined;
    (parent?.children ?? root.children!).push(elkNode);
  }
  // An empty boundary keeps its size instead of collapsing to its padding.
  for (const node of doc.nodes) {
    const elkNode = elkById.get(node.id)!;
    if (elkNode.children && elkNode.children.length === 0) {
      delete elkNode.children;
      const size = nodeSize(node);
      elkNode.width = size.width;
      elkNode.height = size.height;
    }
  }
  root.edges = doc.edges
    .filter((e) => elkById.has(e.source) && elkById.has(e.target) && e.source !== e.target)
    .map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] }));
  return root;
}

/**
 * A small compound graph (a boundary with three members, four nodes outside it, edges across)
 * with auto layout's options, for warming up a fresh worker: elkjs's first layout there runs
 * cold code and takes about twice as long as the next ones (bench/RESULTS.md).
 */
export function warmUpGraph(): ElkGraph {
  const leaf = (id: string): ElkNode => ({ id, width: 180, height: 64 });
  const links = [['web', 'api'], ['api', 'svc'], ['svc', 'db'], ['svc', 'cache'], ['svc', 'queue'], ['queue', 'worker'], ['worker', 'db']];
  return {
    id: '__root__',
    layoutOptions: layoutOptionsFor(8, 'RIGHT'),
    children: [
      { id: 'vpc', layoutOptions: { 'elk.padding': BOUNDARY_PADDING }, children: [leaf('api'), leaf('svc'), leaf('db')] },
      leaf('web'),
      leaf('cache'),
      leaf('queue'),
      leaf('worker'),
    ],
    edges: links.map(([source, target], i) => ({ id: `e${i}`, sources: [source], targets: [target] })),
  };
}

/** Applies a layout to the board: one pure edit, so one undo step. */
export function applyLayout(doc: BoardDocument, result: LayoutResult): BoardDocument {
  let changed = false;
  const nodes = doc.nodes.map((node): BoardNode => {
    const position = result.positions.get(node.id);
    const size = isBoundaryKind(node.kind) ? result.sizes.get(node.id) : undefined;
    if (!position && !size) return node;
    const next = { ...node };
    if (position && (position.x !== node.position.x || position.y !== node.position.y)) next.position = position;
    if (size && size.width > 0 && size.height > 0 && (size.width !== node.size?.width || size.height !== node.size?.height)) {
      next.size = size;
    }
    if (next.position === node.position && next.size === node.size) return node;
    changed = true;
    return next;
  });
  return changed ? { ...doc, nodes } : doc;
}
