import { describe, expect, it } from 'vitest';
import { parseBoardFileText, parseDocument, locateJsonSyntaxError, type ParseResult } from './parse';
import { serializeBoardFile } from './serialize';
import { LIMITS } from './schema';
import { envelope, rawSample, sampleBoard } from './fixtures/boards';
import { SCHEMA_VERSION, type BoardDocument } from './types';

type Expectation =
  | { refused: string; reason: string }
  | { warnings: string[]; check?: (doc: BoardDocument) => void };

interface Case {
  name: string;
  /** File text (parseBoardFileText) … */
  text?: string | (() => string);
  /** … or a JSON value (parseDocument). */
  value?: unknown;
  expect: Expectation;
}

const fileOf = (document: unknown, version: unknown = SCHEMA_VERSION) => JSON.stringify(envelope(document, version));
const withDoc = (mutate: (doc: Record<string, any>) => void) => {
  const doc = rawSample();
  mutate(doc);
  return fileOf(doc);
};
const node = (id: string, kind: string, extra: Record<string, unknown> = {}) => ({
  id, kind, position: { x: 10, y: 20 }, label: id, tags: [], notes: '', ...extra,
});
const bare = (nodes: unknown[], edges: unknown[] = []) => fileOf({ ...rawSample(), nodes, edges });
const ids = (doc: BoardDocument) => doc.nodes.map((n) => n.id);

const PNG_AS_TEXT = '\uFFFDPNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000\u0001';

