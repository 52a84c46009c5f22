// Monthly cost of the board: total, by catalog category, the most expensive components,
// and the cost problems an interviewer would point at (uncosted compute or storage, GPU
// pools that neither autoscale nor use spot). Costs are per component as entered (the
// estimate already covers its replicas), so they are not multiplied by replicas.
import { CATEGORIES, getKind, hasRole, type CategoryId } from '@/lib/catalog';
import { hasTag } from '@/lib/graph/redundancy';
import type { BoardDocument, BoardNode } from '@/lib/model/types';
import { buildAnalysisContext, labelOf, type AnalysisContext } from './analysis-context';

export interface CostLine {
  nodeId: string;
  label: string;
  monthlyCostUsd: number;
}

export interface CategoryCost {
  category: CategoryId | 'other';
  label: string;
  totalUsd: number;
  /** Components in this category that carry a cost. */
  count: number;
}

export interface CostRollup {
  totalUsd: number;
  /** Categories with a cost, most expensive first. */
  byCategory: CategoryCost[];
  /** The five most expensive components, most expensive first. */
  top: CostLine[];
  /** GPU components that neither autoscale nor use spot (nor have an autoscaler attached). */
  gpuWithoutSavings: { nodeId: string; label: string }[];
  /** Compute, storage and cache components without a cost estimate. */
  missingCost: { nodeId: string; label: string }[];
  /** How many components need an estimate (compute, datastore, cache). */
  costableCount: number;
}

export function hasCost(node: BoardNode): node is BoardNode & { monthlyCostUsd: number } {
  return typeof node.monthlyCostUsd === 'number' && Number.isFinite(node.monthlyCostUsd) && node.monthlyCostUsd >= 0;
}

export function needsCost(node: BoardNode): boolean {
  return hasRole(node.kind, 'compute') || hasRole(node.kind, 'datastore') || hasRole(node.kind, 'cache');
}

export function costRollup(doc: BoardDocument): CostRollup {
  return costRollupOf(buildAnalysisContext(doc));
}

export function costRollupOf(ctx: AnalysisContext): CostRollup {
  const categoryTotals = new Map<CategoryCost['category'], CategoryCost>();
  const lines: CostLine[] = [];
  let totalUsd = 0;
  for (const node of ctx.doc.nodes) {
    if (!hasCost(node)) continue;
    totalUsd += node.monthlyCostUsd;
    lines.push({ nodeId: node.id, label: labelOf(node), monthlyCostUsd: node.monthlyCostUsd });
    const category = getKind(node.kind)?.category ?? 'other';
    const entry = categoryTotals.get(category) ?? {
      category,
      label: CATEGORIES.find((c) => c.id === category)?.label ?? 'Other',
      totalUsd: 0,
      count: 0,
    };
    entry.totalUsd += node.monthlyCostUsd;
    entry.count++;
    categoryTotals.set(category, entry);
  }
  const costable = ctx.doc.nodes.filter(needsCost);
  return {
    totalUsd,
    byCategory: [...categoryTotals.values()].filter((c) => c.totalUsd > 0).sort((a, b) => b.totalUsd - a.totalUsd),
    top: lines.filter((l) => l.monthlyCostUsd > 0).sort((a, b) => b.monthlyCostUsd - a.monthlyCostUsd).slice(0, 5),
    gpuWithoutSavings: ctx
      .withRole('gpu')
      .filter((n) => !hasTag(n, 'autoscaling') && !hasTag(n, 'spot') && !ctx.autoscaledIds.has(n.id))
      .map((n) => ({ nodeId: n.id, label: labelOf(n) })),
    missingCost: costable.filter((n) => !hasCost(n)).map((n) => ({ nodeId: n.id, label: labelOf(n) })),
    costableCount: costable.length,
  };
}
