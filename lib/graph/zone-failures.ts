// What losing each availability zone or region does to the request paths. The checklist's
// failure-modes rule and the failure simulation must agree, so this runs the simulation
// itself once per zone rather than a second model of it.
import { isBoundaryKind } from '@/lib/catalog';
import type { BoardGraph } from './board-graph';
import { isZoneOrRegion } from './failure-domains';
import { analyzeRequestPaths, type RequestPaths } from './request-paths';
import { simulateFailure, type RequestRoute } from './simulate-failure';

export interface ZoneFailure {
  /** The zone or region boundary. */
  domainId: string;
  /** Components inside it that go down with it and lie on a broken path, in board order. */
  confinedIds: string[];
  brokenPaths: RequestRoute[];
  /** Request paths before the failure (broken ones included). */
  pathCount: number;
}

/** Every zone or region whose loss breaks at least one user-facing request path, in board order. */
export function findZoneFailures(graph: BoardGraph, paths: RequestPaths = analyzeRequestPaths(graph)): ZoneFailure[] {
  const out: ZoneFailure[] = [];
  for (const domain of graph.doc.nodes) {
    if (!isZoneOrRegion(domain)) continue;
    const result = simulateFailure(graph.doc, [domain.id], graph, { paths, survivingRoutes: false });
    if (result.brokenPaths.length === 0) continue;
    const onBrokenRoutes = new Set(result.brokenPaths.flatMap((p) => p.route));
    const downComponents = result.downIds.filter((id) => !isBoundaryKind(graph.byId.get(id)!.kind));
    const confined = downComponents.filter((id) => onBrokenRoutes.has(id));
    out.push({
      domainId: domain.id,
      confinedIds: confined.length ? confined : downComponents,
      brokenPaths: result.brokenPaths,
      pathCount: result.brokenPaths.length + result.survivingPaths.length,
    });
  }
  return out;
}
