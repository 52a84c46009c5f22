// Share links: the whole board compressed into the URL fragment, so no server is involved
// (the fragment never leaves the browser). Encoding is lz-string's
// compressToEncodedURIComponent of the exported file's JSON envelope. Decoding yields the
// JSON *text*; the caller runs it through lib/model's parseBoardFileText like any import,
// so a share link gets the same repairs, limits and error messages as a file.
//
// Decompression is our own port of lz-string's decoder with a running output cap: a short
// LZ-style stream can expand quadratically (a "zip bomb" in a link), and lz-string's own
// decompressor only returns once it has built the whole string.
import { compressToEncodedURIComponent } from 'lz-string';
import { parseBoardFileText, type ParseOptions, type ParseResult } from '@/lib/model/parse';
import { LIMITS } from '@/lib/model/schema';
import { toPlainDocument } from '@/lib/model/serialize';
import { FILE_TYPE, SCHEMA_VERSION, type BoardDocument, type BoardFile } from '@/lib/model/types';

/** The fragment parameter that holds the board: `#board=<data>`. */
export const SHARE_FRAGMENT_KEY = 'board';
/** Chrome's URL limit is about 2 MB; longer fragments cannot have come from a working link. */
export const MAX_SHARE_FRAGMENT_CHARS = 2_000_000;
/** The same limit as an imported file, checked while decompressing. */
export const MAX_SHARE_TEXT_CHARS = LIMITS.maxFileChars;
/**
 * Links longer than this may be cut by chat apps, mail clients or older browsers; the UI
 * can warn (and suggest Export JSON) without refusing to copy.
 */
export const SHARE_LINK_WARN_CHARS = 32_000;

export type ShareDecodeResult = { ok: true; text: string } | { ok: false; reason: string };

export interface ShareLimits {
  maxFragmentChars?: number;
  maxTextChars?: number;
}

/** `#board=…` for the document, ready to append to the page URL. */
export function encodeShareFragment(doc: BoardDocument): string {
  const file: BoardFile = { type: FILE_TYPE, version: SCHEMA_VERSION, document: toPlainDocument(doc) };
  return `#${SHARE_FRAGMENT_KEY}=${compressToEncodedURIComponent(JSON.stringify(file))}`;
}

/** The page URL (any existing fragment replaced) with the board in its fragment. */
export function shareUrl(pageUrl: string, doc: BoardDocument): string {
  const hashAt = pageUrl.indexOf('#');
  return `${hashAt === -1 ? pageUrl : pageUrl.slice(0, hashAt)}${encodeShareFragment(doc)}`;
}

/** The raw value of `board=` in a fragment (with or without "#"), or null when absent. */
function fragmentValue(hash: string): string | null {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of body.split('&')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq) === SHARE_FRAGMENT_KEY) return part.slice(eq + 1);
  }
  return null;
}

/** Whether the fragment carries a board at all (so the app knows to try loading it). */
export function hasShareFragment(hash: string): boolean {
  return typeof hash === 'string' && fragmentValue(hash) !== null;
}

const URI_SAFE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const ALPHABET_VALUES = new Map([...URI_SAFE_ALPHABET].map((ch, i) => [ch, i]));

const DAMAGED = 'This link is damaged: it could not be decompressed. Ask for a new link, or for the exported JSON file.';

/** Never throws. */
export function decodeShareFragment(hash: string, limits: ShareLimits = {}): ShareDecodeResult {
  const maxFragmentChars = limits.maxFragmentChars ?? MAX_SHARE_FRAGMENT_CHARS;
  const maxTextChars = limits.maxTextChars ?? MAX_SHARE_TEXT_CHARS;
  if (typeof hash !== 'string') return { ok: false, reason: 'This link has no board in it.' };
  // Checked first, before any work proportional to the length.
  if (hash.length > maxFragmentChars + SHARE_FRAGMENT_KEY.length + 2) {
    return { ok: false, reason: tooLongReason(hash.length, maxFragmentChars) };
  }
  let value = fragmentValue(hash);
  if (value === null) return { ok: false, reason: 'This link has no board in it (nothing after "#board=").' };
  // Some apps percent-encode "$" or "+" when they pass a link on, and some turn "+" into a space.
  if (value.includes('%')) {
    try {
      value = decodeURIComponent(value);
    } catch {
      return { ok: false, reason: DAMAGED };
    }
  }
  value = value.replace(/ /g, '+');
  if (value === '') return { ok: false, reason: 'This link is damaged: the board data after "#board=" is empty.' };
  if (value.length > maxFragmentChars) return { ok: false, reason: tooLongReason(value.length, maxFragmentChars) };
  for (const ch of value) {
    if (!ALPHABET_VALUES.has(ch)) {
      return { ok: false, reason: 'This link is damaged: it contains characters a share link never has (was it edited or cut?).' };
    }
  }
  const result = decompressCapped(value, maxTextChars);
  if (result === 'too-large') {
    return {
      ok: false,
      reason: `This link's board is too large: over ${formatMegabytes(maxTextChars)} once unpacked, the same limit as for an imported file.`,
    };
  }
  if (result === null || result === '') return { ok: false, reason: DAMAGED };
  return { ok: true, text: result };
}

