// The one parser for every way a document enters the app: imported files, IndexedDB,
// templates and share links. It never throws. Modelled on Excalidraw's restore.ts: every
// field has a default, and each node and edge is restored on its own, so one bad element
// is dropped (with a warning) instead of the whole file. The refuse-or-repair rules are
// listed in lib/model/PARSING.md; keep that table in step with this file.
import { getKind, isBoundaryKind } from '@/lib/catalog';
import { newId, sortParentsFirst } from './document';
import { migrateDocument, type Migration, MIGRATIONS, type RawObject } from './migrations';
import { BoardDocumentSchema, LIMITS } from './schema';
import {
  EDGE_KINDS,
  FILE_TYPE,
  HANDLE_SIDES,
  SCHEMA_VERSION,
  type BoardDocument,
  type BoardEdge,
  type BoardNode,
  type EdgeKind,
  type HandleSide,
  type Point,
  type Size,
  type StudyGuide,
} from './types';

/** Why a document was refused; `reason` is the sentence to show the user. */
export type ParseErrorCode =
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'not-json'
  | 'not-a-board'
  | 'bad-version'
  | 'newer-schema'
  | 'migration-failed'
  | 'invalid';

export type ParseResult =
  | { ok: true; document: BoardDocument; warnings: string[] }
  | { ok: false; reason: string; code: ParseErrorCode };

export interface ParseOptions {
  /** Stamps missing timestamps; injectable so tests are deterministic. */
  now?: Date;
  /** Injectable for tests of the migration chain. */
  migrations?: readonly Migration[];
  schemaVersion?: number;
}

const refuse = (code: ParseErrorCode, reason: string): ParseResult => ({ ok: false, code, reason });

// ---------------------------------------------------------------------------------------
// Text → JSON
// ---------------------------------------------------------------------------------------

/** Parses the text of a `.json` file the user picked or dropped. Never throws. */
export function parseBoardFileText(text: string, options: ParseOptions = {}): ParseResult {
  if (typeof text !== 'string') return refuse('invalid', 'Expected the text of a file.');
  // Checked before anything else touches the text: JSON.parse of a huge file would freeze the tab.
  if (text.length > LIMITS.maxFileChars) {
    return refuse(
      'too-large',
      `The file is too large (${formatMegabytes(text.length)}); the limit is ${formatMegabytes(LIMITS.maxFileChars)}.`,
    );
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return refuse('empty', 'The file is empty.');
  const binary = sniffBinary(body);
  if (binary) return refuse('binary', binary);

  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return refuse('not-json', describeJsonError(body, error));
  }
  return parseDocument(value, options);
}

/** Recognises files that are not text at all, so the user hears what they picked. */
function sniffBinary(text: string): string | null {
  const head = text.slice(0, 1024);
  // file.text() decodes the PNG signature byte 0x89 as U+FFFD.
  if (/^[\uFFFD\u0089]PNG\r?\n?/.test(head)) return 'This looks like a PNG image, not a Design Drill JSON file.';
  if (/^\uFFFD\uFFFD\uFFFD/.test(head) || head.startsWith('\u00FF\u00D8\u00FF')) {
    return 'This looks like a JPEG image or another binary file, not a Design Drill JSON file.';
  }
  if (head.startsWith('GIF87a') || head.startsWith('GIF89a')) return 'This looks like a GIF image, not a Design Drill JSON file.';
  if (head.startsWith('%PDF')) return 'This looks like a PDF document, not a Design Drill JSON file.';
  if (head.startsWith('PK\u0003\u0004')) return 'This looks like a ZIP archive, not a Design Drill JSON file.';
  if (/^\s*<(\?xml|svg|!doctype|html)/i.test(head)) {
    return 'This looks like an SVG, XML or HTML file, not a Design Drill JSON file.';
  }
  if (head.includes('\u0000')) {
    return 'This looks like a binary file (or text saved as UTF-16), not a Design Drill JSON file. Save it as UTF-8 JSON.';
  }
  return null;
}

