import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { articulationPoints } from './articulation-points';

type Edge = readonly [string, string];
const ids = (n: number) => Array.from({ length: n }, (_, i) => `v${i}`);

/** Number of connected components, the definition articulation points are measured against. */
function componentCount(nodes: string[], edges: Edge[]): number {
  const adjacency = new Map(nodes.map((n) => [n, [] as string[]]));
  for (const [a, b] of edges) {
    if (!adjacency.has(a) || !adjacency.has(b)) continue;
    adjacency.get(a)!.push(b);
    adjacency.get(b)!.push(a);
  }
  const seen = new Set<string>();
  let count = 0;
  for (const start of nodes) {
    if (seen.has(start)) continue;
    count++;
    const stack = [start];
    seen.add(start);
    while (stack.length) for (const next of adjacency.get(stack.pop()!)!) if (!seen.has(next)) (seen.add(next), stack.push(next));
  }
  return count;
}

function bruteForceCutVertices(nodes: string[], edges: Edge[]): Set<string> {
  const base = componentCount(nodes, edges);
  return new Set(
    nodes.filter((v) => componentCount(nodes.filter((n) => n !== v), edges.filter(([a, b]) => a !== v && b !== v)) > base),
  );
}

describe('articulationPoints', () => {
  const cases: { name: string; nodes: string[]; edges: Edge[]; expected: string[] }[] = [
    { name: 'a path: the inner vertices', nodes: ['a', 'b', 'c', 'd'], edges: [['a', 'b'], ['b', 'c'], ['c', 'd']], expected: ['b', 'c'] },
    { name: 'a triangle: none', nodes: ['a', 'b', 'c'], edges: [['a', 'b'], ['b', 'c'], ['c', 'a']], expected: [] },
    { name: 'a star: the centre', nodes: ['hub', 'x', 'y', 'z'], edges: [['hub', 'x'], ['hub', 'y'], ['hub', 'z']], expected: ['hub'] },
    {
      name: 'two triangles sharing a vertex (bow tie)',
      nodes: ['a', 'b', 'c', 'd', 'e'],
      edges: [['a', 'b'], ['b', 'c'], ['c', 'a'], ['c', 'd'], ['d', 'e'], ['e', 'c']],
      expected: ['c'],
    },
    {
      name: 'two cycles joined by a bridge: both bridge ends',
      nodes: ['a', 'b', 'c', 'd', 'e', 'f'],
      edges: [['a', 'b'], ['b', 'c'], ['c', 'a'], ['c', 'd'], ['d', 'e'], ['e', 'f'], ['f', 'd']],
      expected: ['c', 'd'],
    },
    {
      name: 'root with two DFS children is a cut vertex',
      nodes: ['r', 'x', 'y'],
      edges: [['r', 'x'], ['r', 'y']],
      expected: ['r'],
    },
    {
      name: 'disconnected components and an isolated vertex',
      nodes: ['a', 'b', 'c', 'lonely', 'p', 'q'],
      edges: [['a', 'b'], ['b', 'c'], ['p', 'q']],
      expected: ['b'],
    },
    { name: 'duplicate edges and self loops change nothing', nodes: ['a', 'b'], edges: [['a', 'b'], ['b', 'a'], ['a', 'a']], expected: [] },
  ];
  it.each(cases)('$name', ({ nodes, edges, expected }) => {
    expect([...articulationPoints(nodes, edges)].sort()).toEqual([...expected].sort());
  });

  it('handles a 20,000-vertex chain without overflowing the stack', () => {
    const nodes = ids(20_000);
    const edges = nodes.slice(1).map((n, i) => [nodes[i], n] as const);
    const cut = articulationPoints(nodes, edges);
    expect(cut.size).toBe(19_998);
    expect(cut.has('v0')).toBe(false);
    expect(cut.has('v19999')).toBe(false);
  });

  it('agrees with brute force (remove each vertex, count components) on random graphs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }).chain((n) =>
          fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), { maxLength: 24 })),
        ),
        ([n, pairs]) => {
          const nodes = ids(n);
          const edges = pairs.map(([a, b]) => [nodes[a], nodes[b]] as const);
          expect([...articulationPoints(nodes, edges)].sort()).toEqual([...bruteForceCutVertices(nodes, edges)].sort());
        },
      ),
      { numRuns: 300 },
    );
  });
});
