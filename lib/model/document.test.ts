import { describe, expect, it } from 'vitest';
import { BOUNDARY_DEFAULT_SIZE, LEAF_SIZE, NOTE_DEFAULT_SIZE } from '@/lib/catalog';
import { boardOf, node } from '@/lib/commands/test-fixtures';
import {
  absolutePosition,
  absoluteRect,
  boardBounds,
  createEmptyDocument,
  descendantIds,
  indexNodes,
  newId,
  nodeSize,
  sortParentsFirst,
} from './document';
import { isValidBoardDocument } from './schema';
import { SCHEMA_VERSION, type BoardNode } from './types';

const nested = () =>
  boardOf(
    node('region', 'region', 10, 20, { size: { width: 1000, height: 800 } }),
    node('vpc', 'vpc', 100, 100, { parentId: 'region', size: { width: 600, height: 500 } }),
    node('ns', 'namespace', 50, 60, { parentId: 'vpc', size: { width: 300, height: 200 } }),
    node('svc', 'k8s-service', 5, 7, { parentId: 'ns' }),
    node('free', 'cache', -50, -40),
  ).doc;

describe('newId', () => {
  it('makes distinct ids with the given prefix', () => {
    const made = Array.from({ length: 1000 }, () => newId('e'));
    expect(new Set(made).size).toBe(1000);
    for (const id of made) expect(id).toMatch(/^e_[a-z0-9]+$/);
    expect(newId()).toMatch(/^n_/);
  });
});

describe('createEmptyDocument', () => {
  it('is an empty, valid board stamped with the given time', () => {
    const now = new Date('2025-03-04T05:06:07.000Z');
    const doc = createEmptyDocument('Search', now);
    expect(doc).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      title: 'Search',
      notes: '',
      nodes: [],
      edges: [],
      createdAt: '2025-03-04T05:06:07.000Z',
      updatedAt: '2025-03-04T05:06:07.000Z',
    });
    expect(doc.study).toBeUndefined();
    expect(isValidBoardDocument(doc)).toBe(true);
  });

  it('defaults the title and gives every board its own id', () => {
    const a = createEmptyDocument();
    const b = createEmptyDocument();
    expect(a.title).toBe('Untitled board');
    expect(a.id).not.toBe(b.id);
    expect(a.id).toMatch(/^b_/);
  });
});

describe('nodeSize', () => {
  it('uses the stored size, else the catalog default for the kind', () => {
    expect(nodeSize(node('a', 'cache', 0, 0))).toEqual(LEAF_SIZE);
    expect(nodeSize(node('n', 'note', 0, 0))).toEqual(NOTE_DEFAULT_SIZE);
    expect(nodeSize(node('v', 'vpc', 0, 0))).toEqual(BOUNDARY_DEFAULT_SIZE);
    expect(nodeSize(node('v', 'vpc', 0, 0, { size: { width: 321, height: 123 } }))).toEqual({ width: 321, height: 123 });
  });
});

describe('absolutePosition', () => {
  it('is the position itself for a top-level node', () => {
    const doc = nested();
    const byId = indexNodes(doc);
    expect(absolutePosition(byId.get('free')!, byId)).toEqual({ x: -50, y: -40 });
    expect(absolutePosition(byId.get('region')!, byId)).toEqual({ x: 10, y: 20 });
  });

  it('adds up the offsets of every ancestor', () => {
    const doc = nested();
    const byId = indexNodes(doc);
    expect(absolutePosition(byId.get('vpc')!, byId)).toEqual({ x: 110, y: 120 });
    expect(absolutePosition(byId.get('ns')!, byId)).toEqual({ x: 160, y: 180 });
    expect(absolutePosition(byId.get('svc')!, byId)).toEqual({ x: 165, y: 187 });
  });

  it('stops at a missing parent', () => {
    const orphan = node('o', 'cache', 3, 4, { parentId: 'gone' });
    expect(absolutePosition(orphan, new Map([['o', orphan]]))).toEqual({ x: 3, y: 4 });
  });

  it('does not loop forever on a parent cycle', () => {
    const a = node('a', 'vpc', 1, 1, { parentId: 'b' });
    const b = node('b', 'vpc', 10, 10, { parentId: 'a' });
    const byId = new Map([['a', a], ['b', b]]);
    expect(absolutePosition(a, byId)).toEqual({ x: 11, y: 11 });
    const self = node('s', 'vpc', 5, 5, { parentId: 's' });
    expect(absolutePosition(self, new Map([['s', self]]))).toEqual({ x: 5, y: 5 });
  });

  it('absoluteRect adds the size', () => {
    const doc = nested();
    const byId = indexNodes(doc);
    expect(absoluteRect(byId.get('svc')!, byId)).toEqual({ x: 165, y: 187, ...LEAF_SIZE });
  });
});