function describeJsonError(text: string, error: unknown): string {
  // Browsers word JSON.parse errors differently and recent V8 no longer gives a position,
  // so we find the spot ourselves (only on the failure path, so it costs nothing normally).
  const found = locateJsonSyntaxError(text);
  if (!found) {
    const detail = error instanceof Error ? error.message : String(error);
    return `The file is not valid JSON (${detail}).`;
  }
  const { line, column } = lineAndColumn(text, found.offset);
  if (found.truncated) {
    return `The file ends unexpectedly at line ${line}, column ${column}: it looks cut off (truncated).`;
  }
  return `The file is not valid JSON: ${found.problem} at line ${line}, column ${column}.`;
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

type SyntaxProblem = { offset: number; problem: string; truncated: boolean };

/**
 * A small JSON syntax checker that reports where the first error is. Iterative, with an
 * explicit stack, so a file of a million nested brackets cannot overflow the call stack.
 * Returns null when the text is valid JSON.
 */
export function locateJsonSyntaxError(text: string): SyntaxProblem | null {
  const n = text.length;
  const stack: ('{' | '[')[] = [];
  let i = 0;
  type State = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'after-value';
  let state: State = 'value';
  const fail = (problem: string, at = i): SyntaxProblem => ({ offset: at, problem, truncated: false });
  const truncated = (): SyntaxProblem => ({ offset: n, problem: 'the file ends too early', truncated: true });
  const describe = (at: number): string => {
    const rest = text.slice(at, at + 9);
    for (const word of ['NaN', '-Infinity', 'Infinity', 'undefined']) {
      if (rest.startsWith(word)) return `${word} is not allowed in JSON`;
    }
    if (rest[0] === "'") return 'strings must use double quotes';
    return `unexpected character ${JSON.stringify(text[at])}`;
  };

  const scanString = (): SyntaxProblem | null => {
    i++; // opening quote
    while (i < n) {
      const code = text.charCodeAt(i);
      if (code === 34) {
        i++;
        return null;
      }
      if (code === 92) {
        const next = text[i + 1];
        if (next === undefined) return truncated();
        if ('"\\/bfnrt'.includes(next)) {
          i += 2;
        } else if (next === 'u') {
          const hex = text.slice(i + 2, i + 6);
          if (hex.length < 4 && i + 2 + hex.length >= n) return truncated();
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) return fail('invalid \\u escape in a string');
          i += 6;
        } else {
          return fail('invalid escape in a string');
        }
      } else if (code < 0x20) {
        return fail('a line break or control character inside a string (missing closing quote?)');
      } else {
        i++;
      }
    }
    return truncated();
  };
  const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

  for (;;) {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
    if (i >= n) return state === 'after-value' && stack.length === 0 ? null : truncated();
    const ch = text[i];
    switch (state) {
      case 'value-or-close':
        if (ch === ']') {
          stack.pop();
          i++;
          state = 'after-value';
          break;
        }
      // falls through
      case 'value': {
        if (ch === '{') {
          stack.push('{');
          i++;
          state = 'key-or-close';
        } else if (ch === '[') {
          stack.push('[');
          i++;
          state = 'value-or-close';
        } else if (ch === '"') {
          const problem = scanString();
          if (problem) return problem;
          state = 'after-value';
        } else if (ch === '-' || (ch >= '0' && ch <= '9')) {
          numberPattern.lastIndex = i;
          const match = numberPattern.exec(text);
          if (!match) return i + 1 >= n ? truncated() : fail(describe(i));
          i += match[0].length;
          // "1." or "1e" at the very end of the text is a cut-off number.
          if (i < n && /[.eE]/.test(text[i]) && i + 1 >= n) return truncated();
          state = 'after-value';
        } else {
          const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
          if (literal) {
            i += literal.length;
            state = 'after-value';
          } else if (['true', 'false', 'null'].some((word) => word.startsWith(text.slice(i)))) {
            return truncated();
          } else if (ch === ']' && state === 'value' && stack[stack.length - 1] === '[') {
            return fail("a trailing comma before ']'");
          } else {
            return fail(describe(i));
          }
        }
        break;
      }
      case 'key-or-close':
        if (ch === '}') {
          stack.pop();
          i++;
          state = 'after-value';
          break;
        }
      // falls through
      case 'key': {
        if (ch === '}') return fail("a trailing comma before '}'");
        if (ch !== '"') return fail(`expected a property name in double quotes, found ${JSON.stringify(ch)}`);
        const problem = scanString();
        if (problem) return problem;
        state = 'colon';
        break;
      }
      case 'colon':
        if (ch !== ':') return fail(`expected ':' after a property name, found ${JSON.stringify(ch)}`);
        i++;
        state = 'value';
        break;
      case 'after-value': {
        const top = stack[stack.length - 1];
        if (!top) return fail('unexpected text after the end of the JSON');
        const close = top === '{' ? '}' : ']';
        if (ch === ',') {
          i++;
          state = top === '{' ? 'key' : 'value';
        } else if (ch === close) {
          stack.pop();
          i++;
        } else {
          return fail(`expected ',' or '${close}', found ${JSON.stringify(ch)}`);
        }
        break;
      }
    }
  }
}

