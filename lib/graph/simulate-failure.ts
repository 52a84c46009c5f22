// "Simulate failure": fail some components (or whole boundaries such as an availability
// zone) and report what the entry points can no longer reach. Pure: the board is untouched.
import { isBoundaryKind } from '@/lib/catalog';
import type { BoardDocument } from '@/lib/model/types';
import { ALL_EDGE_KINDS, buildBoardGraph, childrenByParent, descendantsOf, type BoardGraph } from './board-graph';
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

/**
 * Failing a node takes down one instance of it: a redundant node (replicas > 1, multi-az,
 * ha, autoscaling) survives. Failing a boundary takes down everything drawn inside it, tags
 * or not, because the boundary holds all of those replicas (an AZ, a cluster, a region).
 */
export function simulateFailure(doc: BoardDocument, failedIds: Iterable<string>, graph: BoardGraph = buildBoardGraph(doc)): FailureSimulation {
  const children = childrenByParent(doc);
  const requested = new Set<string>();
  const insideFailedBoundary = new Set<string>();
  for (const id of failedIds) {
    const node = graph.byId.get(id);
    if (!node) continue;
    requested.add(id);
    if (isBoundaryKind(node.kind)) for (const d of descendantsOf(children, id)) insideFailedBoundary.add(d);
  }

  const down = new Set<string>();
  const survivors: SurvivingComponent[] = [];
  for (const node of doc.nodes) {
    const failedDirectly = requested.has(node.id);
    if (!failedDirectly && !insideFailedBoundary.has(node.id)) continue;
    const reason = insideFailedBoundary.has(node.id) || isBoundaryKind(node.kind) ? null : redundancyReason(node);
    if (reason) survivors.push({ nodeId: node.id, reason });
    else down.add(node.id);
  }

  // Greying uses every edge kind: if the feature store is down, the training pipeline it
  // feeds in batch is cut off too. Paths use the request-path traversal.
  const before = analyzeRequestPaths(graph);
  const starts = before.sourceIds;
  const reachableBefore = reachableFrom(graph, starts, { edgeKinds: ALL_EDGE_KINDS });
  const reachableAfter = reachableFrom(graph, starts, { edgeKinds: ALL_EDGE_KINDS, removed: down });
  const unreachableIds = doc.nodes
    .filter((n) => reachableBefore.has(n.id) && !reachableAfter.has(n.id) && !down.has(n.id))
    .map((n) => n.id);

  const { brokenPaths, survivingPaths } = comparePaths(graph, before, down);
  const failedAll = new Set([...requested, ...insideFailedBoundary]);
  return {
    failedIds: doc.nodes.filter((n) => failedAll.has(n.id)).map((n) => n.id),
    downIds: doc.nodes.filter((n) => down.has(n.id)).map((n) => n.id),
    survivors,
    unreachableIds,
    brokenPaths,
    survivingPaths,
  };
}

function comparePaths(graph: BoardGraph, before: RequestPaths, down: ReadonlySet<string>) {
  const brokenPaths: RequestRoute[] = [];
  const survivingPaths: RequestRoute[] = [];
  const removedAfter = new Set([...(before.traversal.removed ?? []), ...down]);
  const after = { ...before.traversal, removed: removedAfter };
  for (const entryId of before.sourceIds) {
    const reachedAfter = reachableFrom(graph, [entryId], after);
    for (const terminalId of before.terminalsBySource.get(entryId) ?? []) {
      if (reachedAfter.has(terminalId)) {
        survivingPaths.push({ entryId, terminalId, route: shortestRoute(graph, [entryId], terminalId, after) ?? [] });
      } else {
        brokenPaths.push({ entryId, terminalId, route: shortestRoute(graph, [entryId], terminalId, before.traversal) ?? [] });
      }
    }
  }
  return { brokenPaths, survivingPaths };
}
