import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import { createNode, addNode, connect } from '@/lib/commands/edits';
import { absoluteRect, createEmptyDocument, indexNodes } from '@/lib/model/document';
import { parseBoardFileText } from '@/lib/model/parse';
import type { BoardDocument } from '@/lib/model/types';
import { TEMPLATE_IDS } from '@/templates';
import { applyLayout, LARGE_BOARD_NODES, layoutOptionsFor, toElkGraph, warmUpGraph } from './elk-graph';
import { fromElkGraph, type ElkNode } from './elk-result';
import { measureLayoutQuality } from './layout-quality';

function sampleBoard(): BoardDocument {
  let doc = createEmptyDocument('layout');
  const vpc = { ...createNode('vpc', { x: 0, y: 400 }, 'vpc'), size: { width: 800, height: 400 } };
  doc = addNode(doc, vpc);
  doc = addNode(doc, createNode('web-app', { x: 0, y: 0 }, 'web'));
  doc = addNode(doc, createNode('api-gateway', { x: 40, y: 460 }, 'gw'));
  doc = addNode(doc, createNode('k8s-service', { x: 300, y: 460 }, 'svc'));
  doc = addNode(doc, createNode('relational-db', { x: 300, y: 600 }, 'db'));
  doc = connect(doc, { source: 'web', target: 'gw', id: 'e1' });
  doc = connect(doc, { source: 'gw', target: 'svc', id: 'e2' });
  doc = connect(doc, { source: 'svc', target: 'db', id: 'e3' });
  return doc;
}

describe('toElkGraph', () => {
  it('nests boundary members as ELK children and keeps edges at the root', () => {
    const doc = sampleBoard();
    expect(doc.nodes.find((n) => n.id === 'gw')?.parentId).toBe('vpc');
    const graph = toElkGraph(doc, 'RIGHT');
    expect(graph.layoutOptions?.['elk.direction']).toBe('RIGHT');
    const vpc = graph.children!.find((c) => c.id === 'vpc')!;
    expect(vpc.children!.map((c) => c.id).sort()).toEqual(['db', 'gw', 'svc']);
    expect(graph.children!.map((c) => c.id).sort()).toEqual(['vpc', 'web']);
    expect(graph.edges.map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
    expect(toElkGraph(doc, 'DOWN').layoutOptions?.['elk.direction']).toBe('DOWN');
  });

  it('uses measured sizes when given', () => {
    const graph = toElkGraph(sampleBoard(), 'RIGHT', new Map([['web', { width: 300, height: 90 }]]));
    const web = graph.children!.find((c) => c.id === 'web')!;
    expect([web.width, web.height]).toEqual([300, 90]);
  });

  it('gives an empty boundary its own size', () => {
    let doc = createEmptyDocument();
    doc = addNode(doc, { ...createNode('region', { x: 0, y: 0 }, 'az'), size: { width: 500, height: 300 } });
    const az = toElkGraph(doc, 'RIGHT').children![0];
    expect(az.children).toBeUndefined();
    expect([az.width, az.height]).toEqual([500, 300]);
  });
});

describe('a real ELK run', () => {
  it('keeps members inside their boundary, without overlaps, and applies as one edit', async () => {
    const doc = sampleBoard();
    const laidOut = (await new ELK().layout(toElkGraph(doc, 'RIGHT') as never)) as unknown as ElkNode;
    const result = fromElkGraph(laidOut);
    expect(result.positions.size).toBe(doc.nodes.length);
    expect(result.sizes.has('vpc')).toBe(true);
    const next = applyLayout(doc, result);
    expect(next).not.toBe(doc);
    const byId = indexNodes(next);
    const vpc = absoluteRect(byId.get('vpc')!, byId);
    for (const id of ['gw', 'svc', 'db']) {
      const r = absoluteRect(byId.get(id)!, byId);
      expect(r.x).toBeGreaterThanOrEqual(vpc.x);
      expect(r.y).toBeGreaterThanOrEqual(vpc.y + 32);
      expect(r.x + r.width).toBeLessThanOrEqual(vpc.x + vpc.width);
      expect(r.y + r.height).toBeLessThanOrEqual(vpc.y + vpc.height);
    }
    const leaves = next.nodes.filter((n) => n.kind !== 'vpc').map((n) => absoluteRect(n, byId));
    for (let i = 0; i < leaves.length; i++)
      for (let j = i + 1; j < leaves.length; j++) {
        const a = leaves[i], b = leaves[j];
        const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap).toBe(false);
      }
    // Left to right: the flow web → gw → svc → db goes rightwards.
    const x = (id: string) => absoluteRect(byId.get(id)!, byId).x;
    expect(x('web')).toBeLessThan(x('gw'));
    expect(x('gw')).toBeLessThan(x('svc'));
    expect(x('svc')).toBeLessThan(x('db'));
    // Applying the same layout again changes nothing.
    expect(applyLayout(next, result)).toBe(next);
  });
});

/**
 * A board past LARGE_BOARD_NODES, shaped like a design: clients → gateways → services →
 * datastores, a third of the services and datastores in three boundaries, edges forwards.
 */
