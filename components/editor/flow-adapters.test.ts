import { describe, expect, it } from 'vitest';
import type { Edge, Node } from '@xyflow/react';
import { withHiddenEdges, withHiddenNodes } from './flow-adapters';

const withHidden = (n: Node[], e: Edge[], hidden: ReadonlySet<string>) => ({ nodes: withHiddenNodes(n, hidden), edges: withHiddenEdges(e, hidden) });

const nodes: Node[] = [{ id: 'a', position: { x: 0, y: 0 }, data: {} }, { id: 'b', position: { x: 0, y: 0 }, data: {} }];
const edges: Edge[] = [{ id: 'a->b', source: 'a', target: 'b' }];

describe('withHiddenNodes and withHiddenEdges', () => {
  it('marks hidden nodes and every edge touching one, and passes the same arrays through when nothing is hidden', () => {
    const none = withHidden(nodes, edges, new Set());
    expect(none.nodes).toBe(nodes);
    expect(none.edges).toBe(edges);
    const some = withHidden(nodes, edges, new Set(['b']));
    expect(some.nodes.map((n) => Boolean(n.hidden))).toEqual([false, true]);
    expect(some.edges[0].hidden).toBe(true);
    expect(nodes[1]).not.toHaveProperty('hidden');
  });

  it('gives a hidden element the same object on every render, so React Flow does not re-adopt it', () => {
    const hidden = new Set(['b']);
    expect(withHiddenNodes(nodes, hidden)[1]).toBe(withHiddenNodes(nodes, hidden)[1]);
    expect(withHiddenEdges(edges, hidden)[0]).toBe(withHiddenEdges(edges, hidden)[0]);
  });
});