function formatMegabytes(chars: number): string {
  return `${(chars / (1024 * 1024)).toFixed(1)} MB`;
}

// ---------------------------------------------------------------------------------------
// JSON value → BoardDocument
// ---------------------------------------------------------------------------------------

const isObject = (value: unknown): value is RawObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads an own property only. Hostile files may carry "__proto__" or "constructor" keys;
 * reading only own, known keys into fresh objects means they can never reach a prototype.
 */
function own(object: RawObject, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'string') return 'a piece of text';
  if (typeof value === 'boolean') return 'true/false';
  return typeof value;
}

const quote = (value: unknown) => JSON.stringify(String(value).slice(0, 40));

/** Parses anything (a JSON value, a stored record, a template). Never throws. */
export function parseDocument(input: unknown, options: ParseOptions = {}): ParseResult {
  try {
    return parseDocumentUnsafe(input, options);
  } catch (error) {
    // Per-element try/catch handles ordinary damage; this is for the truly strange
    // (a Proxy that throws on every read, say).
    const detail = error instanceof Error ? error.message : String(error);
    return refuse('invalid', `The board could not be read (${detail}).`);
  }
}

function parseDocumentUnsafe(input: unknown, options: ParseOptions): ParseResult {
  const target = options.schemaVersion ?? SCHEMA_VERSION;
  if (!isObject(input)) {
    return refuse('not-a-board', `The file contains ${describeValue(input)}, not a Design Drill board.`);
  }

  // Accepted: the exported envelope {type, version, document}, and a bare document (what
  // IndexedDB and templates hold). Anything else with a "type" is some other app's file.
  let raw: RawObject;
  let envelopeVersion: unknown;
  const type = own(input, 'type');
  if (type !== undefined) {
    if (type !== FILE_TYPE) {
      return refuse('not-a-board', `This is not a Design Drill board file (its type is ${quote(type)}, expected "${FILE_TYPE}").`);
    }
    const document = own(input, 'document');
    if (!isObject(document)) {
      return refuse('not-a-board', 'The file has no board in it: its "document" field is missing or not an object.');
    }
    raw = document;
    envelopeVersion = own(input, 'version');
  } else if (own(input, 'nodes') !== undefined || own(input, 'schemaVersion') !== undefined) {
    raw = input;
  } else {
    return refuse('not-a-board', `This JSON is not a Design Drill board (no "type": "${FILE_TYPE}" envelope and no board fields).`);
  }

  const version = resolveVersion(envelopeVersion, own(raw, 'schemaVersion'), target);
  if (typeof version !== 'number') return version;

  // Size limits before any per-node work (the expensive part).
  for (const field of ['nodes', 'edges'] as const) {
    const list = own(raw, field);
    if (list !== undefined && list !== null && !Array.isArray(list)) {
      return refuse('invalid', `The board's "${field}" field is ${describeValue(list)}, not a list.`);
    }
  }
  const nodeCount = (own(raw, 'nodes') as unknown[] | undefined)?.length ?? 0;
  const edgeCount = (own(raw, 'edges') as unknown[] | undefined)?.length ?? 0;
  if (nodeCount > LIMITS.maxNodes) {
    return refuse('too-large', `The board has ${nodeCount.toLocaleString('en-US')} nodes; the limit is ${LIMITS.maxNodes.toLocaleString('en-US')}.`);
  }
  if (edgeCount > LIMITS.maxEdges) {
    return refuse('too-large', `The board has ${edgeCount.toLocaleString('en-US')} edges; the limit is ${LIMITS.maxEdges.toLocaleString('en-US')}.`);
  }

  const repairs = new Repairs();
  if (version !== target) {
    const migrated = migrateDocument(raw, version, options.migrations ?? MIGRATIONS, target);
    if (!migrated.ok) return refuse(migrated.code, migrated.reason);
    raw = migrated.document;
    repairs.note(`The board was upgraded from schema version ${version} to ${target}.`);
  }

  const document = restoreDocument(raw, repairs, options.now ?? new Date());
  const checked = BoardDocumentSchema.safeParse(document);
  if (!checked.success) {
    // Should be unreachable: restore produces only valid values. Refuse rather than hand
    // the UI something the rest of lib/ does not expect.
    const issue = checked.error.issues[0];
    return refuse('invalid', `The board could not be repaired (${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'invalid'}).`);
  }
  return { ok: true, document: document, warnings: repairs.messages() };
}

