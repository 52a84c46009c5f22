// The review's ranked gaps: the missing roles of the reference, ordered by how much a
// senior interviewer cares about each one for this prompt (interview-weights.json), with
// infrastructure filler always last and at most five shown.
import { getKind, type Role } from '@/lib/catalog';
import { coreRoles, kindPhrase, type StructuralComparison } from './compare';
import weights from './interview-weights.json';

export const MAX_GAPS = 5;

export interface RankedGap {
  /** The role the gap is named after (data-gap in the review). */
  role: Role;
  kind: string;
  /** "No A/B router" */
  title: string;
  /** One sentence: why it matters in the interview. */
  why: string;
  /** The comparison's longer sentence (what the reference does with it). */
  detail: string;
  weight: number;
  referenceNodeIds: string[];
}

const FILLER: readonly string[] = weights.filler;
const DEFAULT_WEIGHTS: Record<string, number> = weights.default;
const PROMPT_WEIGHTS: Record<string, Record<string, number>> = weights.prompts;
const WHY: Record<string, string> = weights.why;

/** How much a role matters in an interview on this prompt (1 when the table is silent). */
export function roleWeight(role: Role, promptId: string | null): number {
  return (promptId ? PROMPT_WEIGHTS[promptId]?.[role] : undefined) ?? DEFAULT_WEIGHTS[role] ?? 1;
}

export function whyItMatters(role: Role): string {
  return WHY[role] ?? 'the reference relies on it';
}

function isMlKind(kindId: string): boolean {
  return getKind(kindId)?.roles.includes('ml') ?? false;
}

export function isFiller(kindId: string): boolean {
  return FILLER.includes(kindId);
}

/** The missing role a gap is named after: the heaviest of the roles the board lacks (or of the kind's own roles). */
function gapRole(kindId: string, roles: Role[], promptId: string | null): Role {
  const kind = getKind(kindId);
  const candidates = roles.length > 0 ? roles : kind ? coreRoles(kind) : [];
  const specific = candidates.filter((r) => r !== 'ml' && r !== 'compute' && r !== 'monitoring' && r !== 'boundary');
  const pool = specific.length > 0 ? specific : candidates;
  return [...pool].sort((a, b) => roleWeight(b, promptId) - roleWeight(a, promptId))[0] ?? 'compute';
}

/** The comparison's missing kinds as gaps, heaviest first, one per role, filler never ahead of a real gap. */
export function rankGaps(comparison: StructuralComparison, promptId: string | null, limit = MAX_GAPS): RankedGap[] {
  const byRole = new Map<Role, RankedGap>();
  for (const message of comparison.messages) {
    if (message.tone !== 'missing') continue;
    const role = gapRole(message.kind, message.roles, promptId);
    const weight = roleWeight(role, promptId);
    const known = byRole.get(role);
    // Two kinds missing the same role: name the ML one (batch inference, not a generic batch job).
    if (known && !(isMlKind(message.kind) && !isMlKind(known.kind))) {
      known.referenceNodeIds.push(...message.referenceNodeIds);
      continue;
    }
    const phrase = kindPhrase(message.kind);
    const earlier = known ? known.referenceNodeIds : [];
    byRole.set(role, {
      role,
      kind: message.kind,
      title: `No ${phrase}`,
      why: whyItMatters(role),
      detail: message.text,
      weight,
      referenceNodeIds: [...message.referenceNodeIds, ...earlier],
    });
  }
  const rank = (g: RankedGap) => (isFiller(g.kind) ? -100 : 0) + g.weight;
  return [...byRole.values()].sort((a, b) => rank(b) - rank(a)).slice(0, limit);
}
