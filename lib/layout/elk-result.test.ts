import { describe, expect, it } from 'vitest';
import { fromElkGraph, splitLayoutResult, type LayoutResult } from './elk-result';

function resultOf(count: number, boundaryIds: string[] = []): LayoutResult {
  const positions = new Map(Array.from({ length: count }, (_, i) => [`n${i}`, { x: i * 10, y: i }] as const));
  const sizes = new Map(boundaryIds.map((id) => [id, { width: 300, height: 200 }] as const));
  return { positions, sizes };
}

describe('splitLayoutResult', () => {
  it('cuts the positions into parts of at most the given size, in order, losing none', () => {
    const parts = splitLayoutResult(resultOf(120), 50);
    expect(parts.map((p) => p.positions.size)).toEqual([50, 50, 20]);
    const rejoined = parts.flatMap((p) => [...p.positions]);
    expect(rejoined).toEqual([...resultOf(120).positions]);
  });

  it('keeps a boundary size in the part that moves the boundary', () => {
    const parts = splitLayoutResult(resultOf(10, ['n0', 'n7']), 4);
    expect(parts).toHaveLength(3);
    expect([...parts[0].sizes.keys()]).toEqual(['n0']);
    expect([...parts[1].sizes.keys()]).toEqual(['n7']);
    expect(parts[2].sizes.size).toBe(0);
  });

  it('returns one part for a small layout and none for an empty one', () => {
    expect(splitLayoutResult(resultOf(30), 50)).toHaveLength(1);
    expect(splitLayoutResult(resultOf(0), 50)).toEqual([]);
  });

  it('treats a part size below one as one', () => {
    expect(splitLayoutResult(resultOf(3), 0)).toHaveLength(3);
  });
});

describe('fromElkGraph', () => {
  it('reads rounded positions of every level and the sizes of nodes that hold others', () => {
    const result = fromElkGraph({
      id: '__root__',
      children: [
        { id: 'b', x: 10.4, y: 20.6, width: 400.2, height: 300.7, children: [{ id: 'c', x: 5, y: 6, width: 184, height: 64 }] },
        { id: 'a', x: 1, y: 2, width: 184, height: 64 },
      ],
    });
    expect([...result.positions]).toEqual([
      ['b', { x: 10, y: 21 }],
      ['c', { x: 5, y: 6 }],
      ['a', { x: 1, y: 2 }],
    ]);
    expect([...result.sizes]).toEqual([['b', { width: 400, height: 301 }]]);
  });
});