function resolveVersion(envelopeVersion: unknown, documentVersion: unknown, target: number): number | ParseResult {
  const present = [envelopeVersion, documentVersion].filter((v) => v !== undefined);
  if (present.length === 0) {
    return refuse('bad-version', 'The file does not say which schema version it uses (no "version" field).');
  }
  for (const v of present) {
    if (typeof v !== 'number' || !Number.isInteger(v)) {
      return refuse('bad-version', `The schema version must be a whole number, not ${typeof v === 'string' ? quote(v) : describeValue(v)}.`);
    }
  }
  const versions = present as number[];
  const newest = Math.max(...versions);
  if (newest > target) {
    return refuse(
      'newer-schema',
      `This board was saved by a newer version of Design Drill (schema ${newest}; this app reads up to ${target}). Update the app to open it.`,
    );
  }
  if (versions.length === 2 && versions[0] !== versions[1]) {
    return refuse('bad-version', `The file says schema version ${versions[0]}, but its board says ${versions[1]}.`);
  }
  return versions[0];
}

// ---------------------------------------------------------------------------------------
// Repairs: counted, human warnings ("2 edges to missing nodes dropped")
// ---------------------------------------------------------------------------------------

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

type RepairKind = keyof typeof REPAIR_MESSAGES;
const REPAIR_MESSAGES = {
  'node-invalid': (n: number) => `${plural(n, 'invalid node', 'invalid nodes')} dropped`,
  'node-unknown-kind': (n: number, examples: string[]) =>
    `${plural(n, 'node with an unknown kind', 'nodes with unknown kinds')} dropped${examples.length ? ` (${examples.join(', ')})` : ''}`,
  'node-new-id': (n: number) => `${plural(n, 'node without a valid id was', 'nodes without valid ids were')} given a new id`,
  'node-duplicate-id': (n: number) => `${plural(n, 'node with a duplicate id was', 'nodes with duplicate ids were')} given a new id`,
  position: (n: number) => `${plural(n, 'node with invalid coordinates', 'nodes with invalid coordinates')} moved to (0, 0)`,
  'position-clamped': (n: number) =>
    `${plural(n, 'node', 'nodes')} beyond ±${LIMITS.maxCoordinate.toLocaleString('en-US')} moved back onto the board`,
  size: (n: number) => `${plural(n, 'invalid node size', 'invalid node sizes')} reset to the default`,
  replicas: (n: number) => `${plural(n, 'invalid replica count', 'invalid replica counts')} removed`,
  cost: (n: number) => `${plural(n, 'invalid monthly cost', 'invalid monthly costs')} removed`,
  tags: (n: number) => `${plural(n, 'invalid tag', 'invalid tags')} removed or shortened`,
  'parent-missing': (n: number) => `${plural(n, 'node', 'nodes')} moved out of a missing boundary`,
  'parent-not-boundary': (n: number) => `${plural(n, 'node', 'nodes')} moved out of a parent that is not a boundary`,
  'parent-cycle': (n: number) => `${plural(n, 'boundary cycle', 'boundary cycles')} broken (boundaries inside each other)`,
  'edge-invalid': (n: number) => `${plural(n, 'invalid edge', 'invalid edges')} dropped`,
  'edge-new-id': (n: number) => `${plural(n, 'edge without a valid id was', 'edges without valid ids were')} given a new id`,
  'edge-duplicate-id': (n: number) => `${plural(n, 'edge with a duplicate id was', 'edges with duplicate ids were')} given a new id`,
  'edge-missing-node': (n: number) => `${plural(n, 'edge to missing nodes', 'edges to missing nodes')} dropped`,
  'edge-self-loop': (n: number) => `${plural(n, 'edge from a node to itself', 'edges from a node to itself')} dropped`,
  'edge-kind': (n: number) => `${plural(n, 'edge with an unknown kind', 'edges with unknown kinds')} set to sync request`,
  'edge-handle': (n: number) => `${plural(n, 'invalid edge handle', 'invalid edge handles')} removed`,
  'node-label-type': (n: number) => `${plural(n, 'node label that was', 'node labels that were')} not text replaced`,
  'node-label-long': (n: number) => `${plural(n, 'node label', 'node labels')} truncated to ${LIMITS.maxNodeLabelChars} characters`,
  'node-notes-type': (n: number) => `${plural(n, 'node note that was', 'node notes that were')} not text removed`,
  'node-notes-long': (n: number) =>
    `${plural(n, 'node note', 'node notes')} truncated to ${LIMITS.maxNodeNotesChars.toLocaleString('en-US')} characters`,
  'instance-invalid': (n: number) => `${plural(n, 'invalid instance size', 'invalid instance sizes')} removed`,
  'instance-long': (n: number) => `${plural(n, 'instance size', 'instance sizes')} truncated to ${LIMITS.maxInstanceChars} characters`,
  'edge-label-type': (n: number) => `${plural(n, 'edge label that was', 'edge labels that were')} not text removed`,
  'edge-label-long': (n: number) => `${plural(n, 'edge label', 'edge labels')} truncated to ${LIMITS.maxEdgeLabelChars} characters`,
  'title-type': () => 'The title was not text and was replaced',
  'title-long': () => `The title was truncated to ${LIMITS.maxTitleChars} characters`,
  'board-notes-type': () => 'The board notes were not text and were removed',
  'board-notes-long': () => `The board notes were truncated to ${LIMITS.maxBoardNotesChars.toLocaleString('en-US')} characters`,
  'board-id': () => 'The board had no valid id and was given a new one',
  timestamp: (n: number) => `${plural(n, 'invalid timestamp', 'invalid timestamps')} replaced`,
  'study-removed': () => 'The study guide was unreadable and was removed',
  study: (n: number) => `${plural(n, 'study guide entry', 'study guide entries')} repaired`,
} satisfies Record<string, (n: number, examples: string[]) => string>;

