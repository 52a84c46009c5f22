// Attempt history: one record per finished practice session, kept locally so the user can
// see scores over time and reopen an old board. A pure list API plus a parser for the
// stored list that drops bad entries one by one and never throws.
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

/** The `n` most recent attempts, newest first. */
export function lastAttempts(list: readonly Attempt[], n: number): Attempt[] {
  return sortAttemptsByDate(list).slice(0, Math.max(0, Math.floor(n)));
}

export function attemptsForPrompt(list: readonly Attempt[], promptId: string): Attempt[] {
  return sortAttemptsByDate(list.filter((a) => a.promptId === promptId));
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isNonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

function parseAttempt(raw: unknown, validate: DocumentValidator): Attempt | null {
  if (!isRecord(raw)) return null;
  const { id, promptId, title, date, durationMs, score, document, phaseSpentMs } = raw;
  if (!isNonEmptyString(id) || !isNonEmptyString(promptId) || typeof title !== 'string') return null;
  if (typeof date !== 'string' || Number.isNaN(Date.parse(date))) return null;
  if (typeof durationMs !== 'number' || !Number.isFinite(durationMs) || durationMs < 0) return null;
  if (!isRecord(score) || !isCount(score.passed) || !isCount(score.applicable) || score.passed > score.applicable) return null;
  const board = validateDocumentSafely(document, validate);
  if (!board) return null;
  const attempt: Attempt = {
    id,
    promptId,
    title,
    date,
    durationMs,
    score: { passed: score.passed, applicable: score.applicable },
    document: board,
  };
  // Per-phase times are a nicety: keep the valid entries, ignore the rest.
  if (isRecord(phaseSpentMs)) {
    const spent: Partial<Record<PhaseId, number>> = {};
    for (const [phase, ms] of Object.entries(phaseSpentMs)) {
      if (isPhaseId(phase) && typeof ms === 'number' && Number.isFinite(ms) && ms >= 0) spent[phase] = ms;
    }
    if (Object.keys(spent).length > 0) attempt.phaseSpentMs = spent;
  }
  return attempt;
}

/**
 * Reads the stored history (JSON text or a parsed value: the `{version, attempts}` envelope
 * or a bare array). Bad entries and duplicate ids are dropped one by one; anything
 * unreadable gives an empty list. Never throws. Newest first, capped at MAX_ATTEMPTS.
 */
export function parseStoredAttempts(stored: unknown, options: ParseAttemptsOptions = {}): Attempt[] {
  let value: unknown;
  try {
    value = typeof stored === 'string' ? JSON.parse(stored) : stored;
  } catch {
    return [];
  }
  let entries: unknown;
  if (Array.isArray(value)) entries = value;
  else if (isRecord(value) && value.version === ATTEMPTS_STORAGE_VERSION) entries = value.attempts;
  if (!Array.isArray(entries)) return [];

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