function largeBoard(): BoardDocument {
  let doc = createEmptyDocument('large');
  const boundaries = ['vpc-a', 'vpc-b', 'vpc-c'];
  boundaries.forEach((id, i) => (doc = addNode(doc, { ...createNode('vpc', { x: i * 2000, y: 3000 }, id), size: { width: 1800, height: 1500 } })));
  const tiers: [string, number][] = [['web-app', 4], ['api-gateway', 8], ['k8s-service', 50], ['relational-db', 34]];
  const ids: string[][] = [];
  let placed = 0;
  tiers.forEach(([kind, count], tier) => {
    ids.push([]);
    for (let i = 0; i < count; i++) {
      const id = `t${tier}n${i}`;
      // Every third service or datastore goes into a boundary (inside its box), the rest on a row above.
      const inBoundary = tier >= 2 && i % 3 === 0;
      const position = inBoundary ? { x: (i % 3) * 2000 + 40 + (i % 9) * 190, y: 3080 + tier * 300 } : { x: (placed++ % 40) * 200, y: tier * 100 };
      doc = addNode(doc, createNode(kind, position, id));
      ids[tier].push(id);
    }
  });
  let edge = 0;
  ids.forEach((tier, t) => {
    if (t === ids.length - 1) return;
    tier.forEach((id, i) => {
      const next = ids[t + 1];
      doc = connect(doc, { source: id, target: next[(i * 7) % next.length], id: `e${edge++}` });
      doc = connect(doc, { source: id, target: next[(i * 3 + 1) % next.length], id: `e${edge++}` });
    });
  });
  return doc;
}

describe('layoutOptionsFor', () => {
  it('keeps the model order on interview-sized boards and drops it on large ones', () => {
    expect(layoutOptionsFor(LARGE_BOARD_NODES, 'RIGHT')['elk.layered.considerModelOrder.strategy']).toBe('NODES_AND_EDGES');
    expect(layoutOptionsFor(LARGE_BOARD_NODES + 1, 'RIGHT')['elk.layered.considerModelOrder.strategy']).toBe('NONE');
    for (const n of [10, 200]) {
      const options = layoutOptionsFor(n, 'DOWN');
      expect(options['elk.direction']).toBe('DOWN');
      expect(options['elk.hierarchyHandling']).toBe('INCLUDE_CHILDREN');
      expect(options['elk.layered.crossingMinimization.thoroughness']).toBe('1');
    }
  });
});

describe('a real ELK run on a large board (cheaper options)', () => {
  it('leaves nothing overlapping, keeps members in their boundaries and the flow left to right', async () => {
    const doc = largeBoard();
    expect(doc.nodes.length).toBeGreaterThan(LARGE_BOARD_NODES);
    expect(doc.nodes.filter((n) => n.parentId).length).toBeGreaterThan(20);
    const before = measureLayoutQuality(doc);
    expect(before.overlaps).toBeGreaterThan(0); // the board starts out messy
    const laidOut = (await new ELK().layout(toElkGraph(doc, 'RIGHT') as never)) as unknown as ElkNode;
    const quality = measureLayoutQuality(applyLayout(doc, fromElkGraph(laidOut)));
    expect(quality.overlaps).toBe(0);
    expect(quality.escapedMembers).toBe(0);
    expect(quality.backwardEdges).toBe(0);
  }, 20_000);
});

describe('a real ELK run on the reference templates', () => {
  it.each(TEMPLATE_IDS)('%s: nothing overlaps, members stay in their boundaries, the flow goes mostly rightwards', async (id) => {
    const parsed = parseBoardFileText(readFileSync(`templates/${id}.json`, 'utf8'));
    if (!parsed.ok) throw new Error(`template ${id} does not parse`);
    const doc = parsed.document;
    const laidOut = (await new ELK().layout(toElkGraph(doc, 'RIGHT') as never)) as unknown as ElkNode;
    const quality = measureLayoutQuality(applyLayout(doc, fromElkGraph(laidOut)));
    expect(quality.overlaps).toBe(0);
    expect(quality.escapedMembers).toBe(0);
    // Loops (retraining, labels and prediction logs back to training, cache invalidation) must go
    // left somewhere; an edge that closes no loop may go left only where a boundary keeps its
    // members together, at most twice per board.
    expect(quality.backwardEdgesOffLoops).toBeLessThanOrEqual(2);
    expect(quality.backwardEdges).toBeLessThanOrEqual(Math.ceil(doc.edges.length / 4));
    // Wider than tall, as a left-to-right flow should be.
    expect(quality.width).toBeGreaterThan(quality.height);
  }, 20_000);
});

describe('warmUpGraph (prepares a fresh layout worker)', () => {
  it('is a compound graph with edges across its boundary, laid out by ELK with auto layout\'s options', async () => {
    const graph = warmUpGraph();
    expect(graph.layoutOptions).toEqual(layoutOptionsFor(8, 'RIGHT'));
    const boundary = graph.children!.find((c) => c.children?.length);
    expect(boundary?.children).toHaveLength(3);
    const inside = new Set(boundary!.children!.map((c) => c.id));
    expect(graph.edges.some((e) => inside.has(e.targets[0]) !== inside.has(e.sources[0]))).toBe(true);

    const laidOut = fromElkGraph((await new ELK().layout(graph as never)) as unknown as ElkNode);
    expect(laidOut.positions.size).toBe(8);
  });
});