class Repairs {
  private readonly counts = new Map<RepairKind | string, { count: number; examples: string[] }>();

  add(kind: RepairKind, example?: string): void {
    const entry = this.counts.get(kind) ?? { count: 0, examples: [] };
    entry.count++;
    if (example !== undefined && entry.examples.length < 3 && !entry.examples.includes(example)) entry.examples.push(example);
    this.counts.set(kind, entry);
  }

  /** A one-off sentence (e.g. a migration), shown first. */
  note(message: string): void {
    this.counts.set(`note:${message}`, { count: 1, examples: [] });
  }

  messages(): string[] {
    return [...this.counts].map(([kind, { count, examples }]) =>
      kind.startsWith('note:') ? kind.slice(5) : REPAIR_MESSAGES[kind as RepairKind](count, examples),
    );
  }
}

// ---------------------------------------------------------------------------------------
// Field restorers
// ---------------------------------------------------------------------------------------

/** Cuts text to `max` UTF-16 units without splitting a surrogate pair. */
export function truncateText(value: string, max: number): string {
  if (value.length <= max) return value;
  const code = value.charCodeAt(max - 1);
  return value.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** A required text field: missing → fallback silently; wrong type → fallback + warning; too long → truncated + warning. */
function restoreText(
  value: unknown,
  max: number,
  fallback: string,
  repairs: Repairs,
  wrongType: RepairKind,
  tooLong: RepairKind,
): string {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'string') {
    repairs.add(wrongType);
    return fallback;
  }
  if (value.length > max) {
    repairs.add(tooLong);
    return truncateText(value, max);
  }
  return value;
}

function isValidId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= LIMITS.maxIdChars;
}

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function restorePosition(value: unknown, repairs: Repairs): Point {
  const x = isObject(value) ? own(value, 'x') : undefined;
  const y = isObject(value) ? own(value, 'y') : undefined;
  if (!isFiniteNumber(x) || !isFiniteNumber(y)) {
    // Covers NaN (saved by JSON.stringify as null), Infinity / 1e400, strings and absence.
    repairs.add('position');
    return { x: 0, y: 0 };
  }
  const max = LIMITS.maxCoordinate;
  // `+ 0` turns -0 into 0, which is what JSON would store anyway.
  const clamp = (v: number) => Math.min(max, Math.max(-max, v)) + 0;
  if (clamp(x) !== x || clamp(y) !== y) repairs.add('position-clamped');
  return { x: clamp(x), y: clamp(y) };
}

function restoreSize(value: unknown, repairs: Repairs): Size | undefined {
  if (value === undefined || value === null) return undefined;
  const width = isObject(value) ? own(value, 'width') : undefined;
  const height = isObject(value) ? own(value, 'height') : undefined;
  const ok = (v: unknown): v is number => isFiniteNumber(v) && v >= 1 && v <= LIMITS.maxNodeDimension;
  if (ok(width) && ok(height)) return { width, height };
  repairs.add('size');
  return undefined;
}

function restoreOptionalNumber(
  value: unknown,
  valid: (v: number) => boolean,
  repairs: Repairs,
  kind: RepairKind,
): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (isFiniteNumber(value) && valid(value)) return value;
  repairs.add(kind);
  return undefined;
}

