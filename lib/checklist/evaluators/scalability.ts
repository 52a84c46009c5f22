import { hasRole } from '@/lib/catalog';
import { hasTag, replicaCount } from '@/lib/graph/redundancy';
import type { AnalysisContext } from '../analysis-context';
import type { Finding } from '../types';
import { allOf, listLabels } from '../wording';

export function scalesOut(ctx: AnalysisContext, id: string): boolean {
  const node = ctx.node(id);
  return replicaCount(node) > 1 || hasTag(node, 'autoscaling') || ctx.autoscaledIds.has(id);
}

export function evaluateScalability(ctx: AnalysisContext): Finding {
  const onPath = ctx.paths.nodeIds;
  const frontDoors = ctx.doc.nodes.filter((n) => onPath.has(n.id) && (hasRole(n.kind, 'load-balancer') || hasRole(n.kind, 'gateway')));
  const compute = ctx.paths.computeIds;
  const stuck = compute.filter((id) => !scalesOut(ctx, id));
  const entersThroughFrontDoor = frontDoors.length > 0;

  const frontDoorProblem = 'Traffic does not enter through a load balancer, API gateway or ingress: put one in front of the services.';
  if (compute.length === 0) {
    return {
      ruleId: 'scalability',
      status: entersThroughFrontDoor ? 'partial' : 'fail',
      message: entersThroughFrontDoor
        ? `Traffic enters through ${listLabels(ctx, frontDoors.map((n) => n.id))}, but no service on the request path reaches a datastore or model server yet.`
        : 'No request path yet: connect a client through a load balancer or API gateway to services that reach a datastore or model server.',
      nodeIds: frontDoors.map((n) => n.id),
    };
  }
  // A replica count nobody chose (only suggested) is not a single replica: it is a decision still to make.
  const undecided = stuck.filter((id) => ctx.node(id).replicas === undefined);
  const single = stuck.filter((id) => ctx.node(id).replicas !== undefined);
  const them = (ids: readonly string[]) => (ids.length === 1 ? 'it' : 'them');
  const singleProblem = single.length > 0 && `${listLabels(ctx, single)} ${single.length === 1 ? 'runs' : 'run'} a single replica with no autoscaling: give ${them(single)} replicas > 1, the autoscaling tag, or attach an autoscaler.`;
  const undecidedProblem = undecided.length > 0 && `${listLabels(ctx, undecided)} ${undecided.length === 1 ? 'has' : 'have'} no replica count yet: accept the suggestion or type one, tag ${them(undecided)} autoscaling, or attach an autoscaler.`;
  if (entersThroughFrontDoor && stuck.length === 0) {
    return {
      ruleId: 'scalability',
      status: 'pass',
      message: `Traffic enters through ${listLabels(ctx, frontDoors.map((n) => n.id))} and ${allOf(ctx, compute, 'request-path service', 'scales out', 'scale out')}.`,
      nodeIds: [],
    };
  }
  const problems = [!entersThroughFrontDoor && frontDoorProblem, singleProblem, undecidedProblem].filter(Boolean).join(' ');
  const somethingHolds = entersThroughFrontDoor || stuck.length < compute.length;
  return { ruleId: 'scalability', status: somethingHolds ? 'partial' : 'fail', message: problems, nodeIds: stuck };
}
