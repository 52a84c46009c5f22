import { hasRole, type Role } from '@/lib/catalog';
import { neighbourIds } from '@/lib/graph/board-graph';
import type { AnalysisContext } from '../analysis-context';
import type { ChecklistScope, Finding } from '../types';
import { uniqueIds } from '../wording';

export function evaluateMlLifecycle(ctx: AnalysisContext, scope?: ChecklistScope): Finding {
  // A prompt that leaves training or features out of scope (a serving platform) is not asked for them.
  const inScope = (role: Role) => !scope?.roles || scope.roles.includes(role);
  if (ctx.withRole('ml').length === 0) {
    return { ruleId: 'ml-lifecycle', status: 'n/a', message: 'No ML components on this board.', nodeIds: [] };
  }
  const is = (id: string, role: Role) => hasRole(ctx.node(id).kind, role);
  const ids = (role: Role) => ctx.withRole(role).map((n) => n.id);
  const linked = (a: string, b: string) => neighbourIds(ctx.graph, a).includes(b);
  const problems: string[] = [];
  const involved: string[] = [];
  let held = 0;

  // 1. The registry feeds serving (either direction: "server pulls from registry" is drawn both ways).
  const registries = ids('model-registry');
  const serving = ids('ml-serving');
  if (!inScope('model-registry') || registries.some((r) => serving.some((s) => linked(r, s)))) held++;
  else {
    problems.push(
      registries.length === 0
        ? 'No model registry: add one so serving loads versioned, approved models (and can roll back).'
        : 'The model registry does not feed the model server: connect the registry to serving.',
    );
    involved.push(...registries, ...serving);
  }

  // 2. Training reads from the feature store or the lake / object storage (directly or through data validation).
  const training = ids('ml-training');
  const isTrainingSource = (id: string) => is(id, 'feature-store') || is(id, 'object-storage');
  const readsData = (t: string) =>
    neighbourIds(ctx.graph, t).some((n) => isTrainingSource(n) || (is(n, 'data-validation') && neighbourIds(ctx.graph, n).some(isTrainingSource)));
  if (!inScope('ml-training') || training.some(readsData)) held++;
  else {
    problems.push(
      training.length === 0
        ? 'No training pipeline: show how models are trained and from which data.'
        : 'Training reads from neither the feature store nor the data lake: connect its data source.',
    );
    involved.push(...training);
  }

  // 3. Features shared by training and serving (directly or via one hop), against training/serving skew.
  const featureStores = ids('feature-store');
  const withinOneHop = (a: string, isTarget: (id: string) => boolean) => {
    const near = neighbourIds(ctx.graph, a);
    return near.some(isTarget) || near.some((n) => neighbourIds(ctx.graph, n).some(isTarget));
  };
  if (!inScope('feature-store') || featureStores.some((f) => withinOneHop(f, (id) => is(id, 'ml-training')) && withinOneHop(f, (id) => is(id, 'ml-serving')))) held++;
  else {
    problems.push(
      featureStores.length === 0
        ? 'No feature store: training and serving compute features separately, which causes training/serving skew.'
        : 'The feature store does not reach both training and serving: connect it to both so they use the same features.',
    );
    involved.push(...featureStores);
  }

  // 4. Something triggers retraining: an edge from a drift monitor or an orchestrator to training.
  const triggers = ctx.doc.nodes.filter((n) => hasRole(n.kind, 'drift-monitor') || hasRole(n.kind, 'orchestrator'));
  const triggersTraining = triggers.some((t) => ctx.graph.outgoing.get(t.id)!.some((e) => is(e.target, 'ml-training')));
  if (!inScope('ml-training') || triggersTraining) held++;
  else {
    problems.push('Nothing triggers retraining: connect a drift monitor or a workflow orchestrator to the training pipeline.');
    involved.push(...triggers.map((t) => t.id), ...training);
  }

  if (problems.length === 0) {
    return {
      ruleId: 'ml-lifecycle',
      status: 'pass',
      message: scope?.roles
        ? 'Every ML lifecycle part this prompt asks for is connected.'
        : 'The registry feeds serving, training and serving share the feature store, and retraining is triggered automatically.',
      nodeIds: [],
    };
  }
  return { ruleId: 'ml-lifecycle', status: held > 0 ? 'partial' : 'fail', message: problems.join(' '), nodeIds: uniqueIds(involved) };
}
