import type { AnalysisContext } from '../analysis-context';
import type { Finding } from '../types';
import { allOf, capitalise, listLabels } from '../wording';

export function evaluateDataModel(ctx: AnalysisContext): Finding {
  const stores = ctx.withRole('datastore');
  if (stores.length === 0) {
    return {
      ruleId: 'data-model',
      status: 'fail',
      message: 'No datastore chosen: add where the data lives (e.g. PostgreSQL for tenants and users, object storage for raw events) and say what each holds.',
      nodeIds: [],
    };
  }
  const silent = stores.filter((s) => !s.notes.trim()).map((s) => s.id);
  if (silent.length === 0) {
    return { ruleId: 'data-model', status: 'pass', message: `${capitalise(allOf(ctx, stores.map((s) => s.id), 'datastore', 'says what it holds', 'say what they hold'))}.`, nodeIds: stores.map((s) => s.id) };
  }
  return {
    ruleId: 'data-model',
    status: 'partial',
    message: `Say what ${listLabels(ctx, silent)} ${silent.length === 1 ? 'holds' : 'hold'} (entities, keys, why this store) in ${silent.length === 1 ? 'its' : 'their'} notes.`,
    nodeIds: silent,
  };
}
