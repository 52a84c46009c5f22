// Why a document is refused: every refusal the parser and the migrations can give, each with
// its code (what callers branch on) and its sentence (what the user reads), written once.
import { FIELDS } from '../field-table';
import { LIMITS } from '../limits';
import { FILE_TYPE } from '../types';

/** Why a document was refused; the `reason` beside it is the sentence to show the user. */
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

export interface Refusal<Code extends ParseErrorCode = ParseErrorCode> {
  ok: false;
  code: Code;
  reason: string;
}

/** What a file that is not text looks like (see json-text.ts sniffBinary). */
export type Lookalike = 'png' | 'jpeg' | 'gif' | 'pdf' | 'zip' | 'markup' | 'utf16';

const LOOKALIKES: Record<Lookalike, string> = {
  png: 'This looks like a PNG image, not a Design Drill JSON file.',
  jpeg: 'This looks like a JPEG image or another binary file, not a Design Drill JSON file.',
  gif: 'This looks like a GIF image, not a Design Drill JSON file.',
  pdf: 'This looks like a PDF document, not a Design Drill JSON file.',
  zip: 'This looks like a ZIP archive, not a Design Drill JSON file.',
  markup: 'This looks like an SVG, XML or HTML file, not a Design Drill JSON file.',
  utf16: 'This looks like a binary file (or text saved as UTF-16), not a Design Drill JSON file. Save it as UTF-8 JSON.',
};

/** How a value from the file is named in a sentence. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'string') return 'a piece of text';
  if (typeof value === 'boolean') return 'true/false';
  return typeof value;
}

/** A value from the file quoted in a sentence, cut short so a hostile file cannot flood it. */
export const quote = (value: unknown) => JSON.stringify(String(value).slice(0, 40));

const count = (n: number) => n.toLocaleString('en-US');
const megabytes = (chars: number) => `${(chars / (1024 * 1024)).toFixed(1)} MB`;

const REFUSALS = {
  'not-text': { code: 'invalid', reason: () => 'Expected the text of a file.' },
  'file-too-large': {
    code: 'too-large',
    reason: (chars: number) => `The file is too large (${megabytes(chars)}); the limit is ${megabytes(LIMITS.maxFileChars)}.`,
  },
  empty: { code: 'empty', reason: () => 'The file is empty.' },
  binary: { code: 'binary', reason: (lookalike: Lookalike) => LOOKALIKES[lookalike] },
  'json-invalid': { code: 'not-json', reason: (detail: string) => `The file is not valid JSON (${detail}).` },
  'json-truncated': {
    code: 'not-json',
    reason: (line: number, column: number) => `The file ends unexpectedly at line ${line}, column ${column}: it looks cut off (truncated).`,
  },
  'json-syntax': {
    code: 'not-json',
    reason: (problem: string, line: number, column: number) => `The file is not valid JSON: ${problem} at line ${line}, column ${column}.`,
  },
  unreadable: { code: 'invalid', reason: (detail: string) => `The board could not be read (${detail}).` },
  'not-an-object': { code: 'not-a-board', reason: (value: unknown) => `The file contains ${describeValue(value)}, not a Design Drill board.` },
  'foreign-type': {
    code: 'not-a-board',
    reason: (type: unknown) => `This is not a Design Drill board file (its type is ${quote(type)}, expected "${FILE_TYPE}").`,
  },
  'no-document': {
    code: 'not-a-board',
    reason: () => 'The file has no board in it: its "document" field is missing or not an object.',
  },
  'no-board-fields': {
    code: 'not-a-board',
    reason: () => `This JSON is not a Design Drill board (no "type": "${FILE_TYPE}" envelope and no board fields).`,
  },
  'no-version': { code: 'bad-version', reason: () => 'The file does not say which schema version it uses (no "version" field).' },
  'version-not-whole': {
    code: 'bad-version',
    reason: (version: unknown) =>
      `The schema version must be a whole number, not ${typeof version === 'string' ? quote(version) : describeValue(version)}.`,
  },
  'versions-disagree': {
    code: 'bad-version',
    reason: (envelope: number, document: number) => `The file says schema version ${envelope}, but its board says ${document}.`,
  },
  'newer-schema': {
    code: 'newer-schema',
    reason: (found: number, readsUpTo: number) =>
      `This board was saved by a newer version of Design Drill (schema ${found}; this app reads up to ${readsUpTo}). Update the app to open it.`,
  },
  'migration-version-not-whole': { code: 'bad-version', reason: (version: number) => `The version must be a whole number, not ${String(version)}.` },
  'version-too-old': {
    code: 'bad-version',
    reason: (version: number, oldest: number) => `Schema version ${version} is not supported (the oldest is ${oldest}).`,
  },
  'no-migration': { code: 'bad-version', reason: (from: number) => `No migration from schema version ${from} to ${from + 1}.` },
  'migration-failed': {
    code: 'migration-failed',
    reason: (toVersion: number, detail: string) => `Upgrading the board to schema version ${toVersion} failed: ${detail}`,
  },
  'not-a-list': {
    code: 'invalid',
    reason: (field: 'nodes' | 'edges', value: unknown) => `The board's "${field}" field is ${describeValue(value)}, not a list.`,
  },
  'too-many': {
    code: 'too-large',
    reason: (field: 'nodes' | 'edges', found: number) =>
      `The board has ${count(found)} ${field}; the limit is ${count(FIELDS.board[field].maxItems)}.`,
  },
  unrepairable: { code: 'invalid', reason: (where: string, problem: string) => `The board could not be repaired (${where}: ${problem}).` },
} as const satisfies Record<string, { code: ParseErrorCode; reason: (...args: never[]) => string }>;

export type RefusalId = keyof typeof REFUSALS;
type RefusalArgs<Id extends RefusalId> = Parameters<(typeof REFUSALS)[Id]['reason']>;

/** The refusal `id`, worded with `args`. */
export function refuse<Id extends RefusalId>(id: Id, ...args: RefusalArgs<Id>): Refusal<(typeof REFUSALS)[Id]['code']> {
  const { code, reason } = REFUSALS[id];
  return { ok: false, code, reason: (reason as (...values: RefusalArgs<Id>) => string)(...args) };
}