function restoreTags(value: unknown, repairs: Repairs): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    repairs.add('tags');
    return [];
  }
  const tags: string[] = [];
  for (const tag of value) {
    if (typeof tag !== 'string' || tags.length >= LIMITS.maxTags) {
      repairs.add('tags');
      continue;
    }
    if (tag.length > LIMITS.maxTagChars) repairs.add('tags');
    tags.push(truncateText(tag, LIMITS.maxTagChars));
  }
  return tags;
}

function restoreTimestamp(value: unknown, fallback: string, repairs: Repairs): string {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'string' && value.length <= LIMITS.maxTimestampChars && !Number.isNaN(Date.parse(value))) return value;
  repairs.add('timestamp');
  return fallback;
}

/** A node as read, before parents are checked; `droppedKind` marks one that will not be kept. */
interface Candidate {
  node: BoardNode;
  /** The id references in the file use (the first node with an id owns it). */
  sourceId: string | undefined;
}

function restoreNode(raw: unknown, repairs: Repairs): Candidate | 'unknown-kind' {
  if (!isObject(raw)) throw new Error('not an object');
  const kind = own(raw, 'kind');
  if (typeof kind !== 'string' || !getKind(kind)) {
    repairs.add('node-unknown-kind', typeof kind === 'string' ? quote(kind) : undefined);
    return 'unknown-kind';
  }
  const rawId = own(raw, 'id');
  const node: BoardNode = {
    id: isValidId(rawId) ? rawId : '',
    kind,
    position: restorePosition(own(raw, 'position'), repairs),
    label: restoreText(own(raw, 'label'), LIMITS.maxNodeLabelChars, getKind(kind)!.label, repairs, 'node-label-type', 'node-label-long'),
    tags: restoreTags(own(raw, 'tags'), repairs),
    notes: restoreText(own(raw, 'notes'), LIMITS.maxNodeNotesChars, '', repairs, 'node-notes-type', 'node-notes-long'),
  };
  const parentId = own(raw, 'parentId');
  if (parentId !== undefined && parentId !== null) {
    if (isValidId(parentId)) node.parentId = parentId;
    else repairs.add('parent-missing');
  }
  const size = restoreSize(own(raw, 'size'), repairs);
  if (size) node.size = size;
  const replicas = restoreOptionalNumber(
    own(raw, 'replicas'),
    (v) => Number.isInteger(v) && v >= 0 && v <= LIMITS.maxReplicas,
    repairs,
    'replicas',
  );
  if (replicas !== undefined) node.replicas = replicas;
  const instance = own(raw, 'instance');
  if (instance !== undefined && instance !== null) {
    if (typeof instance !== 'string') repairs.add('instance-invalid');
    else {
      if (instance.length > LIMITS.maxInstanceChars) repairs.add('instance-long');
      node.instance = truncateText(instance, LIMITS.maxInstanceChars);
    }
  }
  const cost = restoreOptionalNumber(own(raw, 'monthlyCostUsd'), (v) => v >= 0 && v <= LIMITS.maxMonthlyCostUsd, repairs, 'cost');
  if (cost !== undefined) node.monthlyCostUsd = cost;
  return { node, sourceId: isValidId(rawId) ? rawId : undefined };
}

function restoreEdge(raw: unknown, repairs: Repairs): BoardEdge {
  if (!isObject(raw)) throw new Error('not an object');
  const rawId = own(raw, 'id');
  const source = own(raw, 'source');
  const target = own(raw, 'target');
  const kind = own(raw, 'kind');
  let edgeKind: EdgeKind = 'sync';
  if (typeof kind === 'string' && (EDGE_KINDS as readonly string[]).includes(kind)) edgeKind = kind as EdgeKind;
  else if (kind !== undefined && kind !== null) repairs.add('edge-kind');
  const edge: BoardEdge = {
    id: isValidId(rawId) ? rawId : '',
    source: isValidId(source) ? source : '',
    target: isValidId(target) ? target : '',
    label: restoreText(own(raw, 'label'), LIMITS.maxEdgeLabelChars, '', repairs, 'edge-label-type', 'edge-label-long'),
    kind: edgeKind,
  };
  for (const field of ['sourceHandle', 'targetHandle'] as const) {
    const handle = own(raw, field);
    if (handle === undefined || handle === null) continue;
    if (typeof handle === 'string' && (HANDLE_SIDES as readonly string[]).includes(handle)) edge[field] = handle as HandleSide;
    else repairs.add('edge-handle');
  }
  return edge;
}

