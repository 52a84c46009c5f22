import { hasRole } from '@/lib/catalog';
import { isOffPath } from '@/lib/graph/request-paths';
import type { BoardEdge } from '@/lib/model/types';
import type { AnalysisContext } from '../analysis-context';
import type { Finding } from '../types';
import { count, listNames, uniqueIds } from '../wording';

const isApiFacing = (kind: string) => hasRole(kind, 'client') || hasRole(kind, 'gateway') || hasRole(kind, 'entry');

export function evaluateApi(ctx: AnalysisContext): Finding {
  // Edges to monitors or boundaries are not API calls.
  const apiEdges: BoardEdge[] = ctx.graph.edges.filter(
    (e) => isApiFacing(ctx.node(e.source).kind) && !isOffPath(ctx.node(e.source)) && !isOffPath(ctx.node(e.target)),
  );
  if (apiEdges.length === 0) {
    const facing = ctx.doc.nodes.filter((n) => isApiFacing(n.kind)).map((n) => n.id);
    return {
      ruleId: 'api',
      status: 'fail',
      message: 'No API yet: connect a client to an API gateway and label the connection with its call (e.g. POST /predict).',
      nodeIds: facing,
    };
  }
  const unlabelled = apiEdges.filter((e) => !e.label.trim());
  const nodeIds = uniqueIds(unlabelled.flatMap((e) => [e.source, e.target]));
  const names = unlabelled.map((e) => `${ctx.label(e.source)} → ${ctx.label(e.target)}`);
  if (unlabelled.length === 0) {
    return { ruleId: 'api', status: 'pass', message: `All ${count(apiEdges.length, 'connection')} leaving clients and gateways name their API.`, nodeIds: [] };
  }
  const status = unlabelled.length === apiEdges.length ? 'fail' : 'partial';
  return {
    ruleId: 'api',
    status,
    message: `${unlabelled.length} of ${count(apiEdges.length, 'connection')} leaving clients and gateways ${unlabelled.length === 1 ? 'has' : 'have'} no API label: ${listNames(names)}. Label each with its call, e.g. GET /search?q=.`,
    nodeIds,
  };
}
