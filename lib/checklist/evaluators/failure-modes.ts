import { hasRole } from '@/lib/catalog';
import { neighbourIds } from '@/lib/graph/board-graph';
import { hasTag, replicaCount } from '@/lib/graph/redundancy';
import type { SinglePointOfFailure } from '@/lib/graph/single-points-of-failure';
import type { RequestRoute } from '@/lib/graph/simulate-failure';
import type { ZoneFailure } from '@/lib/graph/zone-failures';
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

/** A path as the candidate drew it: the label of its first call ("GET /recommendations"), else entry → terminal. */
function pathName(ctx: AnalysisContext, path: RequestRoute): string {
  const [first, second] = path.route;
  const label = ctx.graph.outgoing.get(first)?.find((e) => e.target === second)?.label.trim();
  return label || `${ctx.label(path.entryId)} → ${ctx.label(path.terminalId)}`;
}

function describeZoneFailure(ctx: AnalysisContext, zone: ZoneFailure): string {
  const zoneName = ctx.label(zone.domainId);
  const [firstId, ...others] = zone.confinedIds;
  const replicas = replicaCount(ctx.node(firstId));
  const who =
    replicas > 1
      ? `All ${replicas} replicas of ${ctx.label(firstId)} are in ${zoneName}`
      : `${ctx.label(firstId)} runs only in ${zoneName} (one replica)`;
  const also = others.length ? ` (so ${others.length === 1 ? 'is' : 'are'} ${listNames(others.map((id) => ctx.label(id)))})` : '';
  const broken = zone.brokenPaths.length === zone.pathCount ? `every request path` : `${zone.brokenPaths.length} of ${zone.pathCount} request paths`;
  return `${who}${also}: losing ${zoneName} breaks ${broken} (${pathName(ctx, zone.brokenPaths[0])}) — put a copy in another zone or tag it multi-az.`;
}

/**
 * How a queue or stream copes with a poison message. A dead-letter queue may hang off the
 * queue itself (SQS redrive) or off its consumer (Kafka has no broker-side DLQ: the consumer
 * publishes what it cannot process to a .dlq topic). Retries alone are only half an answer:
 * a message that always fails is retried forever or dropped.
 */
type QueueCoverage = 'dead-letter' | 'retries-only' | 'none';

function coverageOf(ctx: AnalysisContext, queueId: string): QueueCoverage {
  const isDeadLetter = (id: string) => hasRole(ctx.node(id).kind, 'dead-letter');
  const consumers = ctx.graph.outgoing.get(queueId)!.map((e) => e.target);
  if (neighbourIds(ctx.graph, queueId).some(isDeadLetter)) return 'dead-letter';
  if (consumers.some((c) => neighbourIds(ctx.graph, c).some(isDeadLetter))) return 'dead-letter';
  const queue = ctx.node(queueId);
  if (hasTag(queue, 'retries') || consumers.some((c) => hasTag(ctx.node(c), 'retries'))) return 'retries-only';
  return 'none';
}

/** Queues and streams (not dead-letter queues themselves) grouped by how they handle poison messages. */
function queueGaps(ctx: AnalysisContext): { uncovered: string[]; retriesOnly: string[] } {
  const uncovered: string[] = [];
  const retriesOnly: string[] = [];
  for (const q of ctx.withRole('queue')) {
    if (hasRole(q.kind, 'dead-letter')) continue;
    const coverage = coverageOf(ctx, q.id);
    if (coverage === 'none') uncovered.push(q.id);
    else if (coverage === 'retries-only') retriesOnly.push(q.id);
  }
  return { uncovered, retriesOnly };
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
  const spofIds = new Set(spofs.map((s) => s.nodeId));
  // A zone whose only casualties are already named single points of failure adds nothing new to say.
  const zones = ctx.zoneFailures.filter((z) => z.confinedIds.some((id) => !spofIds.has(id)));
  const { uncovered: queues, retriesOnly } = queueGaps(ctx);
  const problems: string[] = [];
  if (spofs.length > 0) {
    problems.push(describeSpof(ctx, spofs[0]));
    if (spofs.length > 1) problems.push(`Also single points of failure: ${listNames(spofs.slice(1).map((s) => ctx.label(s.nodeId)))}.`);
  }
  for (const zone of zones) problems.push(describeZoneFailure(ctx, zone));
  if (queues.length > 0) {
    problems.push(
      `${listLabels(ctx, queues)} ${queues.length === 1 ? 'has' : 'have'} no dead-letter queue or retries: a poison message will block or be lost — connect a dead-letter queue to ${queues.length === 1 ? 'it' : 'them'} or to ${queues.length === 1 ? 'its' : 'their'} consumer.`,
    );
  }
  if (retriesOnly.length > 0) {
    const one = retriesOnly.length === 1;
    problems.push(
      `${listLabels(ctx, retriesOnly)} ${one ? 'retries but has' : 'retry but have'} no dead-letter queue: a poison message is retried forever or dropped — connect a dead-letter queue to ${one ? 'it' : 'them'} or to ${one ? 'its' : 'their'} consumer.`,
    );
  }
  if (problems.length === 0) {
    return {
      ruleId: 'failure-modes',
      status: 'pass',
      message: ctx.withRole('availability-zone').length
        ? 'No single point of failure on the request path, no zone whose loss breaks a request path, and every queue has a dead-letter queue.'
        : 'No single point of failure on the request path, and every queue has a dead-letter queue.',
      nodeIds: [],
    };
  }
  return {
    ruleId: 'failure-modes',
    // Retries are half an answer, so a retries-only queue alone never makes the rule fail.
    status: spofs.length + ctx.zoneFailures.length > 0 && queues.length > 0 ? 'fail' : 'partial',
    message: problems.join(' '),
    nodeIds: uniqueIds([...spofs.map((s) => s.nodeId), ...zones.flatMap((z) => [z.domainId, ...z.confinedIds]), ...queues, ...retriesOnly]),
  };
}
