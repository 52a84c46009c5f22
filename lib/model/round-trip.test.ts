import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boardDocumentArbitrary } from './fixtures/arbitraries';
import { sampleBoard } from './fixtures/boards';
import { parseBoardFileText, parseDocument, type ParseResult } from './parse';
import { isValidBoardDocument } from './schema';
import { serializeBoardFile } from './serialize';

/** What every accepted document guarantees, however broken the input was. */
function expectSoundResult(result: ParseResult): void {
  if (!result.ok) {
    expect(typeof result.reason).toBe('string');
    expect(result.reason.length).toBeGreaterThan(0);
    return;
  }
  const doc = result.document;
  expect(isValidBoardDocument(doc)).toBe(true);
  const nodeIds = doc.nodes.map((n) => n.id);
  expect(new Set(nodeIds).size).toBe(nodeIds.length);
  expect(new Set(doc.edges.map((e) => e.id)).size).toBe(doc.edges.length);
  const seen = new Set<string>();
  for (const node of doc.nodes) {
    if (node.parentId !== undefined) expect(seen.has(node.parentId)).toBe(true); // parents first, so no cycles
    seen.add(node.id);
  }
  for (const edge of doc.edges) {
    expect(seen.has(edge.source) && seen.has(edge.target) && edge.source !== edge.target).toBe(true);
  }
}

/** Every path to a value inside a JSON tree, so a mutation can hit any of them. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

function setAt(root: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  let parent = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path[path.length - 1]] = replacement;
  return root;
}

describe('round trip', () => {
  it('any board the app can produce survives serialize → parseBoardFileText unchanged, with no warnings', () => {
    fc.assert(
      fc.property(boardDocumentArbitrary, (doc) => {
        const text = serializeBoardFile(doc);
        const result = parseBoardFileText(text);
        if (!result.ok) throw new Error(result.reason);
        expect(result.warnings).toEqual([]);
        expect(result.document).toEqual(doc);
        expect(serializeBoardFile(result.document)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it('the sample board round-trips byte for byte', () => {
    const text = serializeBoardFile(sampleBoard());
    const again = parseBoardFileText(text);
    expect(again.ok && serializeBoardFile(again.document)).toBe(text);
  });
});

describe('mutations never make the parser throw', () => {
  const validText = serializeBoardFile(sampleBoard({ study: undefined }));

  it('text edits: cut, insert, replace, truncate', () => {
    fc.assert(
      fc.property(fc.nat({ max: validText.length }), fc.nat({ max: 40 }), fc.string({ unit: 'binary', maxLength: 8 }), (at, cut, insert) => {
        const mutated = validText.slice(0, at) + insert + validText.slice(Math.min(validText.length, at + cut));
        expectSoundResult(parseBoardFileText(mutated));
        expectSoundResult(parseBoardFileText(validText.slice(0, at)));
      }),
      { numRuns: 500 },
    );
  });

  it('any JSON value put anywhere in a valid file', () => {
    const json = JSON.parse(validText);
    const allPaths = paths(json);
    fc.assert(
      fc.property(fc.nat({ max: allPaths.length - 1 }), fc.jsonValue(), (pick, replacement) => {
        const mutated = setAt(structuredClone(json), allPaths[pick], replacement);
        expectSoundResult(parseBoardFileText(JSON.stringify(mutated)));
      }),
      { numRuns: 1000 },
    );
  });

  it('any JavaScript value (NaN, -0, Maps, null prototypes, getters-free oddities) handed to parseDocument', () => {
    const json = JSON.parse(validText).document;
    const allPaths = paths(json);
    const anything = fc.anything({
      withNullPrototype: true,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withSparseArray: true,
      withBoxedValues: true,
      withObjectString: true,
    });
    fc.assert(
      fc.property(fc.nat({ max: allPaths.length - 1 }), anything, (pick, replacement) => {
        const mutated = setAt(structuredClone(json), allPaths[pick], replacement);
        expectSoundResult(parseDocument(mutated));
      }),
      { numRuns: 1000 },
    );
  });

  it('random mutations of generated boards', () => {
    fc.assert(
      fc.property(boardDocumentArbitrary, fc.nat(), fc.jsonValue(), (doc, pick, replacement) => {
        const json = JSON.parse(serializeBoardFile(doc));
        const allPaths = paths(json);
        const mutated = setAt(json, allPaths[pick % allPaths.length], replacement);
        expectSoundResult(parseBoardFileText(JSON.stringify(mutated)));
      }),
      { numRuns: 300 },
    );
  });
});