function tooLongReason(length: number, max: number): string {
  return `This link is too long (${length.toLocaleString('en-US')} characters; the limit is ${max.toLocaleString('en-US')}).`;
}

function formatMegabytes(chars: number): string {
  return `${(chars / (1024 * 1024)).toFixed(chars % (1024 * 1024) === 0 ? 0 : 1)} MB`;
}

/**
 * lz-string's `_decompress` for the URI-safe alphabet (6 bits per character), with two
 * changes: it stops with 'too-large' once the output passes `maxChars`, and a stream that
 * ends early or refers to an unknown dictionary entry gives null instead of partial text.
 */
function decompressCapped(input: string, maxChars: number): string | null | 'too-large' {
  const length = input.length;
  const resetValue = 32; // 2^(6 − 1): the top bit of a 6-bit character
  // Reading past the end yields zero bits, as in lz-string.
  const valueAt = (index: number) => (index < length ? ALPHABET_VALUES.get(input[index]) ?? 0 : 0);
  let val = valueAt(0);
  let position = resetValue;
  let index = 1;

  const readBits = (count: number): number => {
    let bits = 0;
    for (let i = 0, power = 1; i < count; i += 1, power *= 2) {
      const bit = val & position;
      position >>= 1;
      if (position === 0) {
        position = resetValue;
        val = valueAt(index);
        index += 1;
      }
      if (bit > 0) bits += power;
    }
    return bits;
  };

  const dictionary: string[] = [];
  let enlargeIn = 4;
  let dictSize = 4;
  let numBits = 3;

  let first: string;
  switch (readBits(2)) {
    case 0:
      first = String.fromCharCode(readBits(8));
      break;
    case 1:
      first = String.fromCharCode(readBits(16));
      break;
    default:
      return null; // 2 is the encoding of "", 3 is never written
  }
  dictionary[3] = first;
  let w = first;
  const parts: string[] = [first];
  let total = first.length;

  for (;;) {
    if (index > length) return null; // ran out of input before the end marker: truncated
    let code = readBits(numBits);
    if (code === 0 || code === 1) {
      dictionary[dictSize] = String.fromCharCode(readBits(code === 0 ? 8 : 16));
      dictSize += 1;
      code = dictSize - 1;
      enlargeIn -= 1;
    } else if (code === 2) {
      return parts.join('');
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits += 1;
    }

    let entry: string;
    if (code < dictSize && dictionary[code] !== undefined) entry = dictionary[code];
    else if (code === dictSize) entry = w + w.charAt(0);
    else return null;

    total += entry.length;
    if (total > maxChars) return 'too-large';
    parts.push(entry);

    dictionary[dictSize] = w + entry.charAt(0);
    dictSize += 1;
    enlargeIn -= 1;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits += 1;
    }
  }
}

/**
 * Decode + the project's single parser in one step, for the page that opens a link. A
 * link whose data unpacks to something that is not JSON was damaged on the way (a
 * changed character), so that case is reported as a damaged link rather than a bad file.
 */
export function parseShareFragment(hash: string, options: ParseOptions = {}, limits: ShareLimits = {}): ParseResult {
  const decoded = decodeShareFragment(hash, limits);
  if (!decoded.ok) return { ok: false, code: 'invalid', reason: decoded.reason };
  const parsed = parseBoardFileText(decoded.text, options);
  if (!parsed.ok && (parsed.code === 'not-json' || parsed.code === 'empty' || parsed.code === 'binary')) {
    return { ok: false, code: parsed.code, reason: 'This link is damaged: its data does not unpack to a board. Ask for a new link.' };
  }
  return parsed;
}
