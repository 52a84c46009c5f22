import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import { createNode, addNode, connect } from '@/lib/commands/edits';
import { absoluteRect, createEmptyDocument, indexNodes } from '@/lib/model/document';
import type { BoardDocument } from '@/lib/model/types';
import { applyLayout, fromElkGraph, toElkGraph, type ElkNode } from './elk-graph';

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
