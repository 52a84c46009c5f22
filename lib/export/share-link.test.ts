import fc from 'fast-check';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { boardDocumentArbitrary } from '@/lib/model/fixtures/arbitraries';
import { sampleBoard } from '@/lib/model/fixtures/boards';
import { parseBoardFileText } from '@/lib/model/parse';
import { isValidBoardDocument } from '@/lib/model/schema';
import { toPlainDocument } from '@/lib/model/serialize';
import { FILE_TYPE, SCHEMA_VERSION, type BoardDocument } from '@/lib/model/types';
import {
  MAX_SHARE_FRAGMENT_CHARS,
  decodeShareFragment,
  encodeShareFragment,
  hasShareFragment,
  parseShareFragment,
  shareUrl,
} from './share-link';

/** A template-sized board: 30 services in a chain, each with notes. */
function largeBoard(): BoardDocument {
  const nodes = Array.from({ length: 30 }, (_, i) => ({
    id: `n${i}`,
    kind: i % 3 === 0 ? 'k8s-service' : i % 3 === 1 ? 'cache' : 'relational-db',
    position: { x: (i % 6) * 220, y: Math.floor(i / 6) * 120 },
    label: `Service ${i}`,
    replicas: 3,
    monthlyCostUsd: 150 + i,
    tags: ['multi-az'],
    notes: `Why service ${i}: it keeps the hot path short. Considered a monolith; rejected for independent scaling.`,
  }));
  const edges = nodes.slice(1).map((n, i) => ({ id: `e${i}`, source: `n${i}`, target: n.id, label: `GET /v1/items/${i}`, kind: 'sync' as const }));
  return sampleBoard({ id: 'b_large', title: 'Large ünïcödé board ✓', nodes, edges });
}

/**
 * Writes, bit by bit, the lz-string stream a compressor would produce for "aaaa…": one
 * literal, then `codes` references to the newest dictionary entry, each one character
 * longer than the last, so the output grows quadratically with the link's length.
 */
function lzBomb(codes: number): { payload: string; unpackedChars: number } {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
  const bits: number[] = [];
  const write = (value: number, count: number) => {
    for (let i = 0; i < count; i += 1) bits.push((value >> i) & 1);
  };
  write(0, 2); // an 8-bit literal follows
  write('a'.charCodeAt(0), 8);
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  let unpackedChars = 1;
  for (let i = 0; i < codes; i += 1) {
    write(dictSize, numBits); // "the entry being defined right now" = w + w[0]
    unpackedChars += i + 2;
    dictSize += 1;
    enlargeIn -= 1;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits += 1;
    }
  }
  write(2, numBits); // end of stream
  while (bits.length % 6 !== 0) bits.push(0);
  let payload = '';
  for (let i = 0; i < bits.length; i += 6) {
    payload += alphabet[bits.slice(i, i + 6).reduce((v, b) => v * 2 + b, 0)];
  }
  return { payload, unpackedChars };
}

function payloadOf(fragment: string): string {
  return fragment.slice('#board='.length);
}

describe('share link round trip', () => {
  it('encodes the exported envelope into #board=… and decodes the JSON text back', () => {
    const doc = sampleBoard();
    const fragment = encodeShareFragment(doc);
    expect(fragment).toMatch(/^#board=[A-Za-z0-9+\-$]+$/);
    const decoded = decodeShareFragment(fragment);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(JSON.parse(decoded.text)).toEqual({ type: FILE_TYPE, version: SCHEMA_VERSION, document: toPlainDocument(doc) });
  });

  it('round-trips through the project parser (parseBoardFileText)', () => {
    for (const doc of [sampleBoard(), largeBoard()]) {
      const decoded = decodeShareFragment(encodeShareFragment(doc));
      if (!decoded.ok) throw new Error(decoded.reason);
      const parsed = parseBoardFileText(decoded.text);
      expect(parsed.ok && parsed.document).toEqual(toPlainDocument(doc));
      expect(parseShareFragment(encodeShareFragment(doc))).toMatchObject({ ok: true, document: toPlainDocument(doc) });
    }
  });

  it('round-trips any board the app could save', () => {
    fc.assert(
      fc.property(boardDocumentArbitrary, (doc) => {
        const parsed = parseShareFragment(encodeShareFragment(doc));
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(parsed.document).toEqual(toPlainDocument(doc));
      }),
      { numRuns: 60 },
    );
  });

  it('decompresses exactly like lz-string for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 400 }), (text) => {
        const compressed = compressToEncodedURIComponent(text);
        expect(decompressFromEncodedURIComponent(compressed)).toBe(text);
        expect(decodeShareFragment(`#board=${compressed}`)).toEqual({ ok: true, text });
      }),
      { numRuns: 300 },
    );
  });

  it('accepts the fragment with or without "#", among other parameters, and after "+" became a space', () => {
    const fragment = encodeShareFragment(largeBoard());
    const payload = payloadOf(fragment);
    const expected = decodeShareFragment(fragment);
    expect(expected.ok).toBe(true);
    expect(decodeShareFragment(`board=${payload}`)).toEqual(expected);
    expect(decodeShareFragment(`#view=1&board=${payload}&x=y`)).toEqual(expected);
    expect(decodeShareFragment(`#board=${payload.replace(/\+/g, ' ')}`)).toEqual(expected);
    expect(decodeShareFragment(`#board=${encodeURIComponent(payload)}`)).toEqual(expected);
    expect(hasShareFragment(fragment)).toBe(true);
    expect(hasShareFragment('#section-2')).toBe(false);
  });

  it('builds a full URL, replacing any existing fragment', () => {
    const doc = sampleBoard();
    expect(shareUrl('https://drill.example/?x=1#old', doc)).toBe(`https://drill.example/?x=1${encodeShareFragment(doc)}`);
  });

  it('keeps a template-sized board in a link of a few kilobytes', () => {
    const fragment = encodeShareFragment(largeBoard());
    const json = JSON.stringify({ type: FILE_TYPE, version: SCHEMA_VERSION, document: toPlainDocument(largeBoard()) });
    expect(fragment.length).toBeLessThan(json.length / 2);
  });
});

