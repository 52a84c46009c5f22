import type { BoardDocument } from '@/lib/model/types';
import { buildAnalysisContext, type AnalysisContext } from './analysis-context';
import { evaluateApi } from './evaluators/api';
import { evaluateCaching } from './evaluators/caching';
import { evaluateCost } from './evaluators/cost';
import { evaluateDataModel } from './evaluators/data-model';
import { evaluateFailureModes } from './evaluators/failure-modes';
import { evaluateMlLifecycle } from './evaluators/ml-lifecycle';
import { evaluateMonitoring } from './evaluators/monitoring';
import { evaluateRequirements } from './evaluators/requirements';
import { evaluateScalability } from './evaluators/scalability';
import { evaluateSecurity } from './evaluators/security';
import { RULE_ORDER } from './rules';
import type { ChecklistResult, ChecklistScope, Finding, RuleEvaluator, RuleId } from './types';

export const EVALUATORS: Readonly<Record<RuleId, RuleEvaluator>> = {
  requirements: evaluateRequirements,
  api: evaluateApi,
  'data-model': evaluateDataModel,
  scalability: evaluateScalability,
  caching: evaluateCaching,
  monitoring: evaluateMonitoring,
  'failure-modes': evaluateFailureModes,
  cost: evaluateCost,
  security: evaluateSecurity,
  'ml-lifecycle': evaluateMlLifecycle,
};

export function evaluateChecklistWith(ctx: AnalysisContext, scope?: ChecklistScope): ChecklistResult {
  const findings: Finding[] = RULE_ORDER.map((id) =>
    scope?.rules && !scope.rules.includes(id)
      ? { ruleId: id, status: 'n/a', message: 'Not in scope for this prompt.', nodeIds: [] }
      : EVALUATORS[id](ctx, scope),
  );
  const applicable = findings.filter((f) => f.status !== 'n/a');
  return { findings, score: { passed: applicable.filter((f) => f.status === 'pass').length, applicable: applicable.length } };
}

/** Reviews the board against the rubric; pure, and cheap enough to run after every edit. */
export function evaluateChecklist(doc: BoardDocument, scope?: ChecklistScope): ChecklistResult {
  return evaluateChecklistWith(buildAnalysisContext(doc), scope);
}

/** One rule on its own (tests, or a UI that re-checks a single rule). */
export function evaluateRule(doc: BoardDocument, id: RuleId): Finding {
  return EVALUATORS[id](buildAnalysisContext(doc));
}
