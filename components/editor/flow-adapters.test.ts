import { describe, expect, it } from 'vitest';
import type { Edge, Node } from '@xyflow/react';
import { withHidden } from './flow-adapters';

const nodes: Node[] = [{ id: 'a', position: { x: 0, y: 0 }, data: {} }, { id: 'b', position: { x: 0, y: 0 }, data: {} }];
const edges: Edge[] = [{ id: 'a->b', source: 'a', target: 'b' }];

describe('withHidden', () => {
  it('marks hidden nodes and every edge touching one, and passes the same arrays through when nothing is hidden', () => {
    const none = withHidden(nodes, edges, new Set());
    expect(none.nodes).toBe(nodes);
    expect(none.edges).toBe(edges);
    const some = withHidden(nodes, edges, new Set(['b']));
    expect(some.nodes.map((n) => Boolean(n.hidden))).toEqual([false, true]);
    expect(some.edges[0].hidden).toBe(true);
    expect(nodes[1]).not.toHaveProperty('hidden');
  });
});
