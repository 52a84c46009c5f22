// Small helpers that keep the messages readable English.
import type { AnalysisContext } from './analysis-context';

/** "A", "A and B", "A, B and C", "A, B, C and 4 more". */
export function listNames(names: readonly string[], max = 3): string {
  if (names.length === 0) return '';
  if (names.length === 1) return names[0];
  if (names.length <= max) return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

export function listLabels(ctx: AnalysisContext, ids: readonly string[], max = 3): string {
  return listNames(ids.map((id) => ctx.label(id)), max);
}

/** "1 service", "3 services". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

export function usd(amount: number): string {
  return `$${Math.round(amount).toLocaleString('en-US')}`;
}

/** Unique ids in first-seen order. */
export function uniqueIds(ids: Iterable<string>): string[] {
  return [...new Set(ids)];
}

/**
 * "Search API scales out" for one, "all 3 request-path services scale out" for several:
 * avoids "all 1 services".
 */
export function allOf(ctx: AnalysisContext, ids: readonly string[], noun: string, verbOne: string, verbMany: string): string {
  return ids.length === 1 ? `${ctx.label(ids[0])} ${verbOne}` : `all ${count(ids.length, noun)} ${verbMany}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
