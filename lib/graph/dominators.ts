// Immediate dominators of a directed graph from one root, with the algorithm of Cooper,
// Harvey and Kennedy ("A Simple, Fast Dominance Algorithm", 2001). Node d dominates t when
// every path from the root to t passes through d; so a component that dominates a
// datastore is on *every* route to it: exactly a single point of failure if it is alone.

/**
 * Returns the immediate dominator of every node reachable from `root` (the root maps to
 * itself). Iterative throughout, so deep graphs are safe.
 */
export function immediateDominators(root: string, successors: (id: string) => Iterable<string>): Map<string, string> {
  // 1. Depth-first postorder of the reachable nodes (iterative).
  const order: string[] = []; // postorder
  const indexOf = new Map<string, number>();
  const predecessors = new Map<string, string[]>();
  const visited = new Set<string>([root]);
  const stack: { id: string; iterator: Iterator<string> }[] = [{ id: root, iterator: successors(root)[Symbol.iterator]() }];
  predecessors.set(root, []);
  while (stack.length) {
    const top = stack[stack.length - 1];
    const step = top.iterator.next();
    if (step.done) {
      stack.pop();
      indexOf.set(top.id, order.length);
      order.push(top.id);
      continue;
    }
    const next = step.value;
    let preds = predecessors.get(next);
    if (!preds) predecessors.set(next, (preds = []));
    preds.push(top.id);
    if (visited.has(next)) continue;
    visited.add(next);
    stack.push({ id: next, iterator: successors(next)[Symbol.iterator]() });
  }

  // 2. Iterate to a fixed point in reverse postorder, working on postorder numbers.
  const n = order.length;
  const idom = new Int32Array(n).fill(-1);
  const rootIndex = n - 1; // the root finishes last
  idom[rootIndex] = rootIndex;
  const predIndices: number[][] = order.map((id) => (predecessors.get(id) ?? []).map((p) => indexOf.get(p)!));
  const intersect = (a: number, b: number): number => {
    while (a !== b) {
      while (a < b) a = idom[a];
      while (b < a) b = idom[b];
    }
    return a;
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = n - 2; i >= 0; i--) {
      let candidate = -1;
      for (const p of predIndices[i]) {
        if (idom[p] === -1) continue;
        candidate = candidate === -1 ? p : intersect(p, candidate);
      }
      if (candidate !== -1 && idom[i] !== candidate) {
        idom[i] = candidate;
        changed = true;
      }
    }
  }

  const result = new Map<string, string>();
  for (let i = 0; i < n; i++) result.set(order[i], order[idom[i]]);
  return result;
}
