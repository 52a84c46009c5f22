import { describe, expect, it } from 'vitest';
import { LEAF_SIZE } from '@/lib/catalog';
import { createEmptyDocument } from '@/lib/model/document';
import type { BoardDocument, BoardEdge, BoardNode } from '@/lib/model/types';
import { boardPreview, borderPoint } from './preview';

function node(id: string, kind: string, x: number, y: number, extra: Partial<BoardNode> = {}): BoardNode {
  return { id, kind, label: id.toUpperCase(), position: { x, y }, tags: [], notes: '', ...extra };
}

function edge(source: string, target: string, id = `${source}->${target}`): BoardEdge {
  return { id, source, target, label: '', kind: 'async' };
}

function board(nodes: BoardNode[], edges: BoardEdge[] = []): BoardDocument {
  return { ...createEmptyDocument('preview fixture'), nodes, edges };
}

describe('borderPoint', () => {
  const rect = { x: 0, y: 0, width: 100, height: 50 };

  it('leaves through the right side for a point straight to the right', () => {
    expect(borderPoint(rect, { x: 500, y: 25 })).toEqual({ x: 100, y: 25 });
  });

  it('leaves through the bottom for a point straight below', () => {
    expect(borderPoint(rect, { x: 50, y: 400 })).toEqual({ x: 50, y: 50 });
  });

  it('leaves through the nearer side on a diagonal', () => {
    // Direction (1, 1): the half-height (25) is reached before the half-width (50).
    expect(borderPoint(rect, { x: 150, y: 125 })).toEqual({ x: 75, y: 50 });
  });

  it('returns the centre when the other point is inside or the same', () => {
    expect(borderPoint(rect, { x: 60, y: 30 })).toEqual({ x: 50, y: 25 });
    expect(borderPoint(rect, { x: 50, y: 25 })).toEqual({ x: 50, y: 25 });
  });
});

describe('boardPreview', () => {
  it('gives an empty preview with the minimum viewBox for an empty board', () => {
    const preview = boardPreview(board([]), { minWidth: 300, minHeight: 200 });
    expect(preview.empty).toBe(true);
    expect(preview.shapes).toEqual([]);
    expect(preview.lines).toEqual([]);
    expect(preview.viewBox).toEqual({ x: 0, y: 0, width: 300, height: 200 });
  });

  it('places children of boundaries at absolute board coordinates', () => {
    const doc = board([
      node('vpc', 'vpc', 100, 200, { size: { width: 600, height: 400 } }),
      node('api', 'k8s-service', 40, 60, { parentId: 'vpc' }),
    ]);
    const preview = boardPreview(doc);
    const api = preview.shapes.find((s) => s.id === 'api')!;
    expect(api).toMatchObject({ x: 140, y: 260, width: LEAF_SIZE.width, height: LEAF_SIZE.height, boundary: false, label: 'API' });
    const vpc = preview.shapes.find((s) => s.id === 'vpc')!;
    expect(vpc).toMatchObject({ x: 100, y: 200, width: 600, height: 400, boundary: true });
  });

  it('draws boundaries before leaves, outer boundaries before inner ones', () => {
    const doc = board([
      node('cache', 'cache', 0, 0),
      node('region', 'region', 0, 0, { size: { width: 900, height: 700 } }),
      node('cluster', 'k8s-cluster', 20, 20, { parentId: 'region', size: { width: 500, height: 400 } }),
      node('svc', 'k8s-service', 10, 10, { parentId: 'cluster' }),
    ]);
    expect(boardPreview(doc).shapes.map((s) => s.id)).toEqual(['region', 'cluster', 'cache', 'svc']);
  });

  it('takes the colour category from the catalog and falls back for unknown kinds', () => {
    const doc = board([node('a', 'cache', 0, 0), node('b', 'no-such-kind', 300, 0)]);
    const [a, b] = boardPreview(doc).shapes;
    expect(a.category).toBe('data');
    expect(b.category).toBe('annotations');
  });

  it('runs edge lines between node borders and skips edges with a missing end', () => {
    const doc = board(
      [node('a', 'k8s-service', 0, 0), node('b', 'cache', 400, 0)],
      [edge('a', 'b'), edge('a', 'ghost')],
    );
    const { lines } = boardPreview(doc);
    expect(lines).toHaveLength(1);
    // Same row: the line runs from a's right border to b's left border at mid-height.
    expect(lines[0]).toEqual({ id: 'a->b', kind: 'async', x1: LEAF_SIZE.width, y1: LEAF_SIZE.height / 2, x2: 400, y2: LEAF_SIZE.height / 2 });
  });

  it('fits every node inside the viewBox with the padding', () => {
    const doc = board([node('a', 'cache', -500, -300), node('b', 'cache', 900, 700)]);
    const { viewBox } = boardPreview(doc, { padding: 10 });
    expect(viewBox.x).toBe(-510);
    expect(viewBox.y).toBe(-310);
    expect(viewBox.width).toBe(900 + LEAF_SIZE.width + 500 + 20);
    expect(viewBox.height).toBe(700 + LEAF_SIZE.height + 300 + 20);
  });

  it('centres a small board in the minimum viewBox', () => {
    const { viewBox } = boardPreview(board([node('a', 'cache', 0, 0)]), { minWidth: 400, minHeight: 240 });
    expect(viewBox.width).toBe(400);
    expect(viewBox.height).toBe(240);
    expect(viewBox.x + viewBox.width / 2).toBe(LEAF_SIZE.width / 2);
    expect(viewBox.y + viewBox.height / 2).toBe(LEAF_SIZE.height / 2);
  });
});
