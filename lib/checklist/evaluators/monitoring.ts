import type { AnalysisContext } from '../analysis-context';
import type { Finding } from '../types';
import { allOf, listLabels } from '../wording';

export function evaluateMonitoring(ctx: AnalysisContext): Finding {
  const monitors = ctx.withRole('monitoring');
  const compute = ctx.paths.computeIds;
  const unobserved = compute.filter((id) => !ctx.observedIds.has(id));
  if (monitors.length === 0) {
    return {
      ruleId: 'monitoring',
      status: 'fail',
      message: 'No monitoring: add metrics and alerting and connect them to the services on the request path.',
      nodeIds: unobserved,
    };
  }
  const monitorIds = monitors.map((m) => m.id);
  if (compute.length > 0 && unobserved.length === compute.length) {
    return {
      ruleId: 'monitoring',
      status: 'fail',
      message: `${listLabels(ctx, monitorIds)} ${monitors.length === 1 ? 'exists' : 'exist'} but observe${monitors.length === 1 ? 's' : ''} nothing on the request path: connect monitoring to ${listLabels(ctx, unobserved)} (or to a boundary holding them).`,
      nodeIds: [...unobserved, ...monitorIds],
    };
  }

  const problems: string[] = [];
  if (compute.length === 0) problems.push('There is no request path to observe yet: connect a client through services to a datastore or model server.');
  if (unobserved.length > 0) problems.push(`Not observed: ${listLabels(ctx, unobserved)} — connect monitoring to ${unobserved.length === 1 ? 'it' : 'them'} or to a boundary holding ${unobserved.length === 1 ? 'it' : 'them'}.`);
  const missingParts = [ctx.withRole('metrics').length === 0 && 'metrics', ctx.withRole('alerting').length === 0 && 'alerting'].filter(Boolean);
  if (missingParts.length) problems.push(`Add ${missingParts.join(' and ')}: ${missingParts.length === 2 ? 'they' : 'it'} turn${missingParts.length === 2 ? '' : 's'} observations into pages.`);

  // Drift only makes sense where a model or its features live.
  const mlTargets = [...ctx.withRole('ml-serving'), ...ctx.withRole('feature-store')];
  const driftWatched = mlTargets.filter((n) => ctx.driftWatchedIds.has(n.id));
  if (mlTargets.length > 0 && driftWatched.length === 0) {
    problems.push(`Nothing watches drift: attach a drift monitor to ${listLabels(ctx, mlTargets.map((n) => n.id), 2)}.`);
  }

  if (problems.length === 0) {
    const drift = driftWatched.length ? `; drift is watched on ${listLabels(ctx, driftWatched.map((n) => n.id), 2)}` : '';
    return {
      ruleId: 'monitoring',
      status: 'pass',
      message: `Metrics and alerting are in place and ${allOf(ctx, compute, 'request-path service', 'is observed', 'are observed')}${drift}.`,
      nodeIds: monitorIds,
    };
  }
  return {
    ruleId: 'monitoring',
    status: 'partial',
    message: problems.join(' '),
    nodeIds: unobserved.length ? unobserved : mlTargets.filter((n) => !ctx.driftWatchedIds.has(n.id)).map((n) => n.id),
  };
}