const cases: Case[] = [
  // --- not a board at all -------------------------------------------------------------
  { name: 'empty file', text: '', expect: { refused: 'empty', reason: 'The file is empty.' } },
  { name: 'only whitespace', text: '  \n\t ', expect: { refused: 'empty', reason: 'The file is empty.' } },
  { name: 'not JSON', text: 'hello world', expect: { refused: 'not-json', reason: 'unexpected character "h" at line 1, column 1' } },
  {
    name: 'truncated JSON (says where)',
    text: () => serializeBoardFile(sampleBoard()).slice(0, 400),
    expect: { refused: 'not-json', reason: 'The file ends unexpectedly at line 19, column 10: it looks cut off (truncated).' },
  },
  { name: 'trailing comma', text: '{\n  "a": 1,\n}', expect: { refused: 'not-json', reason: "a trailing comma before '}' at line 3, column 1" } },
  { name: 'NaN literal', text: '{"x": NaN}', expect: { refused: 'not-json', reason: 'NaN is not allowed in JSON at line 1, column 7' } },
  { name: 'single quotes', text: "{'a': 1}", expect: { refused: 'not-json', reason: 'expected a property name in double quotes' } },
  {
    name: 'UTF-8 BOM is accepted',
    text: () => '\uFEFF' + serializeBoardFile(sampleBoard()),
    expect: { warnings: [], check: (doc) => expect(doc).toEqual(sampleBoard()) },
  },
  { name: 'PNG renamed .json', text: PNG_AS_TEXT, expect: { refused: 'binary', reason: 'This looks like a PNG image, not a Design Drill JSON file.' } },
  { name: 'PNG read as latin-1', text: '\u0089PNG\r\n\u001a\n', expect: { refused: 'binary', reason: 'PNG image' } },
  { name: 'UTF-16 text', text: '\uFFFD\uFFFD{\u0000"\u0000', expect: { refused: 'binary', reason: 'UTF-16' } },
  { name: 'an SVG', text: '<svg xmlns="http://www.w3.org/2000/svg"></svg>', expect: { refused: 'binary', reason: 'SVG, XML or HTML' } },
  { name: 'null', text: 'null', expect: { refused: 'not-a-board', reason: 'The file contains null, not a Design Drill board.' } },
  { name: '[]', text: '[]', expect: { refused: 'not-a-board', reason: 'The file contains a list, not a Design Drill board.' } },
  { name: 'a number', text: '42', expect: { refused: 'not-a-board', reason: 'The file contains a number, not a Design Drill board.' } },
  { name: 'a string', text: '"board"', expect: { refused: 'not-a-board', reason: 'a piece of text' } },
  { name: 'an unrelated object', text: '{"name": "x"}', expect: { refused: 'not-a-board', reason: 'not a Design Drill board (no "type"' } },
  {
    name: 'another app\'s file',
    text: '{"type": "excalidraw", "version": 2, "elements": []}',
    expect: { refused: 'not-a-board', reason: 'its type is "excalidraw"' },
  },
  { name: 'envelope without document', text: '{"type": "design-drill/board", "version": 1}', expect: { refused: 'not-a-board', reason: '"document" field is missing' } },
  { name: 'envelope with document: []', text: '{"type": "design-drill/board", "version": 1, "document": []}', expect: { refused: 'not-a-board', reason: '"document" field' } },

  // --- versions -----------------------------------------------------------------------
  {
    name: 'missing version',
    text: () => JSON.stringify({ type: 'design-drill/board', document: { ...rawSample(), schemaVersion: undefined } }),
    expect: { refused: 'bad-version', reason: 'does not say which schema version' },
  },
  { name: 'version as text', text: () => fileOf(rawSample(), '1'), expect: { refused: 'bad-version', reason: 'whole number, not "1"' } },
  { name: 'fractional version', text: () => fileOf({ ...rawSample(), schemaVersion: 1.5 }, 1.5), expect: { refused: 'bad-version', reason: 'whole number' } },
  { name: 'negative version', text: () => fileOf({ ...rawSample(), schemaVersion: -1 }, -1), expect: { refused: 'bad-version', reason: 'Schema version -1 is not supported' } },
  {
    name: 'future version (envelope)',
    text: () => fileOf({ ...rawSample(), schemaVersion: 7 }, 7),
    expect: { refused: 'newer-schema', reason: `saved by a newer version of Design Drill (schema 7; this app reads up to ${SCHEMA_VERSION})` },
  },
  { name: 'future version (document only)', value: { ...rawSample(), schemaVersion: SCHEMA_VERSION + 1 }, expect: { refused: 'newer-schema', reason: `schema ${SCHEMA_VERSION + 1}` } },
  {
    name: 'envelope and document disagree',
    text: () => fileOf({ ...rawSample(), schemaVersion: 0 }, 1),
    expect: { refused: 'bad-version', reason: 'says schema version 1, but its board says 0' },
  },
  {
    name: 'bare document (storage / templates) is accepted',
    value: rawSample(),
    expect: { warnings: [], check: (doc) => expect(doc).toEqual(sampleBoard()) },
  },
  {
    name: 'v0 prototype board is migrated',
    value: {
      schemaVersion: 0,
      id: 'old',
      title: 'Prototype',
      nodes: [{ id: 'a', type: 'cache', position: { x: 1, y: 2 }, data: { label: 'Hot cache', replicas: 2 } }],
      edges: [],
    },
    expect: {
      warnings: [`The board was upgraded from schema version 0 to ${SCHEMA_VERSION}.`],
      check: (doc) => expect(doc.nodes[0]).toMatchObject({ kind: 'cache', label: 'Hot cache', replicas: 2 }),
    },
  },

  // --- size limits --------------------------------------------------------------------
  {
    name: 'file over 5 MB refused before JSON.parse',
    text: () => '{"pad": "' + 'x'.repeat(LIMITS.maxFileChars) + '"}',
    expect: { refused: 'too-large', reason: 'The file is too large (5.0 MB); the limit is 5.0 MB.' },
  },
  {
    name: 'more than 5,000 nodes',
    text: () => bare(Array.from({ length: 5_001 }, (_, i) => ({ id: `n${i}` }))),
    expect: { refused: 'too-large', reason: 'The board has 5,001 nodes; the limit is 5,000.' },
  },
  {
    name: 'more than 20,000 edges',
    text: () => bare([], Array.from({ length: 20_001 }, () => 0)),
    expect: { refused: 'too-large', reason: 'The board has 20,001 edges; the limit is 20,000.' },
  },

  // --- missing fields and wrong types ---------------------------------------------------
  {
    name: 'document with only a version gets every default',
    text: () => fileOf({ schemaVersion: SCHEMA_VERSION }),
    expect: {
      warnings: ['The board had no valid id and was given a new one'],
      check: (doc) => expect(doc).toMatchObject({ title: 'Untitled board', notes: '', nodes: [], edges: [] }),
    },
  },
  {
    name: 'node missing label, tags, notes, position',
    text: () => bare([{ id: 'a', kind: 'cache' }]),
    expect: {
      warnings: ['1 node with invalid coordinates moved to (0, 0)'],
      check: (doc) => expect(doc.nodes[0]).toEqual({ id: 'a', kind: 'cache', position: { x: 0, y: 0 }, label: 'Cache (Redis)', tags: [], notes: '' }),
    },
  },
  {
    name: 'nodes without ids get new ids',
    text: () => bare([{ kind: 'cache', position: { x: 0, y: 0 } }, { id: '', kind: 'cdn', position: { x: 0, y: 0 } }]),
    expect: { warnings: ['2 nodes without valid ids were given a new id'], check: (doc) => expect(new Set(ids(doc)).size).toBe(2) },
  },
  { name: 'nodes is not a list', text: () => fileOf({ ...rawSample(), nodes: { a: 1 } }), expect: { refused: 'invalid', reason: 'The board\'s "nodes" field is object, not a list.' } },
  {
    name: 'wrong types in fields',
    text: () =>
      withDoc((doc) => {
        doc.title = 42;
        doc.nodes[1].label = { html: true };
        doc.nodes[1].replicas = '3';
        doc.nodes[1].monthlyCostUsd = -5;
        doc.nodes[1].tags = ['ok', 7, null];
        doc.nodes[1].instance = 12;
        doc.edges[0].kind = 'teleport';
        doc.edges[0].sourceHandle = 'middle';
        doc.edges[1].label = ['x'];
      }),
    expect: {
      warnings: [
        'The title was not text and was replaced',
        '1 node label that was not text replaced',
        '2 invalid tags removed or shortened',
        '1 invalid replica count removed',
        '1 invalid instance size removed',
        '1 invalid monthly cost removed',
        '1 edge with an unknown kind set to sync request',
        '1 invalid edge handle removed',
        '1 edge label that was not text removed',
      ],
      check: (doc) => {
        expect(doc.title).toBe('Untitled board');
        expect(doc.nodes[1]).toMatchObject({ label: 'K8s service', tags: ['ok'] });
        expect(doc.nodes[1].replicas).toBeUndefined();
        expect(doc.edges[0]).toEqual({ id: 'e1', source: 'api', target: 'cache', targetHandle: 'left', label: 'GET recs:{user}', kind: 'sync' });
      },
    },
  },
  {
    name: 'non-object nodes and edges dropped one by one',
    text: () => withDoc((doc) => { doc.nodes.push(null, 3, 'x'); doc.edges.push([], true); }),
    expect: { warnings: ['3 invalid nodes dropped', '2 invalid edges dropped'], check: (doc) => expect(ids(doc)).toEqual(['vpc', 'api', 'cache']) },
  },
  {
    name: 'invalid timestamps',
    text: () => withDoc((doc) => { doc.createdAt = 'yesterday-ish'; doc.updatedAt = 5; }),
    expect: { warnings: ['2 invalid timestamps replaced'] },
  },
  {
    name: 'broken study guide entries',
    text: () => withDoc((doc) => { doc.study = { prompt: 'Design X', clarifyingQuestions: ['ok', 5], estimates: 'none', talkingPoints: { requirements: ['a'] } }; }),
    expect: {
      warnings: ['2 study guide entries repaired'],
      check: (doc) => expect(doc.study).toMatchObject({ prompt: 'Design X', clarifyingQuestions: ['ok'], estimates: [], talkingPoints: { requirements: ['a'], 'deep-dive': [] } }),
    },
  },
  { name: 'study guide not an object', text: () => withDoc((doc) => { doc.study = 'read the seed'; }), expect: { warnings: ['The study guide was unreadable and was removed'] } },
  {
    name: 'control loops: an entry without valid ids or an edge kind is dropped and counted',
    text: () =>
      withDoc((doc) => {
        doc.study = {
          prompt: 'Design X',
          controlLoops: [
            { from: 'api', to: 'cache', kind: 'async', why: 'invalidate on write' },
            { from: 'api', to: 'cache', kind: 'telepathy', why: 'unknown kind' },
            { from: 7, to: 'cache', kind: 'sync', why: 'from is not an id' },
            'api → cache',
          ],
        };
      }),
    expect: {
      warnings: ['3 study guide entries repaired'],
      check: (doc) => expect(doc.study?.controlLoops).toEqual([{ from: 'api', to: 'cache', kind: 'async', why: 'invalidate on write' }]),
    },
  },

  // --- coordinates ----------------------------------------------------------------------
  {
    name: 'NaN coordinates (saved by JSON.stringify as null)',
    text: () => withDoc((doc) => { doc.nodes[2].position = { x: null, y: 5 }; }),
    expect: { warnings: ['1 node with invalid coordinates moved to (0, 0)'], check: (doc) => expect(doc.nodes[2].position).toEqual({ x: 0, y: 0 }) },
  },
  {
    name: '1e400 and -1e400 coordinates (Infinity)',
    text: () => withDoc((doc) => { doc.nodes[2].position = '__INF__'; }).replace('"__INF__"', '{"x": 1e400, "y": -1e400}'),
    expect: { warnings: ['1 node with invalid coordinates moved to (0, 0)'] },
  },
  {
    name: 'NaN / Infinity values from storage or templates',
    value: (() => { const doc = rawSample(); doc.nodes[0].position = { x: NaN, y: 0 }; doc.nodes[2].position = { x: 0, y: Infinity }; return doc; })(),
    expect: { warnings: ['2 nodes with invalid coordinates moved to (0, 0)'] },
  },
  {
    name: 'coordinates as text',
    text: () => withDoc((doc) => { doc.nodes[2].position = { x: '10', y: '20' }; }),
    expect: { warnings: ['1 node with invalid coordinates moved to (0, 0)'] },
  },
  {
    name: 'huge but finite coordinates are clamped',
    text: () => withDoc((doc) => { doc.nodes[2].position = { x: 1e300, y: -5e6 }; }),
    expect: { warnings: ['1 node beyond ±1,000,000 moved back onto the board'], check: (doc) => expect(doc.nodes[2].position).toEqual({ x: 1e6, y: -1e6 }) },
  },
  {
    name: 'invalid sizes',
    text: () => withDoc((doc) => { doc.nodes[0].size = { width: 0, height: 1e400 }; }),
    expect: { warnings: ['1 invalid node size reset to the default'], check: (doc) => expect(doc.nodes[0].size).toBeUndefined() },
  },

  // --- ids and references ---------------------------------------------------------------
  {
    name: 'duplicate node ids: new ids, references keep the first owner',
    text: () => withDoc((doc) => { doc.nodes.push(node('cache', 'metrics'), node('cache', 'alerting')); }),
    expect: {
      warnings: ['2 nodes with duplicate ids were given a new id'],
      check: (doc) => {
        expect(new Set(ids(doc)).size).toBe(5);
        expect(doc.nodes.find((n) => n.id === 'cache')?.kind).toBe('cache');
        expect(doc.edges.map((e) => [e.source, e.target])).toEqual([['api', 'cache'], ['cache', 'api']]);
      },
    },
  },
  {
    name: 'duplicate edge ids',
    text: () => withDoc((doc) => { doc.edges.push({ ...doc.edges[0] }); }),
    expect: { warnings: ['1 edge with a duplicate id was given a new id'], check: (doc) => expect(new Set(doc.edges.map((e) => e.id)).size).toBe(3) },
  },
  {
    name: 'edges to missing nodes',
    text: () => withDoc((doc) => {
      doc.edges.push({ id: 'x1', source: 'api', target: 'ghost', label: '', kind: 'sync' }, { id: 'x2', source: 'nobody', label: '', kind: 'sync' });
    }),
    expect: { warnings: ['2 edges to missing nodes dropped'], check: (doc) => expect(doc.edges.map((e) => e.id)).toEqual(['e1', 'e2']) },
  },
  {
    name: 'self-loop',
    text: () => withDoc((doc) => { doc.edges.push({ id: 'loop', source: 'cache', target: 'cache', label: 'retry', kind: 'sync' }); }),
    expect: { warnings: ['1 edge from a node to itself dropped'] },
  },
  {
    name: 'edges without ids',
    text: () => withDoc((doc) => { delete doc.edges[0].id; }),
    expect: { warnings: ['1 edge without a valid id was given a new id'] },
  },

  // --- parents ------------------------------------------------------------------------------
  {
    name: 'parent cycle among boundaries',
    text: () => bare([
      node('a', 'vpc', { parentId: 'b' }),
      node('b', 'namespace', { parentId: 'a' }),
      node('c', 'cache', { parentId: 'b' }),
    ]),
    expect: {
      warnings: ['1 boundary cycle broken (boundaries inside each other)'],
      check: (doc) => {
        expect(doc.nodes.map((n) => [n.id, n.parentId])).toEqual([['a', undefined], ['b', 'a'], ['c', 'b']]);
      },
    },
  },
  {
    name: 'boundary that is its own parent',
    text: () => bare([node('a', 'vpc', { parentId: 'a' })]),
    expect: { warnings: ['1 boundary cycle broken (boundaries inside each other)'], check: (doc) => expect(doc.nodes[0]).toEqual(node('a', 'vpc')) },
  },
  {
    name: 'parent that is not a boundary: child keeps its place on the board',
    text: () => bare([node('db', 'relational-db', { position: { x: 100, y: 100 } }), node('c', 'cache', { parentId: 'db', position: { x: 5, y: 5 } })]),
    expect: {
      warnings: ['1 node moved out of a parent that is not a boundary'],
      check: (doc) => expect(doc.nodes[1]).toEqual(node('c', 'cache', { position: { x: 105, y: 105 } })),
    },
  },
  {
    name: 'missing parent',
    text: () => bare([node('c', 'cache', { parentId: 'gone' })]),
    expect: { warnings: ['1 node moved out of a missing boundary'], check: (doc) => expect(doc.nodes[0].parentId).toBeUndefined() },
  },
  {
    name: 'children come out after their parents',
    text: () => bare([node('c', 'cache', { parentId: 'ns' }), node('ns', 'namespace', { parentId: 'vpc' }), node('vpc', 'vpc')]),
    expect: { warnings: [], check: (doc) => expect(ids(doc)).toEqual(['vpc', 'ns', 'c']) },
  },

  // --- kinds --------------------------------------------------------------------------------
  {
    name: 'unknown kinds dropped, their edges counted, children keep their place',
    text: () => bare(
      [
        node('q', 'quantum-db', { position: { x: 500, y: 500 } }),
        node('z', 'teleporter'),
        node('y', 'teleporter'),
        node('api', 'k8s-service', { parentId: 'q', position: { x: 1, y: 2 } }),
        { id: 'k', position: { x: 0, y: 0 } },
      ],
      [{ id: 'e', source: 'api', target: 'q', label: '', kind: 'sync' }],
    ),
    expect: {
      warnings: [
        '4 nodes with unknown kinds dropped ("quantum-db", "teleporter")',
        '1 node moved out of a missing boundary',
        '1 edge to missing nodes dropped',
      ],
      check: (doc) => expect(doc.nodes).toEqual([expect.objectContaining({ id: 'api', position: { x: 501, y: 502 } })]),
    },
  },

  // --- long text, markup and hostile keys -----------------------------------------------------
  {
    name: '100,000-character label',
    text: () => withDoc((doc) => { doc.nodes[2].label = 'L'.repeat(100_000); }),
    expect: { warnings: ['1 node label truncated to 500 characters'], check: (doc) => expect(doc.nodes[2].label).toHaveLength(500) },
  },
  {
    name: 'long title, notes, edge label, instance, tag',
    text: () => withDoc((doc) => {
      doc.title = 'T'.repeat(1000);
      doc.notes = 'N'.repeat(200_000);
      doc.nodes[1].notes = 'n'.repeat(30_000);
      doc.nodes[1].instance = 'i'.repeat(300);
      doc.nodes[1].tags = ['t'.repeat(100)];
      doc.edges[0].label = 'e'.repeat(600);
    }),
    expect: {
      warnings: [
        'The title was truncated to 200 characters',
        'The board notes were truncated to 100,000 characters',
        '1 invalid tag removed or shortened',
        '1 node note truncated to 20,000 characters',
        '1 instance size truncated to 200 characters',
        '1 edge label truncated to 500 characters',
      ],
    },
  },
  {
    name: 'truncation never splits an emoji',
    text: () => withDoc((doc) => { doc.nodes[2].label = 'x'.repeat(499) + '😀'.repeat(10); }),
    expect: { warnings: ['1 node label truncated to 500 characters'], check: (doc) => expect(doc.nodes[2].label).toBe('x'.repeat(499)) },
  },
  {
    name: 'markup in labels stays plain text',
    text: () => withDoc((doc) => { doc.nodes[2].label = '<img src=x onerror=alert(1)>'; }),
    expect: { warnings: [], check: (doc) => expect(doc.nodes[2].label).toBe('<img src=x onerror=alert(1)>') },
  },
  {
    name: '__proto__ and constructor keys',
    text: () =>
      withDoc((doc) => {
        doc.nodes[2].position = '__P__';
        doc.nodes[2].tags = '__T__';
      })
        .replace('"__P__"', '{"x": 1, "y": 2, "__proto__": {"polluted": true}}')
        .replace('"__T__"', '["a"]')
        .replace('"document":{', '"document":{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},')
        .replace('{"type"', '{"__proto__":{"polluted":true},"type"'),
    expect: {
      warnings: [],
      check: (doc) => {
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.getPrototypeOf(doc)).toBe(Object.prototype);
        expect(Object.getPrototypeOf(doc.nodes[2].position)).toBe(Object.prototype);
        expect(Object.keys(doc)).not.toContain('constructor');
        expect(Object.keys(doc.nodes[2].position)).toEqual(['x', 'y']);
      },
    },
  },
  {
    name: 'node kind "__proto__" or "constructor"',
    text: () => bare([node('a', '__proto__'), node('b', 'constructor'), node('c', 'toString')]),
    expect: { warnings: ['3 nodes with unknown kinds dropped ("__proto__", "constructor", "toString")'] },
  },
  {
    name: 'React Flow fields never survive',
    text: () => withDoc((doc) => { Object.assign(doc.nodes[2], { selected: true, measured: { width: 1 }, dragging: true, data: {} }); }),
    expect: { warnings: [], check: (doc) => expect(Object.keys(doc.nodes[2]).sort()).toEqual(['id', 'kind', 'label', 'notes', 'position', 'replicas', 'tags']) },
  },
];

