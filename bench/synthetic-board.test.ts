import { describe, expect, it } from 'vitest';
import { getKind, isBoundaryKind, LEAF_SIZE } from '@/lib/catalog';
import { parseDocument } from '@/lib/model/parse';
import { generateSyntheticBoard } from './synthetic-board';

describe('generateSyntheticBoard', () => {
  const doc = generateSyntheticBoard({ nodes: 1000, boundaries: 8, seed: 42 });

  it('has the requested number of nodes and about 1.5 edges per node', () => {
    expect(doc.nodes).toHaveLength(1000);
    expect(doc.edges).toHaveLength(1500);
    expect(doc.nodes.filter((n) => isBoundaryKind(n.kind))).toHaveLength(8);
  });

  it('is a valid document: catalog kinds, existing endpoints, unique ids, parents first', () => {
    const parsed = parseDocument(doc);
    expect(parsed.ok && parsed.warnings).toEqual([]);
    const ids = new Set(doc.nodes.map((n) => n.id));
    expect(ids.size).toBe(doc.nodes.length);
    for (const n of doc.nodes) expect(getKind(n.kind)).toBeDefined();
    for (const e of doc.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      expect(e.source).not.toBe(e.target);
    }
    const seen = new Set<string>();
    for (const n of doc.nodes) {
      if (n.parentId) expect(seen.has(n.parentId)).toBe(true);
      seen.add(n.id);
    }
    expect(new Set(doc.edges.map((e) => `${e.source}>${e.target}`)).size).toBe(doc.edges.length);
  });

  it('puts children inside their boundary and nothing on top of a sibling', () => {
    // Collected, then asserted once: an expect per pair of siblings made this test take seconds.
    const siblings = new Map<string, { id: string; x: number; y: number; width: number; height: number }[]>();
    const overlapping: string[] = [];
    const outside: string[] = [];
    for (const n of doc.nodes) {
      const size = n.size ?? LEAF_SIZE;
      const rect = { id: n.id, ...n.position, ...size };
      const list = siblings.get(n.parentId ?? '') ?? [];
      for (const other of list) {
        const apart = rect.x >= other.x + other.width || other.x >= rect.x + rect.width || rect.y >= other.y + other.height || other.y >= rect.y + rect.height;
        if (!apart) overlapping.push(`${other.id} ~ ${n.id}`);
      }
      list.push(rect);
      siblings.set(n.parentId ?? '', list);
      if (n.parentId) {
        const parent = doc.nodes.find((p) => p.id === n.parentId)!;
        if (rect.x + rect.width > parent.size!.width || rect.y + rect.height > parent.size!.height) outside.push(n.id);
      }
    }
    expect(overlapping).toEqual([]);
    expect(outside).toEqual([]);
    expect(doc.nodes.some((n) => n.parentId)).toBe(true);
  });

  it('is deterministic for a seed and different across seeds', () => {
    expect(generateSyntheticBoard({ nodes: 200, seed: 7 })).toEqual(generateSyntheticBoard({ nodes: 200, seed: 7 }));
    expect(generateSyntheticBoard({ nodes: 200, seed: 7 })).not.toEqual(generateSyntheticBoard({ nodes: 200, seed: 8 }));
  });

  it('honours edgesPerNode and handles tiny boards', () => {
    expect(generateSyntheticBoard({ nodes: 200, edgesPerNode: 3, seed: 1 }).edges).toHaveLength(600);
    const tiny = generateSyntheticBoard({ nodes: 1, seed: 1 });
    expect(tiny.nodes).toHaveLength(1);
    expect(tiny.edges).toHaveLength(0);
  });
});
