// Suggested vs chosen values. A node's replicas, instance, monthly cost and tags are chosen
// values: they are stored only once someone accepted or typed them, and only they count in
// the checklist. The catalog's usual values for a kind are suggestions, derived from the kind
// whenever they are shown and never stored, so a stored value always means a decision.
import { getKind } from '@/lib/catalog';
import { formatMonthlyCost } from './format';
import type { BoardNode } from './types';

/** The node fields that hold decisions (and so may show a suggestion while empty). */
export const DECISION_FIELDS = ['replicas', 'instance', 'monthlyCostUsd', 'tags'] as const;
export type DecisionField = (typeof DECISION_FIELDS)[number];

/** Suggested values for the decision fields a node leaves empty; a field is absent when nothing is suggested. */
export interface Suggestion {
  replicas?: number;
  instance?: string;
  monthlyCostUsd?: number;
  tags?: string[];
}

/** True when the node has no chosen value in `field` (tags: no tag at all). */
export function isUndecided(node: Pick<BoardNode, DecisionField>, field: DecisionField): boolean {
  return field === 'tags' ? node.tags.length === 0 : node[field] === undefined;
}

/**
 * The catalog's usual values for the fields this node leaves empty. Empty for unknown kinds,
 * for kinds without usual values, and once every such field holds a chosen value.
 */
export function pendingSuggestion(node: Pick<BoardNode, 'kind' | DecisionField>): Suggestion {
  const defaults = getKind(node.kind)?.defaults ?? {};
  const suggestion: Suggestion = {};
  if (defaults.replicas !== undefined && isUndecided(node, 'replicas')) suggestion.replicas = defaults.replicas;
  if (defaults.instance !== undefined && isUndecided(node, 'instance')) suggestion.instance = defaults.instance;
  if (defaults.monthlyCostUsd !== undefined && isUndecided(node, 'monthlyCostUsd')) suggestion.monthlyCostUsd = defaults.monthlyCostUsd;
  if (defaults.tags?.length && isUndecided(node, 'tags')) suggestion.tags = [...defaults.tags];
  return suggestion;
}

export function hasSuggestion(suggestion: Suggestion): boolean {
  return DECISION_FIELDS.some((field) => suggestion[field] !== undefined);
}

/** The suggestion as the short facts a node card shows: "×3", "500m CPU / 1Gi", "$150/mo", tags. */
export function suggestionFacts(suggestion: Suggestion): string[] {
  const facts: string[] = [];
  if (suggestion.replicas !== undefined) facts.push(`×${suggestion.replicas}`);
  if (suggestion.instance !== undefined) facts.push(suggestion.instance);
  if (suggestion.monthlyCostUsd !== undefined) facts.push(formatMonthlyCost(suggestion.monthlyCostUsd));
  if (suggestion.tags?.length) facts.push(suggestion.tags.join(', '));
  return facts;
}