function restoreStudy(raw: unknown, repairs: Repairs): StudyGuide | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!isObject(raw)) {
    repairs.add('study-removed');
    return undefined;
  }
  const max = LIMITS.maxStudyTextChars;
  const text = (value: unknown): string => {
    if (typeof value === 'string') {
      if (value.length > max) repairs.add('study');
      return truncateText(value, max);
    }
    if (value !== undefined && value !== null) repairs.add('study');
    return '';
  };
  const list = <T>(value: unknown, item: (entry: unknown) => T | undefined): T[] => {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      repairs.add('study');
      return [];
    }
    const out: T[] = [];
    for (const entry of value) {
      const restored = out.length < LIMITS.maxStudyListItems ? item(entry) : undefined;
      if (restored === undefined) repairs.add('study');
      else out.push(restored);
    }
    return out;
  };
  const textItem = (entry: unknown) => (typeof entry === 'string' ? text(entry) : undefined);
  const textList = (value: unknown) => list(value, textItem);
  const talking = own(raw, 'talkingPoints');
  const talkingPoints = isObject(talking) ? talking : {};
  if (talking !== undefined && talking !== null && !isObject(talking)) repairs.add('study');
  return {
    prompt: text(own(raw, 'prompt')),
    clarifyingQuestions: textList(own(raw, 'clarifyingQuestions')),
    functionalRequirements: textList(own(raw, 'functionalRequirements')),
    nonFunctionalRequirements: textList(own(raw, 'nonFunctionalRequirements')),
    estimates: list(own(raw, 'estimates'), (entry) =>
      isObject(entry)
        ? { label: text(own(entry, 'label')), arithmetic: text(own(entry, 'arithmetic')), result: text(own(entry, 'result')) }
        : undefined,
    ),
    failureScenarios: textList(own(raw, 'failureScenarios')),
    costNotes: textList(own(raw, 'costNotes')),
    talkingPoints: {
      requirements: textList(own(talkingPoints, 'requirements')),
      'high-level': textList(own(talkingPoints, 'high-level')),
      'deep-dive': textList(own(talkingPoints, 'deep-dive')),
      'edge-cases': textList(own(talkingPoints, 'edge-cases')),
    },
    tags: textList(own(raw, 'tags')),
  };
}

function uniqueId(prefix: string, taken: Set<string>): string {
  let id = newId(prefix);
  while (taken.has(id)) id = newId(prefix);
  return id;
}

// ---------------------------------------------------------------------------------------
// The document
// ---------------------------------------------------------------------------------------

function restoreDocument(raw: RawObject, repairs: Repairs, now: Date): BoardDocument {
  const stamp = now.toISOString();
  const rawId = own(raw, 'id');
  if (!isValidId(rawId)) repairs.add('board-id');
  const createdAt = restoreTimestamp(own(raw, 'createdAt'), stamp, repairs);
  const document: BoardDocument = {
    schemaVersion: SCHEMA_VERSION,
    id: isValidId(rawId) ? rawId : newId('b'),
    title: restoreText(own(raw, 'title'), LIMITS.maxTitleChars, 'Untitled board', repairs, 'title-type', 'title-long'),
    notes: restoreText(own(raw, 'notes'), LIMITS.maxBoardNotesChars, '', repairs, 'board-notes-type', 'board-notes-long'),
    nodes: restoreNodes((own(raw, 'nodes') as unknown[] | undefined) ?? [], repairs),
    edges: [],
    createdAt,
    updatedAt: restoreTimestamp(own(raw, 'updatedAt'), createdAt, repairs),
  };
  document.edges = restoreEdges((own(raw, 'edges') as unknown[] | undefined) ?? [], document.nodes, repairs);
  const study = restoreStudy(own(raw, 'study'), repairs);
  if (study) document.study = study;
  return document;
}

