// The interview framework from the seed ("System Design Framework to Use") as data:
// four phases with their default minutes and guidance, plus presets that stretch the
// same shape to a longer interview slot.
import type { PhaseId } from '@/lib/model/types';

export interface PracticePhase {
  id: PhaseId;
  /** Shown next to the timer. */
  name: string;
  /** The seed's own timing for a 35-minute design round. */
  defaultMinutes: number;
  /** The seed's bullets for this phase, in its order. */
  guidance: readonly string[];
  /** Practical reminders drawn from the seed's checklist and common pitfalls. */
  tips: readonly string[];
}

export const PHASES: readonly PracticePhase[] = [
  {
    id: 'requirements',
    name: 'Requirements clarification',
    defaultMinutes: 5,
    guidance: [
      'Functional requirements',
      'Non-functional (scale, latency, availability)',
      'Constraints and assumptions',
    ],
    tips: [
      'Ask clarifying questions before drawing anything: jumping to a solution is the most common pitfall.',
      'Put numbers on the non-functional requirements (DAU, QPS, p99 latency, availability).',
      'Run the back-of-envelope estimates: requests per day, peak QPS, storage per year.',
    ],
  },
  {
    id: 'high-level',
    name: 'High-level design',
    defaultMinutes: 10,
    guidance: ['Components diagram', 'Data flow', 'API design'],
    tips: [
      'Start simple, then scale: justify every extra component.',
      'Label the edges leaving clients and the gateway with their API contracts.',
      'Choose the storage for each kind of data (SQL vs NoSQL) and say why.',
    ],
  },
  {
    id: 'deep-dive',
    name: 'Deep dive',
    defaultMinutes: 15,
    guidance: [
      'Database schema',
      'Scaling strategy',
      'Trade-offs and alternatives',
      'Monitoring and observability',
    ],
    tips: [
      'Plan for scalability: horizontal scaling, replicas, autoscaling.',
      'Add a caching layer on the hot read path.',
      'Every design has pros and cons: name the alternative you did not pick.',
      'Never forget monitoring and alerting: it is critical for production systems.',
    ],
  },
  {
    id: 'edge-cases',
    name: 'Edge cases & optimisation',
    defaultMinutes: 5,
    guidance: ['Failure scenarios', 'Cost considerations', 'Future extensibility'],
    tips: [
      'Plan for failures: single points of failure, retries, dead-letter queues.',
      'Consider costs, especially for ML systems (GPU pools, spot, autoscaling).',
      'Discuss security: auth, secrets, tenant isolation.',
    ],
  },
];

export const PHASE_ORDER: readonly PhaseId[] = PHASES.map((p) => p.id);

const phasesById = new Map(PHASES.map((p) => [p.id, p]));

export function getPhase(id: PhaseId): PracticePhase {
  // Every PhaseId is in PHASES, so this lookup cannot miss.
  return phasesById.get(id)!;
}

export function isPhaseId(value: unknown): value is PhaseId {
  return typeof value === 'string' && phasesById.has(value as PhaseId);
}

/** Milliseconds planned for each phase. The session reducer works in milliseconds. */
export type PhasePlan = Record<PhaseId, number>;

export const MINUTE_MS = 60_000;
export const DEFAULT_TOTAL_MINUTES = PHASES.reduce((sum, p) => sum + p.defaultMinutes, 0); // 35
export const PRESET_TOTAL_MINUTES = [35, 45, 60] as const;
export type PresetTotalMinutes = (typeof PRESET_TOTAL_MINUTES)[number];

/** Custom phases may be as short as one second (handy for a quick run-through) and at most two hours. */
export const MIN_PHASE_MS = 1_000;
export const MAX_PHASE_MS = 120 * MINUTE_MS;

export function planTotalMs(plan: PhasePlan): number {
  return PHASE_ORDER.reduce((sum, id) => sum + plan[id], 0);
}

/**
 * Minutes per phase for a total, keeping the seed's 5 : 10 : 15 : 5 proportions. Whole
 * minutes that sum exactly to the total (largest-remainder rounding; ties go to the
 * earlier phase). Integer arithmetic so no floating-point tie is ever mis-broken.
 * 35 → 5/10/15/5, 45 → 7/13/19/6, 60 → 9/17/26/8.
 */
export function scaledMinutes(totalMinutes: number): Record<PhaseId, number> {
  const total = Math.max(PHASES.length, Math.round(totalMinutes));
  const base = DEFAULT_TOTAL_MINUTES;
  const shares = PHASES.map((p, index) => ({
    id: p.id,
    index,
    minutes: Math.floor((p.defaultMinutes * total) / base),
    remainder: (p.defaultMinutes * total) % base,
  }));
  let left = total - shares.reduce((sum, s) => sum + s.minutes, 0);
  const byRemainder = [...shares].sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const share of byRemainder) {
    if (left <= 0) break;
    share.minutes += 1;
    left -= 1;
  }
  // Totals below ~7 minutes could floor a phase to 0; every phase keeps at least one minute.
  for (const share of shares) {
    if (share.minutes === 0) {
      const donor = shares.reduce((a, b) => (b.minutes > a.minutes ? b : a));
      donor.minutes -= 1;
      share.minutes = 1;
    }
  }
  return Object.fromEntries(shares.map((s) => [s.id, s.minutes])) as Record<PhaseId, number>;
}

export function presetPlan(totalMinutes: PresetTotalMinutes | number): PhasePlan {
  const minutes = scaledMinutes(totalMinutes);
  return planFromMinutes(minutes);
}

export const DEFAULT_PLAN: PhasePlan = presetPlan(DEFAULT_TOTAL_MINUTES);

/** Minutes (fractions allowed) → milliseconds, rounded to whole seconds. */
export function planFromMinutes(minutes: Record<PhaseId, number>): PhasePlan {
  return Object.fromEntries(
    PHASE_ORDER.map((id) => [id, Math.round((minutes[id] * MINUTE_MS) / 1000) * 1000]),
  ) as PhasePlan;
}

export type CustomPlanResult =
  | { ok: true; plan: PhasePlan }
  | { ok: false; errors: Partial<Record<PhaseId, string>> };

/**
 * Validates what a user typed for each phase, in minutes (e.g. "12" or "0.5"). Blank,
 * non-numeric, below one second or above two hours is an error for that phase.
 */
export function customPlan(input: Partial<Record<PhaseId, string | number | null | undefined>>): CustomPlanResult {
  const errors: Partial<Record<PhaseId, string>> = {};
  const minutes = {} as Record<PhaseId, number>;
  for (const phase of PHASES) {
    const raw = input[phase.id];
    const value = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw.trim()) : NaN;
    if (!Number.isFinite(value)) {
      errors[phase.id] = `${phase.name}: enter a number of minutes`;
      continue;
    }
    const ms = Math.round((value * MINUTE_MS) / 1000) * 1000;
    if (ms < MIN_PHASE_MS) errors[phase.id] = `${phase.name}: at least one second`;
    else if (ms > MAX_PHASE_MS) errors[phase.id] = `${phase.name}: at most ${MAX_PHASE_MS / MINUTE_MS} minutes`;
    minutes[phase.id] = value;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, plan: planFromMinutes(minutes) };
}

/** True when the value is a complete plan the session reducer can run. */
export function isValidPlan(value: unknown): value is PhasePlan {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return PHASE_ORDER.every((id) => {
    const ms = record[id];
    return typeof ms === 'number' && Number.isFinite(ms) && ms >= MIN_PHASE_MS && ms <= MAX_PHASE_MS;
  });
}
