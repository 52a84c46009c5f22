// The one parser for every way a document enters the app: imported files, IndexedDB,
// templates and share links. It never throws. Modelled on Excalidraw's restore.ts: every
// field has a default, and each node and edge is restored on its own, so one bad element
// is dropped (with a warning) instead of the whole file. The refuse-or-repair rules are
// listed in lib/model/PARSING.md, which also maps the files of this folder.
import { newId } from '../document';
import { FIELDS, isValidId } from '../field-table';
import { LIMITS } from '../limits';
import { migrateDocument, type Migration, MIGRATIONS } from '../migrations';
import { own, type RawObject } from '../raw-object';
import { BoardDocumentSchema } from '../schema';
import { SCHEMA_VERSION, type BoardDocument } from '../types';
import { restoreEdges, restoreNodes } from './elements';
import { unwrapEnvelope } from './envelope';
import { restoreText, restoreTimestamp } from './fields';
import { describeJsonError, sniffBinary } from './json-text';
import { refuse, type Refusal } from './refusals';
import { Repairs } from './repairs';
import { restoreStudy } from './study';

export type { ParseErrorCode } from './refusals';
export { lineAndColumn, locateJsonSyntaxError } from './json-text';

export type ParseResult = { ok: true; document: BoardDocument; warnings: string[] } | Refusal;

export interface ParseOptions {
  /** Stamps missing timestamps; injectable so tests are deterministic. */
  now?: Date;
  /** Injectable for tests of the migration chain. */
  migrations?: readonly Migration[];
  schemaVersion?: number;
}

/** Parses the text of a `.json` file the user picked or dropped. Never throws. */
export function parseBoardFileText(text: string, options: ParseOptions = {}): ParseResult {
  if (typeof text !== 'string') return refuse('not-text');
  // Checked before anything else touches the text: JSON.parse of a huge file would freeze the tab.
  if (text.length > LIMITS.maxFileChars) return refuse('file-too-large', text.length);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return refuse('empty');
  const binary = sniffBinary(body);
  if (binary) return refuse('binary', binary);

  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return describeJsonError(body, error);
  }
  return parseDocument(value, options);
}

/** Parses anything (a JSON value, a stored record, a template). Never throws. */
export function parseDocument(input: unknown, options: ParseOptions = {}): ParseResult {
  try {
    return parseDocumentUnsafe(input, options);
  } catch (error) {
    // Per-element try/catch handles ordinary damage; this is for the truly strange
    // (a Proxy that throws on every read, say).
    return refuse('unreadable', error instanceof Error ? error.message : String(error));
  }
}

function parseDocumentUnsafe(input: unknown, options: ParseOptions): ParseResult {
  const target = options.schemaVersion ?? SCHEMA_VERSION;
  const unwrapped = unwrapEnvelope(input, target);
  if (!unwrapped.ok) return unwrapped;
  let raw = unwrapped.raw;

  // Size limits before any per-node work (the expensive part).
  const lists = (['nodes', 'edges'] as const).map((field) => ({ field, list: own(raw, field) }));
  for (const { field, list } of lists) {
    if (list !== undefined && list !== null && !Array.isArray(list)) return refuse('not-a-list', field, list);
  }
  for (const { field, list } of lists) {
    if (Array.isArray(list) && list.length > FIELDS.board[field].maxItems) return refuse('too-many', field, list.length);
  }

  const repairs = new Repairs();
  if (unwrapped.version !== target) {
    const migrated = migrateDocument(raw, unwrapped.version, options.migrations ?? MIGRATIONS, target);
    if (!migrated.ok) return migrated;
    raw = migrated.document;
    if (migrated.noticeable) repairs.note(`The board was upgraded from schema version ${unwrapped.version} to ${target}.`);
  }

  const document = restoreDocument(raw, repairs, options.now ?? new Date());
  const checked = BoardDocumentSchema.safeParse(document);
  if (!checked.success) {
    // Should be unreachable: restore produces only valid values. Refuse rather than hand
    // the UI something the rest of lib/ does not expect.
    const issue = checked.error.issues[0];
    return refuse('unrepairable', issue?.path.join('.') ?? '?', issue?.message ?? 'invalid');
  }
  return { ok: true, document, warnings: repairs.messages() };
}

function restoreDocument(raw: RawObject, repairs: Repairs, now: Date): BoardDocument {
  const stamp = now.toISOString();
  const rawId = own(raw, 'id');
  if (!isValidId(rawId)) repairs.add('board-id');
  const createdAt = restoreTimestamp(own(raw, 'createdAt'), stamp, repairs);
  const document: BoardDocument = {
    schemaVersion: SCHEMA_VERSION,
    id: isValidId(rawId) ? rawId : newId('b'),
    title: restoreText(own(raw, 'title'), FIELDS.board.title, repairs),
    notes: restoreText(own(raw, 'notes'), FIELDS.board.notes, repairs),
    nodes: restoreNodes(listOf(raw, 'nodes'), repairs),
    edges: [],
    createdAt,
    updatedAt: restoreTimestamp(own(raw, 'updatedAt'), createdAt, repairs),
  };
  document.edges = restoreEdges(listOf(raw, 'edges'), document.nodes, repairs);
  const study = restoreStudy(own(raw, 'study'), repairs);
  if (study) document.study = study;
  return document;
}

/**
 * The nodes or edges, checked above to be a list or absent. Not re-checked after a migration:
 * a migration that broke the list throws when it is read, and parseDocument refuses the file.
 */
function listOf(raw: RawObject, field: 'nodes' | 'edges'): unknown[] {
  return (own(raw, field) as unknown[] | null | undefined) ?? [];
}
