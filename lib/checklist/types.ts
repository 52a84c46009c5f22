import type { Role } from '@/lib/catalog';
import type { AnalysisContext } from './analysis-context';

export type RuleId =
  | 'requirements'
  | 'api'
  | 'data-model'
  | 'scalability'
  | 'caching'
  | 'monitoring'
  | 'failure-modes'
  | 'cost'
  | 'security'
  | 'ml-lifecycle';

export type FindingStatus = 'pass' | 'partial' | 'fail' | 'n/a';

export interface Finding {
  ruleId: RuleId;
  status: FindingStatus;
  /** One line a candidate can act on, naming components by their labels. */
  message: string;
  /** The nodes involved, so clicking the finding selects them. */
  nodeIds: string[];
}

/** A rule as data: the texts a non-programmer reads (and the README table is made of). */
export interface Rule {
  id: RuleId;
  title: string;
  /** One of the four concerns the brief singles out (caching, monitoring, failure modes, cost). */
  core: boolean;
  whyItMatters: string;
  passWhen: string;
  partialWhen: string;
  failWhen: string;
}

export type RuleEvaluator = (ctx: AnalysisContext, scope?: ChecklistScope) => Finding;

/** What a practice prompt asks for: the rules and roles in scope (absent: all of them). */
export interface ChecklistScope {
  rules?: readonly RuleId[];
  roles?: readonly Role[];
}

export interface ChecklistResult {
  /** In rubric order. */
  findings: Finding[];
  score: { passed: number; applicable: number };
}
