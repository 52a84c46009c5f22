// Breadth-first reachability over a BoardGraph, with failed nodes removed.
import type { EdgeKind } from '@/lib/model/types';
import { ALL_EDGE_KINDS, type BoardGraph } from './board-graph';

export interface TraversalOptions {
  /** Only follow edges of these kinds (default: every kind). */
  edgeKinds?: ReadonlySet<EdgeKind>;
  /** Nodes that are never entered, e.g. failed components. */
  removed?: ReadonlySet<string>;
  /**
   * Nodes that are entered but not expanded further: a datastore answers a request, it
   * does not forward it. Start nodes are always expanded.
   */
  stopAt?: (id: string) => boolean;
}

/** Every node reachable from `starts` following edges forwards (the starts included). */
export function reachableFrom(graph: BoardGraph, starts: Iterable<string>, options: TraversalOptions = {}): Set<string> {
  const kinds = options.edgeKinds ?? ALL_EDGE_KINDS;
  const removed = options.removed;
  const stopAt = options.stopAt;
  const seen = new Set<string>();
  const queue: string[] = [];
  for (const id of starts) {
    if (!graph.byId.has(id) || removed?.has(id) || seen.has(id)) continue;
    seen.add(id);
    queue.push(id);
  }
  const startCount = queue.length;
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i];
    if (i >= startCount && stopAt?.(id)) continue;
    for (const edge of graph.outgoing.get(id)!) {
      if (!kinds.has(edge.kind)) continue;
      const next = edge.target;
      if (seen.has(next) || removed?.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return seen;
}

/**
 * Every node from which one of `targets` can be reached (the targets included), i.e.
 * reachability on the reversed graph. A predecessor that `stopAt` says would not forward
 * the request is not entered.
 */
export function reachingTo(graph: BoardGraph, targets: Iterable<string>, options: TraversalOptions = {}): Set<string> {
  const kinds = options.edgeKinds ?? ALL_EDGE_KINDS;
  const removed = options.removed;
  const stopAt = options.stopAt;
  const seen = new Set<string>();
  const queue: string[] = [];
  for (const id of targets) {
    if (!graph.byId.has(id) || removed?.has(id) || seen.has(id)) continue;
    seen.add(id);
    queue.push(id);
  }
  for (let i = 0; i < queue.length; i++) {
    for (const edge of graph.incoming.get(queue[i])!) {
      if (!kinds.has(edge.kind)) continue;
      const prev = edge.source;
      if (seen.has(prev) || removed?.has(prev) || stopAt?.(prev)) continue;
      seen.add(prev);
      queue.push(prev);
    }
  }
  return seen;
}

/**
 * One shortest route (as node ids, start first) from any of `starts` to `target`, or null.
 * Used to show a candidate *which* path breaks, not to enumerate paths.
 */
export function shortestRoute(
  graph: BoardGraph,
  starts: Iterable<string>,
  target: string,
  options: TraversalOptions = {},
): string[] | null {
  const kinds = options.edgeKinds ?? ALL_EDGE_KINDS;
  const removed = options.removed;
  const stopAt = options.stopAt;
  const parent = new Map<string, string | null>();
  const queue: string[] = [];
  for (const id of starts) {
    if (!graph.byId.has(id) || removed?.has(id) || parent.has(id)) continue;
    parent.set(id, null);
    queue.push(id);
  }
  const startCount = queue.length;
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i];
    if (id === target) break;
    if (i >= startCount && stopAt?.(id)) continue;
    for (const edge of graph.outgoing.get(id)!) {
      if (!kinds.has(edge.kind)) continue;
      const next = edge.target;
      if (parent.has(next) || removed?.has(next)) continue;
      parent.set(next, id);
      queue.push(next);
    }
  }
  if (!parent.has(target)) return null;
  const route: string[] = [];
  for (let at: string | null = target; at !== null; at = parent.get(at) ?? null) route.push(at);
  return route.reverse();
}
