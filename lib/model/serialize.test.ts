import { describe, expect, it } from 'vitest';
import { sampleBoard } from './fixtures/boards';
import { boardFileName, serializeBoardFile, toPlainDocument } from './serialize';
import { SCHEMA_VERSION, type BoardDocument } from './types';

describe('serializeBoardFile', () => {
  it('writes a pretty-printed, versioned envelope', () => {
    const text = serializeBoardFile(sampleBoard());
    expect(text.startsWith(`{\n  "type": "design-drill/board",\n  "version": ${SCHEMA_VERSION},\n  "document": {\n    "schemaVersion": ${SCHEMA_VERSION},`)).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual({ type: 'design-drill/board', version: SCHEMA_VERSION, document: sampleBoard() });
  });

  it('has a stable key order and drops fields that are not ours', () => {
    const board = sampleBoard();
    const shuffled = JSON.parse(JSON.stringify(board), (_key, value) =>
      value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
    ) as BoardDocument;
    Object.assign(shuffled.nodes[0], { selected: true, measured: { width: 10, height: 10 }, dragging: false });
    Object.assign(shuffled, { viewport: { zoom: 2 } });
    expect(serializeBoardFile(shuffled)).toBe(serializeBoardFile(board));
  });

  it('omits optional fields that are undefined', () => {
    const board = sampleBoard();
    board.nodes[2].instance = undefined;
    expect(toPlainDocument(board).nodes[2]).not.toHaveProperty('instance');
    expect(serializeBoardFile(board)).not.toContain('"instance": null');
  });

  it('copies deeply, so later edits do not leak into what was saved', () => {
    const board = sampleBoard();
    const plain = toPlainDocument(board);
    board.nodes[1].tags.push('spot');
    board.nodes[1].position.x = 999;
    expect(plain.nodes[1].tags).toEqual(['autoscaling', 'multi-az']);
    expect(plain.nodes[1].position.x).toBe(40);
  });
});

describe('boardFileName', () => {
  it.each([
    ['My board', 'My board.json'],
    ['  Recommendations   v2 ', 'Recommendations v2.json'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a b c d e f g h i j.json'],
    ['line\nbreak\ttab', 'line break tab.json'],
    ['', 'Untitled board.json'],
    ['...', 'Untitled board.json'],
    ['CON', 'Untitled board.json'],
    ['lpt1', 'Untitled board.json'],
    ['.hidden', 'hidden.json'],
    ['trailing dots...', 'trailing dots.json'],
    ['export.json', 'export.json'],
    ['Señal 📈 board', 'Señal 📈 board.json'],
    ['x'.repeat(300), `${'x'.repeat(100)}.json`],
    ['x'.repeat(99) + '😀', `${'x'.repeat(99)}.json`],
  ])('%j → %j', (title, expected) => {
    expect(boardFileName(title)).toBe(expected);
  });
});
