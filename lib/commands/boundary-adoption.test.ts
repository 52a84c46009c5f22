// A boundary dropped or resized over components adopts them, as in draw.io; the centre of
// each component decides whether it is in or out.
import { describe, expect, it } from 'vitest';
import { absolutePosition, indexNodes } from '@/lib/model/document';
import type { BoardDocument } from '@/lib/model/types';
import { addNode, adoptCoveredNodes, resizeNode } from './edits';
import { boardOf, node } from './test-fixtures';

const parentOf = (doc: BoardDocument, id: string) => doc.nodes.find((n) => n.id === id)!.parentId;
const screen = (doc: BoardDocument, id: string) => absolutePosition(doc.nodes.find((n) => n.id === id)!, indexNodes(doc));
const az = (x: number, y: number, width: number, height: number) => node('az', 'region', x, y, { label: 'AZ a', size: { width, height } });

describe('adoptCoveredNodes', () => {
  const twoServices = () => boardOf(node('model', 'model-server', 100, 100), node('fs', 'feature-store', 400, 100), node('web', 'web-app', 900, 100)).doc;

  it('a boundary dropped over components adopts the ones it covers, and nothing moves on screen', () => {
    const before = twoServices();
    const next = addNode(before, az(50, 50, 700, 300));
    expect(parentOf(next, 'model')).toBe('az');
    expect(parentOf(next, 'fs')).toBe('az');
    expect(parentOf(next, 'web')).toBeUndefined();
    for (const id of ['model', 'fs', 'web']) expect(screen(next, id)).toEqual(screen(before, id));
  });

  it('a component half inside is in when its centre is, out when it is not', () => {
    // model spans x 100..284 (centre 192); fs spans 400..584 (centre 492).
    const next = addNode(twoServices(), az(150, 50, 300, 300));
    expect(parentOf(next, 'model')).toBe('az');
    expect(parentOf(next, 'fs')).toBeUndefined();
  });

  it('growing a boundary adopts what it now covers; shrinking it releases what falls out', () => {
    const dropped = addNode(twoServices(), az(50, 50, 300, 300));
    expect(parentOf(dropped, 'fs')).toBeUndefined();
    const grown = adoptCoveredNodes(resizeNode(dropped, 'az', { width: 700, height: 300 }), ['az']);
    expect(parentOf(grown, 'fs')).toBe('az');
    const shrunk = adoptCoveredNodes(resizeNode(grown, 'az', { width: 200, height: 300 }), ['az']);
    expect(parentOf(shrunk, 'model')).toBe('az');
    expect(parentOf(shrunk, 'fs')).toBeUndefined();
    expect(screen(shrunk, 'fs')).toEqual({ x: 400, y: 100 });
  });

  it('keeps members of a smaller boundary inside it, and takes that boundary in whole', () => {
    const doc = boardOf(
      node('ns', 'namespace', 80, 80, { size: { width: 300, height: 200 } }),
      node('svc', 'k8s-service', 50, 50, { parentId: 'ns' }),
    ).doc;
    const next = addNode(doc, az(0, 0, 800, 600));
    expect(parentOf(next, 'ns')).toBe('az');
    expect(parentOf(next, 'svc')).toBe('ns');
    expect(screen(next, 'svc')).toEqual({ x: 130, y: 130 });
  });

  it('a boundary dropped inside a bigger one joins it and never adopts its own ancestor', () => {
    const doc = boardOf(node('vpc', 'vpc', 0, 0, { size: { width: 1000, height: 800 } }), node('svc', 'k8s-service', 100, 100, { parentId: 'vpc' })).doc;
    const next = addNode(doc, az(50, 50, 400, 300));
    expect(parentOf(next, 'az')).toBe('vpc');
    expect(parentOf(next, 'svc')).toBe('az');
    expect(parentOf(next, 'vpc')).toBeUndefined();
  });

  it('a non-boundary is not a container', () => {
    const doc = twoServices();
    expect(adoptCoveredNodes(doc, ['model'])).toBe(doc);
  });
});
