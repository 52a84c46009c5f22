// Request paths: how user traffic travels from the entry points to the places that answer
// it (datastores and model servers). Reachability-based: a node is on a request path when
// it can be reached from an entry point and can itself reach a terminal, which is linear in
// the size of the board (no path enumeration, so 1,000 nodes cost nothing).
import { hasRole } from '@/lib/catalog';
import type { BoardNode, EdgeKind } from '@/lib/model/types';
import { ONLINE_EDGE_KINDS, type BoardGraph } from './board-graph';
import { reachableFrom, reachingTo, type TraversalOptions } from './reachability';

/**
 * Where traffic starts: the clients, or — on a board without clients — the front-door
 * entry nodes (load balancer, gateway, CDN …) that nothing else on the board calls.
 */
export type EntryMode = 'client' | 'entry' | 'none';

export interface RequestPaths {
  entryMode: EntryMode;
  /** The entry points traffic starts from, in board order. */
  sourceIds: string[];
  /** Datastores and model servers reached from at least one entry point, in board order. */
  terminalIds: string[];
  /** Every node on some entry → terminal path (entries and terminals included). */
  nodeIds: ReadonlySet<string>;
  /** Nodes with the 'compute' role on a request path, in board order. */
  computeIds: string[];
  /** For each entry point, the terminals it reaches. */
  terminalsBySource: ReadonlyMap<string, string[]>;
  /** The traversal the paths were found with, for algorithms that must walk the same way. */
  traversal: TraversalOptions;
}

export interface RequestPathOptions {
  /** Edge kinds a request travels along (default: sync, async and stream; not batch). */
  edgeKinds?: ReadonlySet<EdgeKind>;
}

/** A request ends at a datastore or a model server. */
export function isTerminal(node: BoardNode): boolean {
  return hasRole(node.kind, 'datastore') || hasRole(node.kind, 'ml-serving');
}

/**
 * A pure datastore answers and does not forward the request; a model server (compute)
 * goes on to read its features, so only datastores that do not compute stop a path.
 */
export function endsRequest(node: BoardNode): boolean {
  return hasRole(node.kind, 'datastore') && !hasRole(node.kind, 'compute');
}

/**
 * Nodes a request never travels through: observers (an edge to a monitor means "observed",
 * not "calls"), boundaries and notes.
 */
export function isOffPath(node: BoardNode): boolean {
  return hasRole(node.kind, 'monitoring') || hasRole(node.kind, 'boundary') || hasRole(node.kind, 'note');
}

export function findEntryPoints(graph: BoardGraph, edgeKinds: ReadonlySet<EdgeKind> = ONLINE_EDGE_KINDS): { mode: EntryMode; ids: string[] } {
  const nodes = graph.doc.nodes;
  const clients = nodes.filter((n) => hasRole(n.kind, 'client')).map((n) => n.id);
  if (clients.length) return { mode: 'client', ids: clients };
  const entries = nodes.filter((n) => hasRole(n.kind, 'entry'));
  if (!entries.length) return { mode: 'none', ids: [] };
  // Front doors: entries that nothing on the board calls. An internal load balancer is
  // still an entry by kind but traffic reaches it through something else.
  const frontDoors = entries.filter((n) =>
    graph.incoming.get(n.id)!.every((e) => !edgeKinds.has(e.kind) || isOffPath(graph.byId.get(e.source)!)),
  );
  return { mode: 'entry', ids: (frontDoors.length ? frontDoors : entries).map((n) => n.id) };
}

export function analyzeRequestPaths(graph: BoardGraph, options: RequestPathOptions = {}): RequestPaths {
  const edgeKinds = options.edgeKinds ?? ONLINE_EDGE_KINDS;
  // Role look-ups done once here, not on every step of every walk.
  const removed = new Set<string>();
  const stops = new Set<string>();
  for (const node of graph.doc.nodes) {
    if (isOffPath(node)) removed.add(node.id);
    else if (endsRequest(node)) stops.add(node.id);
  }
  const traversal: TraversalOptions = { edgeKinds, removed, stopAt: (id) => stops.has(id) };

  const { mode, ids: sourceIds } = findEntryPoints(graph, edgeKinds);
  const terminalsBySource = new Map<string, string[]>();
  const reachedTerminals = new Set<string>();
  const reachedFromAnySource = new Set<string>();
  for (const source of sourceIds) {
    const reached = reachableFrom(graph, [source], traversal);
    const terminals: string[] = [];
    for (const id of reached) {
      reachedFromAnySource.add(id);
      if (id !== source && isTerminal(graph.byId.get(id)!)) {
        terminals.push(id);
        reachedTerminals.add(id);
      }
    }
    terminalsBySource.set(source, terminals);
  }

  const leadsToTerminal = reachingTo(graph, reachedTerminals, traversal);
  const nodeIds = new Set<string>();
  for (const id of reachedFromAnySource) if (leadsToTerminal.has(id)) nodeIds.add(id);

  const inBoardOrder = (set: ReadonlySet<string>, keep: (n: BoardNode) => boolean) =>
    graph.doc.nodes.filter((n) => set.has(n.id) && keep(n)).map((n) => n.id);

  return {
    entryMode: mode,
    sourceIds,
    terminalIds: inBoardOrder(reachedTerminals, () => true),
    nodeIds,
    computeIds: inBoardOrder(nodeIds, (n) => hasRole(n.kind, 'compute')),
    terminalsBySource,
    traversal,
  };
}
