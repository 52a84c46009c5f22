// Articulation points (cut vertices) of an undirected graph, by Tarjan's low-link
// algorithm. Iterative, so a 10,000-node chain does not overflow the call stack.

/**
 * The vertices whose removal increases the number of connected components.
 * `edges` are treated as undirected; duplicates and self loops are harmless; endpoints
 * missing from `nodeIds` are ignored.
 */
export function articulationPoints(nodeIds: Iterable<string>, edges: Iterable<readonly [string, string]>): Set<string> {
  const ids = [...new Set(nodeIds)];
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const adjacency: number[][] = ids.map(() => []);
  for (const [a, b] of edges) {
    const ia = indexOf.get(a);
    const ib = indexOf.get(b);
    if (ia === undefined || ib === undefined || ia === ib) continue;
    adjacency[ia].push(ib);
    adjacency[ib].push(ia);
  }

  const n = ids.length;
  const discovery = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const nextNeighbour = new Int32Array(n); // where each vertex resumes scanning its neighbours
  const isCut = new Uint8Array(n);
  let time = 0;

  for (let root = 0; root < n; root++) {
    if (discovery[root] !== -1) continue;
    let rootChildren = 0;
    const stack = [root];
    discovery[root] = low[root] = time++;
    while (stack.length) {
      const v = stack[stack.length - 1];
      const neighbours = adjacency[v];
      if (nextNeighbour[v] < neighbours.length) {
        const w = neighbours[nextNeighbour[v]++];
        if (discovery[w] === -1) {
          parent[w] = v;
          discovery[w] = low[w] = time++;
          if (v === root) rootChildren++;
          stack.push(w);
        } else if (w !== parent[v]) {
          low[v] = Math.min(low[v], discovery[w]);
        }
        continue;
      }
      // v is finished: report to its parent as the recursive version would on return.
      stack.pop();
      const p = parent[v];
      if (p === -1) continue;
      low[p] = Math.min(low[p], low[v]);
      if (p !== root && low[v] >= discovery[p]) isCut[p] = 1;
    }
    if (rootChildren > 1) isCut[root] = 1;
  }

  const out = new Set<string>();
  for (let i = 0; i < n; i++) if (isCut[i]) out.add(ids[i]);
  return out;
}
