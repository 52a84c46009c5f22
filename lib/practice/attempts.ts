// Attempt history: one record per finished practice session, kept locally so the user can
// see scores over time and reopen an old board. A pure list API plus a zod/mini parser for
// the stored list that drops bad entries one by one and never throws.
import * as z from 'zod/mini';
import { newId } from '@/lib/model/document';
import type { BoardDocument, PhaseId } from '@/lib/model/types';
import { isPhaseId } from './phases';
import { parseStoredDocument, validateDocumentSafely, type DocumentValidator } from './document-shape';

export const ATTEMPTS_STORAGE_VERSION = 1;
/** Each attempt carries a whole board, so the history is capped; the oldest go first. */
export const MAX_ATTEMPTS = 50;

export interface AttemptScore {
  /** Checklist rules passed. */
  passed: number;
  /** Checklist rules that applied (not n/a). */
  applicable: number;
}

export interface Attempt {
  id: string;
  /** The practice prompt's id (see templates/); free text so retired prompts still load. */
  promptId: string;
  /** The prompt's title at the time, so the history reads well even if the prompt is gone. */
  title: string;
  /** ISO timestamp of when the attempt finished. */
  date: string;
  /** Active practice time (pauses excluded). */
  durationMs: number;
  score: AttemptScore;
  /** The final board, to reopen. */
  document: BoardDocument;
  /** Time spent per phase, for the review screen. */
  phaseSpentMs?: Partial<Record<PhaseId, number>>;
}

export function createAttempt(fields: Omit<Attempt, 'id'> & { id?: string }): Attempt {
  return { ...fields, id: fields.id ?? newId('attempt') };
}

function timeOf(attempt: Attempt): number {
  return Date.parse(attempt.date);
}

export type SortOrder = 'newest-first' | 'oldest-first';

/** A sorted copy; equal dates fall back to id order so the result is deterministic. */
export function sortAttemptsByDate(list: readonly Attempt[], order: SortOrder = 'newest-first'): Attempt[] {
  const direction = order === 'newest-first' ? -1 : 1;
  return [...list].sort((a, b) => direction * (timeOf(a) - timeOf(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Adds (or replaces, by id) an attempt; returns the list newest first, capped at `limit`. */
export function addAttempt(list: readonly Attempt[], attempt: Attempt, limit = MAX_ATTEMPTS): Attempt[] {
  const others = list.filter((a) => a.id !== attempt.id);
  return sortAttemptsByDate([...others, attempt]).slice(0, Math.max(0, limit));
}

export function removeAttempt(list: readonly Attempt[], id: string): Attempt[] {
  return list.filter((a) => a.id !== id);
}

/** passed ÷ applicable, or null when no rule applied. */
export function scoreRatio(score: AttemptScore): number | null {
  return score.applicable > 0 ? score.passed / score.applicable : null;
}

export interface ScorePoint {
  attemptId: string;
  promptId: string;
  title: string;
  date: string;
  /** Epoch ms, for the chart's x axis. */
  time: number;
  /** 0..1, or null when no rule applied (the chart leaves a gap). */
  ratio: number | null;
  /** "7/9" */
  label: string;
}

/** Points for the score-over-time chart, oldest first. */
export function scoreSeries(attempts: readonly Attempt[]): ScorePoint[] {
  return sortAttemptsByDate(attempts, 'oldest-first').map((a) => ({
    attemptId: a.id,
    promptId: a.promptId,
    title: a.title,
    date: a.date,
    time: timeOf(a),
    ratio: scoreRatio(a.score),
    label: `${a.score.passed}/${a.score.applicable}`,
  }));
}

// ---------------------------------------------------------------------------------------
// Storage

export function serializeAttempts(list: readonly Attempt[]): string {
  return JSON.stringify({ version: ATTEMPTS_STORAGE_VERSION, attempts: list });
}

export interface ParseAttemptsOptions {
  /** Defaults to lib/model's parseDocument; an attempt whose board it rejects is dropped. */
  validateDocument?: DocumentValidator;
}

const count = z.int().check(z.gte(0));

const StoredAttemptSchema = z.object({
  id: z.string().check(z.minLength(1)),
  promptId: z.string().check(z.minLength(1)),
  title: z.string(),
  date: z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'not a date')),
  durationMs: z.number().check(z.gte(0)),
  score: z.object({ passed: count, applicable: count }).check(z.refine((s) => s.passed <= s.applicable, 'more passed than applied')),
  // Checked separately: the board goes through the document parser.
  document: z.unknown(),
  // Per-phase times are a nicety: the valid entries are kept, anything else is ignored.
  phaseSpentMs: z.catch(z.optional(z.record(z.string(), z.unknown())), undefined),
});

const spentMs = z.number().check(z.gte(0));

function validPhaseTimes(raw: Record<string, unknown> | undefined): Partial<Record<PhaseId, number>> | undefined {
  if (!raw) return undefined;
  const spent: Partial<Record<PhaseId, number>> = {};
  for (const [phase, ms] of Object.entries(raw)) {
    const valid = spentMs.safeParse(ms);
    if (isPhaseId(phase) && valid.success) spent[phase] = valid.data;
  }
  return Object.keys(spent).length > 0 ? spent : undefined;
}

function parseAttempt(raw: unknown, validate: DocumentValidator): Attempt | null {
  const result = StoredAttemptSchema.safeParse(raw);
  if (!result.success) return null;
  const { phaseSpentMs, document, ...fields } = result.data;
  const board = validateDocumentSafely(document, validate);
  if (!board) return null;
  const phaseTimes = validPhaseTimes(phaseSpentMs);
  return phaseTimes ? { ...fields, document: board, phaseSpentMs: phaseTimes } : { ...fields, document: board };
}

/** The `{version, attempts}` envelope, or a bare array of attempts. */
const StoredAttemptsSchema = z.union([
  z.array(z.unknown()),
  z.pipe(
    z.object({ version: z.literal(ATTEMPTS_STORAGE_VERSION), attempts: z.array(z.unknown()) }),
    z.transform((envelope) => envelope.attempts),
  ),
]);

/**
 * Reads the stored history (JSON text or a parsed value: the `{version, attempts}` envelope
 * or a bare array). Bad entries and duplicate ids are dropped one by one; anything
 * unreadable gives an empty list. Never throws. Newest first, capped at MAX_ATTEMPTS.
 */
export function parseStoredAttempts(stored: unknown, options: ParseAttemptsOptions = {}): Attempt[] {
  let entries: unknown[];
  try {
    const result = StoredAttemptsSchema.safeParse(typeof stored === 'string' ? JSON.parse(stored) : stored);
    if (!result.success) return [];
    entries = result.data;
  } catch {
    return [];
  }

  const validate = options.validateDocument ?? parseStoredDocument;
  const seen = new Set<string>();
  const attempts: Attempt[] = [];
  for (const entry of entries) {
    let attempt: Attempt | null;
    try {
      attempt = parseAttempt(entry, validate);
    } catch {
      attempt = null; // e.g. a getter that throws: drop this entry, keep the others
    }
    if (!attempt || seen.has(attempt.id)) continue;
    seen.add(attempt.id);
    attempts.push(attempt);
  }
  return sortAttemptsByDate(attempts).slice(0, MAX_ATTEMPTS);
}