describe('damaged and hostile links', () => {
  const payload = payloadOf(encodeShareFragment(largeBoard()));

  function reasonOf(hash: string, limits?: Parameters<typeof decodeShareFragment>[1]): string {
    const result = decodeShareFragment(hash, limits);
    expect(result.ok).toBe(false);
    return result.ok ? '' : result.reason;
  }

  it('reports a missing or empty board', () => {
    expect(reasonOf('')).toMatch(/no board/);
    expect(reasonOf('#other=abc')).toMatch(/no board/);
    expect(reasonOf('#board=')).toMatch(/damaged.*empty/);
  });

  it('reports a truncated link as damaged', () => {
    for (const cut of [1, 10, Math.floor(payload.length / 2), payload.length - 3]) {
      expect(reasonOf(`#board=${payload.slice(0, cut)}`)).toBe(
        'This link is damaged: it could not be decompressed. Ask for a new link, or for the exported JSON file.',
      );
    }
  });

  it('reports characters a link never has', () => {
    expect(reasonOf(`#board=${payload.slice(0, 50)}*${payload.slice(51)}`)).toMatch(/damaged: it contains characters/);
    expect(reasonOf('#board=%E0%A4%A')).toMatch(/damaged/);
  });

  it('never hands on text that is not the board: changed characters end as a damaged link or a refused file', () => {
    fc.assert(
      fc.property(fc.nat(payload.length - 1), fc.constantFrom(...'ABCxyz019+-$'), (at, ch) => {
        const damaged = `#board=${payload.slice(0, at)}${ch}${payload.slice(at + 1)}`;
        const result = parseShareFragment(damaged);
        if (result.ok) {
          // A change inside a label or note can still unpack to a board: it must then be a valid one.
          expect(isValidBoardDocument(result.document)).toBe(true);
        } else {
          expect(result.reason.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a link longer than the limit before decompressing', () => {
    const long = `#board=${'A'.repeat(MAX_SHARE_FRAGMENT_CHARS + 1)}`;
    expect(reasonOf(long)).toMatch(/too long/);
    expect(reasonOf(`#board=${payload}`, { maxFragmentChars: 100 })).toMatch(/too long \([\d,]+ characters; the limit is 100\)/);
  });

  it('stops a decompression bomb at the size limit', () => {
    // Check the generator against lz-string itself on a small bomb first.
    const small = lzBomb(20);
    expect(decompressFromEncodedURIComponent(small.payload)).toBe('a'.repeat(small.unpackedChars));
    expect(decodeShareFragment(`#board=${small.payload}`)).toEqual({ ok: true, text: 'a'.repeat(small.unpackedChars) });

    // About 6 KB of link that would unpack to ~6.1 million characters.
    const bomb = lzBomb(3_500);
    expect(bomb.payload.length).toBeLessThan(7_000);
    expect(bomb.unpackedChars).toBeGreaterThan(6_000_000);
    expect(reasonOf(`#board=${bomb.payload}`)).toBe(
      "This link's board is too large: over 5 MB once unpacked, the same limit as for an imported file.",
    );
    expect(reasonOf(`#board=${small.payload}`, { maxTextChars: 100 })).toMatch(/too large/);
  });

  it('turns text that is not JSON into a damaged-link error in parseShareFragment', () => {
    const notJson = `#board=${compressToEncodedURIComponent('hello, this is not a board')}`;
    expect(parseShareFragment(notJson)).toMatchObject({ ok: false, reason: expect.stringMatching(/damaged/) });
    const otherApp = `#board=${compressToEncodedURIComponent('{"type":"excalidraw","elements":[]}')}`;
    expect(parseShareFragment(otherApp)).toMatchObject({ ok: false, code: 'not-a-board' });
  });
});
