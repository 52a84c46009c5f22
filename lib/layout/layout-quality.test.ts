import { describe, expect, it } from 'vitest';
import { addNode, connect, createNode } from '@/lib/commands/edits';
import { createEmptyDocument } from '@/lib/model/document';
import type { BoardDocument } from '@/lib/model/types';
import { measureLayoutQuality } from './layout-quality';

function board(place: Record<string, { x: number; y: number }>, edges: [string, string][] = []): BoardDocument {
  let doc = createEmptyDocument('quality');
  for (const [id, position] of Object.entries(place)) doc = addNode(doc, createNode('k8s-service', position, id));
  edges.forEach(([source, target], i) => (doc = connect(doc, { source, target, id: `e${i}` })));
  return doc;
}

describe('measureLayoutQuality', () => {
  it('counts overlapping items, not items that merely touch', () => {
    // Leaves are 184 × 64: b overlaps a; c starts exactly where a ends.
    const q = measureLayoutQuality(board({ a: { x: 0, y: 0 }, b: { x: 100, y: 30 }, c: { x: 184, y: 0 } }));
    expect(q.overlaps).toBe(2); // a–b and b–c
  });

  it('counts edges that run against the layout direction', () => {
    const doc = board({ a: { x: 0, y: 0 }, b: { x: 300, y: 0 }, c: { x: 0, y: 200 } }, [['a', 'b'], ['b', 'c']]);
    // Rightwards: a → b goes right, b → c goes back left.
    expect(measureLayoutQuality(doc, 'RIGHT').backwardEdges).toBe(1);
    // Downwards: a → b runs sideways (not down), b → c goes down.
    expect(measureLayoutQuality(doc, 'DOWN').backwardEdges).toBe(1);
    expect(measureLayoutQuality(board({ a: { x: 0, y: 0 }, b: { x: 0, y: 100 } }, [['a', 'b']]), 'DOWN').backwardEdges).toBe(0);
  });

  it('tells backward edges that close a loop from those that need not go back', () => {
    const place = { a: { x: 0, y: 0 }, b: { x: 300, y: 0 }, c: { x: 0, y: 200 } };
    // b → c goes left but closes no loop.
    expect(measureLayoutQuality(board(place, [['a', 'b'], ['b', 'c']])).backwardEdgesOffLoops).toBe(1);
    // With c → a, a → b → c → a is a loop: both edges that go back (b → c, and c → a, which runs
    // straight up) are part of it.
    const loop = measureLayoutQuality(board(place, [['a', 'b'], ['b', 'c'], ['c', 'a']]));
    expect(loop.backwardEdges).toBe(2);
    expect(loop.backwardEdgesOffLoops).toBe(0);
  });

  it('counts crossings of centre-to-centre lines, not edges that share an end', () => {
    // a→d and b→c cross like an X; a→c shares its start with a→d.
    const doc = board({ a: { x: 0, y: 0 }, b: { x: 0, y: 300 }, c: { x: 500, y: 0 }, d: { x: 500, y: 300 } }, [['a', 'd'], ['b', 'c'], ['a', 'c']]);
    expect(measureLayoutQuality(doc).crossings).toBe(1);
  });

  it('counts members outside their boundary, but not a boundary overlapping its own members', () => {
    let doc = createEmptyDocument('quality');
    doc = addNode(doc, { ...createNode('vpc', { x: 0, y: 0 }, 'vpc'), size: { width: 400, height: 200 } });
    doc = addNode(doc, createNode('k8s-service', { x: 40, y: 60 }, 'in'));
    doc = addNode(doc, { ...createNode('k8s-service', { x: 300, y: 60 }, 'out'), parentId: 'vpc' });
    const inside = doc.nodes.find((n) => n.id === 'in')!;
    expect(inside.parentId).toBe('vpc');
    const q = measureLayoutQuality(doc);
    expect(q.escapedMembers).toBe(1);
    expect(q.overlaps).toBe(0);
    // The bounding box reaches the escaped member's right edge: 300 + 184.
    expect([q.width, q.height]).toEqual([484, 200]);
  });
});
