// The shared analysis every rule reads: built once per evaluation (graph, request paths,
// single points of failure, what is monitored), so ten rules do not redo the same walks.
import { getKind, hasRole, type Role } from '@/lib/catalog';
import { buildBoardGraph, childrenByParent, descendantsOf, type BoardGraph } from '@/lib/graph/board-graph';
import { analyzeRequestPaths, type RequestPaths } from '@/lib/graph/request-paths';
import { findSinglePointsOfFailure, type SinglePointOfFailure } from '@/lib/graph/single-points-of-failure';
import { findZoneFailures, type ZoneFailure } from '@/lib/graph/zone-failures';
import type { BoardDocument, BoardNode } from '@/lib/model/types';

export interface AnalysisContext {
  readonly doc: BoardDocument;
  readonly graph: BoardGraph;
  readonly paths: RequestPaths;
  readonly singlePointsOfFailure: readonly SinglePointOfFailure[];
  /** Zones and regions whose loss breaks a request path (the failure simulation's own answer). */
  readonly zoneFailures: readonly ZoneFailure[];
  /** Nodes a 'monitoring' node is attached to (either edge direction), boundaries expanded. */
  readonly observedIds: ReadonlySet<string>;
  /** Nodes a 'drift-monitor' node is attached to, boundaries expanded. */
  readonly driftWatchedIds: ReadonlySet<string>;
  /** Nodes an autoscaler is attached to, boundaries expanded. */
  readonly autoscaledIds: ReadonlySet<string>;
  /** Nodes of the board with this catalog role, in board order. */
  withRole(role: Role): readonly BoardNode[];
  node(id: string): BoardNode;
  /** The name a candidate sees: the node's label, or its kind's label when blank. */
  label(id: string): string;
}

export function buildAnalysisContext(doc: BoardDocument): AnalysisContext {
  const graph = buildBoardGraph(doc);
  const paths = analyzeRequestPaths(graph);
  const children = childrenByParent(doc);

  const byRole = new Map<Role, BoardNode[]>();
  for (const node of doc.nodes) {
    for (const role of getKind(node.kind)?.roles ?? []) {
      const list = byRole.get(role);
      if (list) list.push(node);
      else byRole.set(role, [node]);
    }
  }
  const withRole = (role: Role) => byRole.get(role) ?? [];

  /** Everything the given nodes touch by an edge; touching a boundary covers what is inside. */
  const attachedTo = (attachers: readonly BoardNode[]): Set<string> => {
    const out = new Set<string>();
    const cover = (id: string) => {
      if (out.has(id)) return;
      out.add(id);
      if (hasRole(graph.byId.get(id)!.kind, 'boundary')) for (const d of descendantsOf(children, id)) out.add(d);
    };
    for (const a of attachers) {
      for (const e of graph.outgoing.get(a.id)!) cover(e.target);
      for (const e of graph.incoming.get(a.id)!) cover(e.source);
    }
    return out;
  };

  return {
    doc,
    graph,
    paths,
    singlePointsOfFailure: findSinglePointsOfFailure(graph, paths),
    zoneFailures: findZoneFailures(graph, paths),
    observedIds: attachedTo(withRole('monitoring')),
    driftWatchedIds: attachedTo(withRole('drift-monitor')),
    autoscaledIds: attachedTo(withRole('autoscaler')),
    withRole,
    node: (id) => graph.byId.get(id)!,
    label: (id) => labelOf(graph.byId.get(id)),
  };
}

export function labelOf(node: BoardNode | undefined): string {
  if (!node) return 'a removed component';
  return node.label.trim() || getKind(node.kind)?.label || node.kind;
}
