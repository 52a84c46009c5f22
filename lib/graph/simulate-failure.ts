// "Simulate failure": fail some components (or whole boundaries such as an availability
// zone) and report what the entry points can no longer reach. Pure: the board is untouched.
import { isBoundaryKind } from '@/lib/catalog';
import type { BoardDocument, BoardNode } from '@/lib/model/types';
import { ALL_EDGE_KINDS, buildBoardGraph, childrenByParent, descendantsOf, type BoardGraph } from './board-graph';
import { spreadTagBeyond } from './failure-domains';
import { reachableFrom, shortestRoute } from './reachability';
import { redundancyReason } from './redundancy';
import { analyzeRequestPaths, type RequestPaths } from './request-paths';

export interface SurvivingComponent {
  nodeId: string;
  /** E.g. "3 replicas" or "tagged multi-az". */
  reason: string;
}

export interface RequestRoute {
  /** The entry point (client or front door). */
  entryId: string;
  /** The datastore or model server it was reaching. */
  terminalId: string;
  /** One route, entry first: before the failure for a broken path, after it for a surviving one. */
  route: string[];
}

export interface FailureSimulation {
  /** What the user failed, plus everything inside failed boundaries. */
  failedIds: string[];
  /** Failed nodes that are actually down (all their instances lost). */
  downIds: string[];
  /** Failed nodes that keep serving thanks to replicas or an HA tag. */
  survivors: SurvivingComponent[];
  /** Nodes that were reachable from the entry points before and are not now (down ones excluded). */
  unreachableIds: string[];
  /** Entry → terminal request paths that were connected before and are cut now. */
  brokenPaths: RequestRoute[];
  /** Entry → terminal request paths that still work. */
  survivingPaths: RequestRoute[];
}

export interface FailureOptions {
  /** Failed components that lose every replica at once (a bad deploy), not just one instance. */
  allReplicasIds?: Iterable<string>;
  /** The board's request paths, when the caller already has them (one walk for many simulations). */
  paths?: RequestPaths;
  /** Work out the route of each surviving path (default true); a caller that only counts them skips it. */
  survivingRoutes?: boolean;
}

/**
 * Failing a node takes down one instance of it: a redundant node (replicas > 1, multi-az,
 * ha, autoscaling) survives, unless all its replicas fail (options.allReplicasIds). Failing
 * a boundary takes down everything drawn inside it, replicas or not, because the boundary
 * holds all of them (an AZ, a cluster, a region); only a component tagged as spread beyond
 * that domain (multi-az for a zone, multi-region, multi-cluster) survives it.
 */
export function simulateFailure(
  doc: BoardDocument,
  failedIds: Iterable<string>,
  graph: BoardGraph = buildBoardGraph(doc),
  options: FailureOptions = {},
): FailureSimulation {
  const children = childrenByParent(doc);
  const requested = new Set<string>();
  const allReplicas = new Set(options.allReplicasIds ?? []);
  // For each node inside a failed boundary, the failed boundaries that hold it.
  const failedHolders = new Map<string, string[]>();
  for (const id of failedIds) {
    const node = graph.byId.get(id);
    if (!node) continue;
    requested.add(id);
    if (!isBoundaryKind(node.kind)) continue;
    for (const d of descendantsOf(children, id)) {
      const holders = failedHolders.get(d);
      if (holders) holders.push(id);
      else failedHolders.set(d, [id]);
    }
  }

  const down = new Set<string>();
  const survivors: SurvivingComponent[] = [];
  for (const node of doc.nodes) {
    const holders = failedHolders.get(node.id);
    if (!requested.has(node.id) && !holders) continue;
    // A bad deploy reaches every replica wherever it runs, so no tag or replica count saves it.
    const badDeploy = requested.has(node.id) && allReplicas.has(node.id);
    const reason = badDeploy || isBoundaryKind(node.kind) ? null : holders ? spreadReason(node, holders, graph) : redundancyReason(node);
    if (reason) survivors.push({ nodeId: node.id, reason });
    else down.add(node.id);
  }

  // Greying uses every edge kind: if the feature store is down, the training pipeline it
  // feeds in batch is cut off too. Paths use the request-path traversal.
  const before = options.paths ?? analyzeRequestPaths(graph);
  const starts = before.sourceIds;
  const reachableBefore = reachableFrom(graph, starts, { edgeKinds: ALL_EDGE_KINDS });
  const reachableAfter = reachableFrom(graph, starts, { edgeKinds: ALL_EDGE_KINDS, removed: down });
  const unreachableIds = doc.nodes
    .filter((n) => reachableBefore.has(n.id) && !reachableAfter.has(n.id) && !down.has(n.id))
    .map((n) => n.id);

  const { brokenPaths, survivingPaths } = comparePaths(graph, before, down, options.survivingRoutes ?? true);
  const failedAll = new Set([...requested, ...failedHolders.keys()]);
  return {
    failedIds: doc.nodes.filter((n) => failedAll.has(n.id)).map((n) => n.id),
    downIds: doc.nodes.filter((n) => down.has(n.id)).map((n) => n.id),
    survivors,
    unreachableIds,
    brokenPaths,
    survivingPaths,
  };
}

/** Why a node inside failed boundaries keeps running ("tagged multi-az"), or null when one of them takes it down. */
function spreadReason(node: BoardNode, holders: readonly string[], graph: BoardGraph): string | null {
  let tag: string | null = null;
  for (const h of holders) {
    tag = spreadTagBeyond(node, graph.byId.get(h)!);
    if (!tag) return null;
  }
  return `tagged ${tag}: runs outside the failed boundary too`;
}

/** Copies of one service drawn twice (one per AZ) share a kind and a label. */
function copyKey(node: BoardNode): string {
  return `${node.kind}\u0000${node.label.trim().toLowerCase() || node.id}`;
}

function comparePaths(graph: BoardGraph, before: RequestPaths, down: ReadonlySet<string>, survivingRoutes: boolean) {
  const brokenPaths: RequestRoute[] = [];
  const survivingPaths: RequestRoute[] = [];
  const removedAfter = new Set([...(before.traversal.removed ?? []), ...down]);
  const after = { ...before.traversal, removed: removedAfter };
  for (const entryId of before.sourceIds) {
    const reachedAfter = reachableFrom(graph, [entryId], after);
    const terminals = before.terminalsBySource.get(entryId) ?? [];
    const reachedCopies = new Map<string, string>();
    for (const id of terminals) if (reachedAfter.has(id)) reachedCopies.set(copyKey(graph.byId.get(id)!), id);
    for (const terminalId of terminals) {
      // A request served by another copy of the lost terminal still gets its answer.
      const servedBy = reachedAfter.has(terminalId) ? terminalId : reachedCopies.get(copyKey(graph.byId.get(terminalId)!));
      if (servedBy) {
        survivingPaths.push({ entryId, terminalId, route: survivingRoutes ? shortestRoute(graph, [entryId], servedBy, after) ?? [] : [] });
      } else {
        brokenPaths.push({ entryId, terminalId, route: shortestRoute(graph, [entryId], terminalId, before.traversal) ?? [] });
      }
    }
  }
  return { brokenPaths, survivingPaths };
}