describe('boardBounds', () => {
  it('is null for an empty board', () => {
    expect(boardBounds(boardOf().doc)).toBeNull();
  });

  it('is the node rect for a single node', () => {
    expect(boardBounds(boardOf(node('a', 'cache', 7, 9)).doc)).toEqual({ x: 7, y: 9, ...LEAF_SIZE });
  });

  it('covers every node in board coordinates, including nested and negative ones', () => {
    // free: (-50,-40)..(134,24); region: (10,20)..(1010,820); svc inside is within the region.
    expect(boardBounds(nested())).toEqual({ x: -50, y: -40, width: 1060, height: 860 });
  });

  it('counts a child that sticks out of its parent', () => {
    const doc = boardOf(
      node('vpc', 'vpc', 0, 0, { size: { width: 300, height: 200 } }),
      node('svc', 'k8s-service', 250, 180, { parentId: 'vpc' }),
    ).doc;
    expect(boardBounds(doc)).toEqual({ x: 0, y: 0, width: 250 + LEAF_SIZE.width, height: 180 + LEAF_SIZE.height });
  });
});

describe('descendantIds', () => {
  it('finds children at every depth', () => {
    const doc = nested();
    expect([...descendantIds(doc, 'region')].sort()).toEqual(['ns', 'svc', 'vpc']);
    expect([...descendantIds(doc, 'ns')]).toEqual(['svc']);
  });

  it('is empty for a leaf, an empty boundary or an unknown id', () => {
    const doc = nested();
    expect(descendantIds(doc, 'svc').size).toBe(0);
    expect(descendantIds(doc, 'free').size).toBe(0);
    expect(descendantIds(doc, 'ghost').size).toBe(0);
  });

  it('terminates on a parent cycle', () => {
    const doc = boardOf(node('a', 'vpc', 0, 0, { parentId: 'b' }), node('b', 'vpc', 0, 0, { parentId: 'a' })).doc;
    expect([...descendantIds(doc, 'a')].sort()).toEqual(['a', 'b']);
  });
});

describe('sortParentsFirst', () => {
  const order = (nodes: BoardNode[]) => sortParentsFirst(nodes).map((n) => n.id);

  it('keeps an already valid order as it is', () => {
    const doc = nested();
    expect(order(doc.nodes)).toEqual(['region', 'vpc', 'ns', 'svc', 'free']);
  });

  it('moves parents (and their parents) before their children, keeping the rest in order', () => {
    const nodes = [
      node('x', 'cache', 0, 0),
      node('svc', 'k8s-service', 0, 0, { parentId: 'ns' }),
      node('y', 'cache', 0, 0),
      node('ns', 'namespace', 0, 0, { parentId: 'vpc' }),
      node('vpc', 'vpc', 0, 0),
    ];
    expect(order(nodes)).toEqual(['x', 'vpc', 'ns', 'svc', 'y']);
  });

  it('keeps a node whose parent is missing in its place', () => {
    const nodes = [node('a', 'cache', 0, 0), node('o', 'cache', 0, 0, { parentId: 'gone' }), node('b', 'cache', 0, 0)];
    expect(order(nodes)).toEqual(['a', 'o', 'b']);
  });

  it('does not loop forever on a cycle, and keeps every node exactly once', () => {
    const nodes = [
      node('a', 'vpc', 0, 0, { parentId: 'b' }),
      node('b', 'vpc', 0, 0, { parentId: 'a' }),
      node('s', 'vpc', 0, 0, { parentId: 's' }),
      node('c', 'cache', 0, 0),
    ];
    const sorted = order(nodes);
    expect([...sorted].sort()).toEqual(['a', 'b', 'c', 's']);
  });

  it('returns the same node objects and does not change its input', () => {
    const nodes = [node('svc', 'k8s-service', 0, 0, { parentId: 'vpc' }), node('vpc', 'vpc', 0, 0)];
    const copy = [...nodes];
    const sorted = sortParentsFirst(nodes);
    expect(nodes).toEqual(copy);
    expect(sorted[0]).toBe(nodes[1]);
    expect(sorted[1]).toBe(nodes[0]);
  });
});