function restoreNodes(rawNodes: unknown[], repairs: Repairs): BoardNode[] {
  // Where every node of the file sat (including ones dropped for an unknown kind), so a
  // child that loses its parent can keep its place on the board.
  const placements = new Map<string, { position: Point; parentId?: string }>();
  const kept: BoardNode[] = [];
  const owners = new Map<string, BoardNode>();
  const takenIds = new Set<string>();

  for (const raw of rawNodes) {
    let candidate: Candidate | 'unknown-kind';
    try {
      candidate = restoreNode(raw, repairs);
    } catch {
      repairs.add('node-invalid');
      continue;
    }
    if (candidate === 'unknown-kind') {
      rememberDroppedPlacement(raw, placements);
      continue;
    }
    const { node, sourceId } = candidate;
    if (sourceId === undefined) {
      repairs.add('node-new-id');
      node.id = uniqueId('n', takenIds);
    } else if (takenIds.has(sourceId)) {
      // References in the file keep pointing to the first node with this id: nothing is
      // rewired by guesswork.
      repairs.add('node-duplicate-id');
      node.id = uniqueId('n', takenIds);
    } else {
      owners.set(sourceId, node);
      placements.set(sourceId, { position: node.position, parentId: node.parentId });
    }
    takenIds.add(node.id);
    kept.push(node);
  }

  const absolute = (id: string): Point => {
    let x = 0;
    let y = 0;
    const seen = new Set<string>();
    let current: string | undefined = id;
    while (current !== undefined && !seen.has(current)) {
      seen.add(current);
      const placement = placements.get(current);
      if (!placement) break;
      x += placement.position.x;
      y += placement.position.y;
      current = placement.parentId;
    }
    return { x, y };
  };
  const detachKeepingPlace = (node: BoardNode, parentId: string) => {
    const offset = absolute(parentId);
    const max = LIMITS.maxCoordinate;
    const clamp = (v: number) => Math.min(max, Math.max(-max, v));
    node.position = { x: clamp(node.position.x + offset.x), y: clamp(node.position.y + offset.y) };
    delete node.parentId;
  };

  // Parents that do not exist or cannot hold children: the node moves to the top level
  // where it was drawn. Offsets are read from the file's original placements.
  for (const node of kept) {
    const parentId = node.parentId;
    if (parentId === undefined) continue;
    if (parentId === node.id) continue; // a self-parent is a cycle, handled below
    const parent = owners.get(parentId);
    if (!parent) {
      repairs.add('parent-missing');
      detachKeepingPlace(node, parentId);
    } else if (!isBoundaryKind(parent.kind)) {
      repairs.add('parent-not-boundary');
      detachKeepingPlace(node, parentId);
    }
  }

  // Cycles among boundaries (A inside B inside A): the member that comes first in the
  // file moves to the top level; its position has no well-defined meaning, so it is kept.
  const order = new Map(kept.map((node, index) => [node, index]));
  const state = new Map<BoardNode, 'walking' | 'done'>();
  for (const start of kept) {
    const path: BoardNode[] = [];
    let current: BoardNode | undefined = start;
    while (current && !state.has(current)) {
      state.set(current, 'walking');
      path.push(current);
      current = current.parentId !== undefined ? owners.get(current.parentId) : undefined;
    }
    if (current && state.get(current) === 'walking') {
      const cycle = path.slice(path.indexOf(current));
      const first = cycle.reduce((a, b) => (order.get(a)! <= order.get(b)! ? a : b));
      delete first.parentId;
      repairs.add('parent-cycle');
    }
    for (const node of path) state.set(node, 'done');
  }

  return sortParentsFirst(kept);
}

function rememberDroppedPlacement(raw: unknown, placements: Map<string, { position: Point; parentId?: string }>): void {
  if (!isObject(raw)) return;
  const id = own(raw, 'id');
  const position = own(raw, 'position');
  if (!isValidId(id) || placements.has(id) || !isObject(position)) return;
  const x = own(position, 'x');
  const y = own(position, 'y');
  if (!isFiniteNumber(x) || !isFiniteNumber(y)) return;
  const parentId = own(raw, 'parentId');
  placements.set(id, { position: { x, y }, parentId: isValidId(parentId) ? parentId : undefined });
}

function restoreEdges(rawEdges: unknown[], nodes: BoardNode[], repairs: Repairs): BoardEdge[] {
  const nodeIds = new Set(nodes.map((n) => n.id));
  const takenIds = new Set<string>();
  const edges: BoardEdge[] = [];
  for (const raw of rawEdges) {
    let edge: BoardEdge;
    try {
      edge = restoreEdge(raw, repairs);
    } catch {
      repairs.add('edge-invalid');
      continue;
    }
    if (!nodeIds.has(edge.source) || !nodeIds.has(edge.target)) {
      repairs.add('edge-missing-node');
      continue;
    }
    if (edge.source === edge.target) {
      repairs.add('edge-self-loop');
      continue;
    }
    if (!edge.id) {
      repairs.add('edge-new-id');
      edge.id = uniqueId('e', takenIds);
    } else if (takenIds.has(edge.id)) {
      repairs.add('edge-duplicate-id');
      edge.id = uniqueId('e', takenIds);
    }
    takenIds.add(edge.id);
    edges.push(edge);
  }
  return edges;
}
