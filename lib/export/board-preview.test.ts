import { describe, expect, it } from 'vitest';
import { boardOf, node } from '@/lib/commands/test-fixtures';
import { createEmptyDocument } from '@/lib/model/document';
import { computeBoardPreview, countComponents, exitPoint } from './board-preview';

const BOX = { width: 300, height: 150 };

// A VPC (1000 × 500 at 0,0) holding a service at (100,100) relative, and a database outside
// it at (1200, 200): board bounds are x 0…1384, y 0…500.
function sampleBoard() {
  return boardOf(
    node('vpc', 'vpc', 0, 0, { size: { width: 1000, height: 500 } }),
    node('svc', 'k8s-service', 100, 100, { parentId: 'vpc' }),
    node('db', 'relational-db', 1200, 200),
    node('memo', 'note', 1200, 0, { size: { width: 184, height: 100 } }),
  )
    .edge('svc', 'db', { kind: 'sync' })
    .edge('db', 'ghost', { kind: 'async' });
}

function inside(outer: { x: number; y: number; width: number; height: number }, inner: typeof outer, slack = 1e-9) {
  return (
    inner.x >= outer.x - slack &&
    inner.y >= outer.y - slack &&
    inner.x + inner.width <= outer.x + outer.width + slack &&
    inner.y + inner.height <= outer.y + outer.height + slack
  );
}

describe('computeBoardPreview', () => {
  it('returns nothing to draw for an empty board', () => {
    const preview = computeBoardPreview(createEmptyDocument(), BOX);
    expect(preview.rects).toEqual([]);
    expect(preview.lines).toEqual([]);
    expect(preview).toMatchObject({ width: 300, height: 150 });
  });

  it('scales the whole board into the box, keeping the aspect ratio, inside the padding', () => {
    const preview = computeBoardPreview(sampleBoard().doc, BOX, { padding: 10 });
    // Width is the tighter side: (300 - 20) / 1384.
    expect(preview.scale).toBeCloseTo(280 / 1384, 9);
    const box = { x: 10, y: 10, width: 280, height: 130 };
    for (const rect of preview.rects) expect(inside(box, rect)).toBe(true);
    const db = preview.rects.find((r) => r.id === 'db')!;
    expect(db.width / db.height).toBeCloseTo(184 / 64, 9);
  });

  it('centres the board on the looser axis', () => {
    const preview = computeBoardPreview(sampleBoard().doc, BOX, { padding: 10 });
    const top = Math.min(...preview.rects.map((r) => r.y));
    const bottom = Math.max(...preview.rects.map((r) => r.y + r.height));
    expect(top - 10).toBeCloseTo(140 - bottom, 9);
  });

  it('places children at absolute positions (parent offset added)', () => {
    const preview = computeBoardPreview(sampleBoard().doc, BOX, { padding: 0 });
    const s = preview.scale;
    const vpc = preview.rects.find((r) => r.id === 'vpc')!;
    const svc = preview.rects.find((r) => r.id === 'svc')!;
    expect(svc.x - vpc.x).toBeCloseTo(100 * s, 9);
    expect(svc.y - vpc.y).toBeCloseTo(100 * s, 9);
    expect(inside(vpc, svc)).toBe(true);
    expect(svc.depth).toBe(1);
    expect(vpc.depth).toBe(0);
  });

  it('draws boundaries first, outermost before inner, and tags categories', () => {
    const doc = boardOf(
      node('svc', 'k8s-service', 20, 40, { parentId: 'ns' }),
      node('ns', 'namespace', 20, 40, { parentId: 'cluster', size: { width: 300, height: 200 } }),
      node('cluster', 'k8s-cluster', 0, 0, { size: { width: 500, height: 400 } }),
    ).doc;
    const preview = computeBoardPreview(doc, BOX);
    expect(preview.rects.map((r) => r.id)).toEqual(['cluster', 'ns', 'svc']);
    expect(preview.rects.map((r) => r.boundary)).toEqual([true, true, false]);
    expect(preview.rects[2].category).toBe('compute');
    expect(preview.rects[0].category).toBe('boundaries');
  });

  it('never enlarges a small board past maxScale', () => {
    const doc = boardOf(node('a', 'cache', 0, 0)).doc;
    expect(computeBoardPreview(doc, { width: 1000, height: 1000 }).scale).toBe(1);
    expect(computeBoardPreview(doc, { width: 1000, height: 1000 }, { maxScale: 2 }).scale).toBe(2);
  });

  it('draws one line per edge between the borders of its ends, and drops edges to missing nodes', () => {
    const preview = computeBoardPreview(sampleBoard().doc, BOX, { padding: 0 });
    expect(preview.lines).toHaveLength(1);
    const [line] = preview.lines;
    const svc = preview.rects.find((r) => r.id === 'svc')!;
    const db = preview.rects.find((r) => r.id === 'db')!;
    expect(line.kind).toBe('sync');
    // Starts on the service's right side, ends on the database's left side.
    expect(line.from.x).toBeCloseTo(svc.x + svc.width, 9);
    expect(line.to.x).toBeCloseTo(db.x, 9);
    expect(line.from.y).toBeGreaterThanOrEqual(svc.y);
    expect(line.from.y).toBeLessThanOrEqual(svc.y + svc.height);
    expect(line.to.y).toBeGreaterThanOrEqual(db.y);
    expect(line.to.y).toBeLessThanOrEqual(db.y + db.height);
  });

  it('ignores a parent cycle instead of looping', () => {
    const doc = boardOf(
      node('a', 'vpc', 0, 0, { parentId: 'b', size: { width: 300, height: 200 } }),
      node('b', 'vpc', 10, 10, { parentId: 'a', size: { width: 300, height: 200 } }),
    ).doc;
    const preview = computeBoardPreview(doc, BOX);
    expect(preview.rects).toHaveLength(2);
  });
});

describe('exitPoint', () => {
  const r = { x: 0, y: 0, width: 100, height: 40 };
  it('leaves through the side the target lies beyond', () => {
    expect(exitPoint(r, { x: 500, y: 20 })).toEqual({ x: 100, y: 20 });
    expect(exitPoint(r, { x: 50, y: -300 })).toEqual({ x: 50, y: 0 });
    expect(exitPoint(r, { x: -100, y: 20 })).toEqual({ x: 0, y: 20 });
  });
  it('stays at the target when the target is inside, and at the centre for the centre', () => {
    expect(exitPoint(r, { x: 60, y: 25 })).toEqual({ x: 60, y: 25 });
    expect(exitPoint(r, { x: 50, y: 20 })).toEqual({ x: 50, y: 20 });
  });
});

describe('countComponents', () => {
  it('counts components but not boundaries or notes', () => {
    expect(countComponents(sampleBoard().doc)).toBe(2);
    expect(countComponents(createEmptyDocument())).toBe(0);
  });
});
