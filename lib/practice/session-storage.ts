// A practice session as it is kept in localStorage, and the way back. The schema checks the
// shape of each field; the order checks after it check what a schema cannot see (pauses in
// time order, one boundary per phase in phase order, a status that agrees with both), so a
// restored session can never make the reducer's arithmetic run backwards.
import * as z from 'zod/mini';
import { MAX_PHASE_MS, MIN_PHASE_MS, PHASE_ORDER } from './phases';
import { parseStoredDocument, validateDocumentSafely, type DocumentValidator } from './document-shape';
import { SESSION_STATE_VERSION, type PhaseBoundary, type PracticeSessionState } from './session';

export function serializeSession(state: PracticeSessionState): string {
  return JSON.stringify(state);
}

/** Epoch or elapsed milliseconds: finite and not negative (zod 4 numbers are finite). */
const time = z.number().check(z.gte(0));
const phaseMs = z.number().check(z.gte(MIN_PHASE_MS), z.lte(MAX_PHASE_MS));
const phaseId = z.enum(PHASE_ORDER as readonly PhaseBoundary['phase'][]);

const PauseSchema = z.object({ from: time, to: z.nullable(time) });

const BoundarySchema = z.object({
  phase: phaseId,
  elapsedMs: time,
  at: time,
  reason: z.enum(['time', 'manual', 'finish']),
  snapshotId: z.optional(z.nullable(z.string())),
  // Checked separately: a snapshot the document parser rejects is dropped, the boundary kept.
  document: z.optional(z.unknown()),
});

const StoredSessionSchema = z.object({
  version: z.literal(SESSION_STATE_VERSION),
  promptId: z.string().check(z.minLength(1)),
  plan: z.object({ requirements: phaseMs, 'high-level': phaseMs, 'deep-dive': phaseMs, 'edge-cases': phaseMs }),
  startedAt: time,
  pauses: z.array(PauseSchema),
  status: z.enum(['running', 'paused', 'finished']),
  boundaries: z.array(BoundarySchema),
  finishedAt: z.nullable(time),
  lastEventAt: time,
});

type StoredSession = z.infer<typeof StoredSessionSchema>;

/** Pauses are ordered, do not overlap, start inside the session; only the last may be open, and only while paused. */
function pausesInOrder(stored: StoredSession): boolean {
  let cursor = stored.startedAt;
  for (const [i, pause] of stored.pauses.entries()) {
    if (pause.from < cursor) return false;
    if (pause.to === null && i !== stored.pauses.length - 1) return false;
    if (pause.to !== null && pause.to < pause.from) return false;
    cursor = pause.to ?? pause.from;
  }
  return (stored.status === 'paused') === (stored.pauses.at(-1)?.to === null);
}

/** One boundary per phase in phase order, elapsed time never going back, and a finish only at the end (and only when finished). */
function boundariesInOrder(stored: StoredSession): boolean {
  let previousElapsed = 0;
  for (const [i, boundary] of stored.boundaries.entries()) {
    if (PHASE_ORDER.indexOf(boundary.phase) !== i) return false;
    if (boundary.elapsedMs < previousElapsed) return false;
    if (boundary.reason === 'finish' && i !== stored.boundaries.length - 1) return false;
    previousElapsed = boundary.elapsedMs;
  }
  return (stored.status === 'finished') === (stored.boundaries.at(-1)?.reason === 'finish');
}

function timesInOrder(stored: StoredSession): boolean {
  if (stored.lastEventAt < stored.startedAt) return false;
  if (stored.status === 'finished') return stored.finishedAt !== null && stored.finishedAt >= stored.startedAt;
  return stored.finishedAt === null;
}

export interface ParseSessionOptions {
  /** Defaults to lib/model's parseDocument; snapshots it rejects are dropped (the boundary is kept). */
  validateDocument?: DocumentValidator;
}

/**
 * Restores a stored session (JSON text or an already parsed value). Never throws: anything
 * malformed or internally inconsistent gives null, and the UI simply starts fresh.
 */
export function parseStoredSession(stored: unknown, options: ParseSessionOptions = {}): PracticeSessionState | null {
  try {
    return parseSessionValue(typeof stored === 'string' ? JSON.parse(stored) : stored, options);
  } catch {
    return null;
  }
}

function parseSessionValue(raw: unknown, options: ParseSessionOptions): PracticeSessionState | null {
  const result = StoredSessionSchema.safeParse(raw);
  if (!result.success) return null;
  const stored = result.data;
  if (!timesInOrder(stored) || !pausesInOrder(stored) || !boundariesInOrder(stored)) return null;
  const validate = options.validateDocument ?? parseStoredDocument;
  const boundaries: PhaseBoundary[] = stored.boundaries.map((b) => ({
    phase: b.phase,
    elapsedMs: b.elapsedMs,
    at: b.at,
    reason: b.reason,
    snapshotId: b.snapshotId ?? null,
    document: b.document == null ? null : validateDocumentSafely(b.document, validate),
  }));
  return {
    version: SESSION_STATE_VERSION,
    promptId: stored.promptId,
    plan: stored.plan,
    startedAt: stored.startedAt,
    pauses: stored.pauses,
    status: stored.status,
    boundaries,
    finishedAt: stored.finishedAt,
    lastEventAt: stored.lastEventAt,
  };
}
