import { describe, expect, it } from 'vitest';
import { nodeSize } from '@/lib/model/document';
import { generateSyntheticBoard } from './synthetic-board';
import { toBaselineGraph } from './baseline-graph';

describe('toBaselineGraph', () => {
  const doc = generateSyntheticBoard({ nodes: 120, seed: 7 });
  const graph = toBaselineGraph(doc);

  it('keeps every node with its id, position, parent, size and label, and nothing of ours', () => {
    expect(graph.nodes).toHaveLength(doc.nodes.length);
    graph.nodes.forEach((plain, i) => {
      const node = doc.nodes[i];
      expect(plain).toEqual({
        id: node.id,
        position: node.position,
        data: { label: node.label },
        style: nodeSize(node),
        ...(node.parentId ? { parentId: node.parentId } : {}),
      });
      expect(plain).not.toHaveProperty('type'); // React Flow's default node
    });
    expect(graph.nodes.some((n) => n.parentId)).toBe(true);
  });

  it('keeps every edge as a plain source → target edge', () => {
    expect(graph.edges).toEqual(doc.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })));
  });

  it('copies positions, so dragging in the baseline cannot change the board', () => {
    expect(graph.nodes[0].position).not.toBe(doc.nodes[0].position);
  });
});
