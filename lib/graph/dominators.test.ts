import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { immediateDominators } from './dominators';

const successorsOf = (adjacency: Record<string, string[]>) => (id: string) => adjacency[id] ?? [];

function reachable(root: string, adjacency: Record<string, string[]>, removed?: string): Set<string> {
  const seen = new Set<string>();
  if (root === removed) return seen;
  const stack = [root];
  seen.add(root);
  while (stack.length) for (const next of adjacency[stack.pop()!] ?? []) if (next !== removed && !seen.has(next)) (seen.add(next), stack.push(next));
  return seen;
}

describe('immediateDominators', () => {
  it('a diamond: the join is dominated by the fork, not by either branch', () => {
    const idom = immediateDominators('a', successorsOf({ a: ['b', 'c'], b: ['d'], c: ['d'], d: ['e'] }));
    expect(Object.fromEntries(idom)).toEqual({ a: 'a', b: 'a', c: 'a', d: 'a', e: 'd' });
  });

  it('the example graph of Cooper, Harvey and Kennedy (figure 4)', () => {
    // 6 → 5, 4; 5 → 1; 4 → 2, 3; 1 → 2; 2 → 1, 3; 3 → 2. Every node's idom is 6.
    const idom = immediateDominators('6', successorsOf({ '6': ['5', '4'], '5': ['1'], '4': ['2', '3'], '1': ['2'], '2': ['1', '3'], '3': ['2'] }));
    for (const id of ['1', '2', '3', '4', '5']) expect(idom.get(id)).toBe('6');
  });

  it('a loop back to an inner node keeps the chain of dominators', () => {
    const idom = immediateDominators('r', successorsOf({ r: ['a'], a: ['b'], b: ['c', 'a'], c: [] }));
    expect(Object.fromEntries(idom)).toEqual({ r: 'r', a: 'r', b: 'a', c: 'b' });
  });

  it('leaves out nodes the root cannot reach', () => {
    const idom = immediateDominators('r', successorsOf({ r: ['a'], island: ['a'] }));
    expect([...idom.keys()].sort()).toEqual(['a', 'r']);
  });

  it('a 20,000-node chain does not overflow the stack', () => {
    const adjacency: Record<string, string[]> = {};
    for (let i = 0; i < 20_000; i++) adjacency[`v${i}`] = [`v${i + 1}`];
    const idom = immediateDominators('v0', successorsOf(adjacency));
    expect(idom.get('v20000')).toBe('v19999');
  });

  it('d dominates t exactly when removing d cuts t off from the root (random graphs)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 10 }).chain((n) =>
          fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), { maxLength: 25 })),
        ),
        ([n, pairs]) => {
          const adjacency: Record<string, string[]> = {};
          for (const [a, b] of pairs) (adjacency[`v${a}`] ??= []).push(`v${b}`);
          const idom = immediateDominators('v0', successorsOf(adjacency));
          const reached = reachable('v0', adjacency);
          expect(new Set(idom.keys())).toEqual(reached);
          for (const t of reached) {
            if (t === 'v0') continue;
            const strictDominators = new Set<string>();
            for (let d = idom.get(t)!; ; d = idom.get(d)!) {
              strictDominators.add(d);
              if (d === 'v0') break;
            }
            for (let i = 0; i < n; i++) {
              const d = `v${i}`;
              if (d === t) continue;
              expect(strictDominators.has(d)).toBe(!reachable('v0', adjacency, d).has(t));
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