function run(testCase: Case): ParseResult {
  if (testCase.text !== undefined) {
    return parseBoardFileText(typeof testCase.text === 'function' ? testCase.text() : testCase.text);
  }
  return parseDocument(testCase.value);
}

describe('hostile and broken files', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, testCase) => {
    const result = run(testCase);
    const expected = testCase.expect;
    if ('refused' in expected) {
      expect(result).toMatchObject({ ok: false, code: expected.refused });
      if (!result.ok) expect(result.reason).toContain(expected.reason);
    } else {
      if (!result.ok) throw new Error(`refused: ${result.reason}`);
      expect(result.warnings).toEqual(expected.warnings);
      expected.check?.(result.document);
    }
  });
});

describe('parseDocument', () => {
  it('never throws, even on a Proxy that throws on every read', () => {
    const hostile = new Proxy({}, { get() { throw new Error('boom'); }, has() { throw new Error('boom'); }, getOwnPropertyDescriptor() { throw new Error('boom'); } });
    expect(parseDocument(hostile)).toMatchObject({ ok: false, code: 'invalid', reason: 'The board could not be read (boom).' });
  });

  it('drops only the node whose getter throws', () => {
    const doc = rawSample();
    Object.defineProperty(doc.nodes[2], 'label', { get() { throw new Error('bad'); }, enumerable: true });
    const result = parseDocument(doc);
    expect(result).toMatchObject({ ok: true, warnings: ['1 invalid node dropped', '2 edges to missing nodes dropped'] });
  });

  it('restores a parent chain 5,000 deep without overflowing the stack', () => {
    const nodes = Array.from({ length: 5_000 }, (_, i) => node(`b${i}`, 'namespace', i > 0 ? { parentId: `b${i - 1}` } : {})).reverse();
    const result = parseBoardFileText(bare(nodes));
    expect(result.ok && result.document.nodes.map((n) => n.id).slice(0, 2)).toEqual(['b0', 'b1']);
  });
});

describe('locateJsonSyntaxError', () => {
  it.each([
    ['{"a": [1, 2, {"b": true}], "c": null}', null],
    ['"\\u00e9"', null],
    ['-0.5e+10', null],
    ['{"a": "\\x"}', 'invalid escape'],
    ['{"a": "line\nbreak"}', 'a line break or control character'],
    ['[1, 2,]', "a trailing comma before ']'"],
    ['{"a" 1}', "expected ':'"],
    ['[1 2]', "expected ',' or ']'"],
    ['[tru', 'the file ends too early'],
    ['{"a": 01}', "expected ',' or '}'"],
  ])('%j → %s', (text, problem) => {
    const found = locateJsonSyntaxError(text);
    if (problem === null) expect(found).toBeNull();
    else expect(found?.problem).toContain(problem);
  });

  it('agrees with JSON.parse on a deeply nested document', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(locateJsonSyntaxError(deep)).toBeNull();
    expect(locateJsonSyntaxError(deep.slice(0, -1))?.truncated).toBe(true);
  });
});
