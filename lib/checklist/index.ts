export { evaluateChecklist, evaluateChecklistWith, evaluateRule, EVALUATORS } from './evaluate';
export { RULES, RULE_ORDER, getRule, rulesAsMarkdownTable } from './rules';
export { costRollup, costRollupOf, hasCost, needsCost, type CostRollup, type CostLine, type CategoryCost } from './cost-rollup';
export { buildAnalysisContext, labelOf, type AnalysisContext } from './analysis-context';
export type { Finding, FindingStatus, Rule, RuleId, RuleEvaluator, ChecklistResult, ChecklistScope } from './types';
