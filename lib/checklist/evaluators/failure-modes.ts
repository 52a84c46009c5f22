import { hasRole } from '@/lib/catalog';
import { hasTag, neighbourIds, replicaCount, type SinglePointOfFailure } from '@/lib/graph';
import type { AnalysisContext } from '../analysis-context';
import type { Finding } from '../types';
import { listLabels, listNames, uniqueIds } from '../wording';

function describeSpof(ctx: AnalysisContext, spof: SinglePointOfFailure): string {
  const node = ctx.node(spof.nodeId);
  const replicas = replicaCount(node);
  const instances = replicas <= 1 ? 'one replica' : `${replicas} replicas`;
  const where =
    spof.fromId === spof.nodeId
      ? `every request from outside passes through it on the way to ${ctx.label(spof.terminalId)}`
      : `on the only path from ${ctx.label(spof.fromId)} to ${ctx.label(spof.terminalId)}`;
  return `${ctx.label(spof.nodeId)} is a single point of failure: ${instances} and no HA tag, ${where}.`;
}

/** Queues (not dead-letter queues themselves) with neither a DLQ attached nor retries. */
function uncoveredQueues(ctx: AnalysisContext): string[] {
  return ctx
    .withRole('queue')
    .filter((q) => !hasRole(q.kind, 'dead-letter'))
    .filter((q) => {
      if (hasTag(q, 'retries')) return false;
      if (neighbourIds(ctx.graph, q.id).some((id) => hasRole(ctx.node(id).kind, 'dead-letter'))) return false;
      const consumers = ctx.graph.outgoing.get(q.id)!.map((e) => ctx.node(e.target));
      return !consumers.some((c) => hasTag(c, 'retries'));
    })
    .map((q) => q.id);
}

export function evaluateFailureModes(ctx: AnalysisContext): Finding {
  if (ctx.paths.nodeIds.size === 0) {
    return {
      ruleId: 'failure-modes',
      status: 'fail',
      message: 'No request path from a client to a datastore or model server yet, so nothing shows how the design survives a failure: draw the path, then give every hop replicas or an HA tag.',
      nodeIds: [],
    };
  }
  const spofs = ctx.singlePointsOfFailure;
  const queues = uncoveredQueues(ctx);
  const problems: string[] = [];
  if (spofs.length > 0) {
    problems.push(describeSpof(ctx, spofs[0]));
    if (spofs.length > 1) problems.push(`Also single points of failure: ${listNames(spofs.slice(1).map((s) => ctx.label(s.nodeId)))}.`);
  }
  if (queues.length > 0) {
    problems.push(
      `${listLabels(ctx, queues)} ${queues.length === 1 ? 'has' : 'have'} no dead-letter queue or retries: a poison message will block or be lost — connect a dead-letter queue or tag the queue or its consumer “retries”.`,
    );
  }
  if (problems.length === 0) {
    return {
      ruleId: 'failure-modes',
      status: 'pass',
      message: 'No single point of failure on the request path, and every queue has a dead-letter queue or retries.',
      nodeIds: [],
    };
  }
  return {
    ruleId: 'failure-modes',
    status: spofs.length > 0 && queues.length > 0 ? 'fail' : 'partial',
    message: problems.join(' '),
    nodeIds: uniqueIds([...spofs.map((s) => s.nodeId), ...queues]),
  };
}
