// Single points of failure on the request path. A node is one when (a) every route from
// some entry point to some datastore or model server it reaches passes through it — it
// dominates that terminal — and (b) it is not redundant (one replica, no multi-az / ha /
// autoscaling tag). A single-replica node with a detour around it is *not* a SPOF.
import { hasRole } from '@/lib/catalog';
import type { BoardGraph } from './board-graph';
import { immediateDominators } from './dominators';
import { isRedundant } from './redundancy';
import type { RequestPaths } from './request-paths';

export interface SinglePointOfFailure {
  nodeId: string;
  /** The entry point whose traffic must pass through the node (a client or a front door). */
  sourceId: string;
  /**
   * The nearest entry-role node (gateway, load balancer …) every such route passes before
   * reaching the node, else the source: "on the only path from <this> to <terminal>".
   */
  fromId: string;
  /** A datastore or model server that the source can reach only through the node. */
  terminalId: string;
}

/** Stands for "the outside world" when a board has front doors but no client nodes. */
const OUTSIDE = '\u0000outside';

export function findSinglePointsOfFailure(graph: BoardGraph, paths: RequestPaths): SinglePointOfFailure[] {
  const onPath = paths.nodeIds;
  const stopAt = paths.traversal.stopAt;
  const kinds = paths.traversal.edgeKinds!;
  const successorsWithin = (root: string) => (id: string): string[] => {
    if (id === OUTSIDE) return paths.sourceIds;
    if (id !== root && stopAt?.(id)) return [];
    const out: string[] = [];
    for (const e of graph.outgoing.get(id)!) if (kinds.has(e.kind) && onPath.has(e.target)) out.push(e.target);
    return out;
  };

  // With clients, each client is its own root: a gateway only the web app uses is still a
  // SPOF for web users. Without clients the front doors are candidates too, so they hang
  // off one virtual root.
  const roots = paths.entryMode === 'client' ? paths.sourceIds : paths.sourceIds.length ? [OUTSIDE] : [];
  const found = new Map<string, SinglePointOfFailure>();
  for (const root of roots) {
    const idom = immediateDominators(root, successorsWithin(root));
    const walked = new Set<string>();
    const terminals = root === OUTSIDE ? paths.terminalIds : paths.terminalsBySource.get(root) ?? [];
    for (const terminalId of terminals) {
      if (!idom.has(terminalId)) continue;
      for (let v = idom.get(terminalId)!; v !== root && !walked.has(v); v = idom.get(v)!) {
        walked.add(v);
        const node = graph.byId.get(v)!;
        if (found.has(v) || isRedundant(node) || hasRole(node.kind, 'client')) continue;
        found.set(v, { nodeId: v, sourceId: sourceOf(v, root, idom), fromId: nearestEntryAbove(v, root, idom, graph), terminalId });
      }
    }
  }
  // Board order, so the list is stable and reads top-down like the diagram.
  return graph.doc.nodes.filter((n) => found.has(n.id)).map((n) => found.get(n.id)!);
}

function sourceOf(v: string, root: string, idom: Map<string, string>): string {
  if (root !== OUTSIDE) return root;
  // Under the virtual root the front door on every route is the top of v's dominator chain.
  let at = v;
  while (idom.get(at) !== OUTSIDE && idom.get(at) !== at) at = idom.get(at)!;
  return at;
}

function nearestEntryAbove(v: string, root: string, idom: Map<string, string>, graph: BoardGraph): string {
  for (let at = idom.get(v)!; at !== OUTSIDE; at = idom.get(at)!) {
    if (at === root) return root;
    if (hasRole(graph.byId.get(at)!.kind, 'entry')) return at;
  }
  return v; // v itself is the front door
}
