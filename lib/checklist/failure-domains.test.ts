// Failure domains in the failure-modes rule: replicas confined to one zone are a single point
// of failure for that zone, and the rule agrees with the failure simulation on every board.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { board } from '@/lib/graph/board-fixture';
import { isZoneOrRegion } from '@/lib/graph/failure-domains';
import { simulateFailure } from '@/lib/graph/simulate-failure';
import { boardDocumentArbitrary } from '@/lib/model/fixtures/arbitraries';
import { parseDocument } from '@/lib/model/parse';
import type { BoardDocument } from '@/lib/model/types';
import { evaluateRule } from './evaluate';

/** web → gateway → recs service → model server → feature store; the model server's replicas are placed by `place`. */
function recommendations(place: (f: ReturnType<typeof board>) => ReturnType<typeof board>) {
  const f = board()
    .add('web', 'web-app', { label: 'Web app' })
    .add('gw', 'api-gateway', { label: 'API gateway', replicas: 2, tags: ['multi-az'] })
    .add('az-a', 'region', { label: 'AZ a' })
    .add('az-b', 'region', { label: 'AZ b' })
    .add('recs', 'k8s-service', { label: 'Recs service', replicas: 3, tags: ['multi-az'] })
    .add('fs', 'feature-store', { label: 'Feature store', tags: ['multi-az'] })
    .edge('web', 'gw', { label: 'GET /recommendations' })
    .flow('gw', 'recs');
  return place(f).doc;
}

/** Does failing any one zone or region break a user-facing path, by the simulation? */
function someZoneBreaksAPath(doc: BoardDocument): boolean {
  return doc.nodes.filter(isZoneOrRegion).some((z) => simulateFailure(doc, [z.id]).brokenPaths.length > 0);
}

describe('failure-modes and availability zones', () => {
  it('all replicas in one AZ: does not pass, naming the component, the AZ and the broken path', () => {
    const doc = recommendations((f) => f.add('model', 'model-server', { label: 'Model server', replicas: 4, parentId: 'az-a' }).flow('recs', 'model', 'fs'));
    const finding = evaluateRule(doc, 'failure-modes');
    expect(finding.status).not.toBe('pass');
    expect(finding.message).toContain('All 4 replicas of Model server are in AZ a: losing AZ a breaks');
    expect(finding.message).toContain('GET /recommendations');
    expect(finding.nodeIds).toEqual(expect.arrayContaining(['az-a', 'model']));
  });

  it('copies of the service in two AZs pass', () => {
    const doc = recommendations((f) =>
      f
        .add('model-a', 'model-server', { label: 'Model server', replicas: 2, parentId: 'az-a' })
        .add('model-b', 'model-server', { label: 'Model server', replicas: 2, parentId: 'az-b' })
        .flow('recs', 'model-a', 'fs')
        .flow('recs', 'model-b', 'fs'),
    );
    expect(evaluateRule(doc, 'failure-modes').status).toBe('pass');
    expect(someZoneBreaksAPath(doc)).toBe(false);
  });

  it('a component drawn in an AZ but tagged multi-az is spread, so it passes', () => {
    const doc = recommendations((f) => f.add('model', 'model-server', { label: 'Model server', replicas: 4, parentId: 'az-a', tags: ['multi-az'] }).flow('recs', 'model', 'fs'));
    expect(evaluateRule(doc, 'failure-modes').status).toBe('pass');
  });

  it('multi-az does not survive the loss of a region', () => {
    const doc = recommendations((f) =>
      f.add('eu', 'region', { label: 'eu-central-1' }).add('model', 'model-server', { label: 'Model server', replicas: 4, parentId: 'eu', tags: ['multi-az'] }).flow('recs', 'model', 'fs'),
    );
    const finding = evaluateRule(doc, 'failure-modes');
    expect(finding.status).not.toBe('pass');
    expect(finding.message).toContain('in eu-central-1');
  });

  it('nesting counts: a namespace inside the AZ goes down with it', () => {
    const doc = recommendations((f) =>
      f.add('ns', 'namespace', { label: 'ns: serving', parentId: 'az-b' }).add('model', 'model-server', { label: 'Model server', replicas: 3, parentId: 'ns' }).flow('recs', 'model', 'fs'),
    );
    expect(evaluateRule(doc, 'failure-modes').message).toContain('All 3 replicas of Model server are in AZ b');
  });
});

const templatesDir = fileURLToPath(new URL('../../templates/', import.meta.url));
const references = readdirSync(templatesDir)
  .filter((f) => f.endsWith('.json'))
  .flatMap((file) => {
    const parsed = parseDocument(JSON.parse(readFileSync(templatesDir + file, 'utf8')));
    return parsed.ok ? [{ name: file, doc: parsed.document }] : [];
  });

/** A reference with one more AZ boundary drawn around some of its components (moved into it). */
function withZoneAround(doc: BoardDocument, pick: (index: number) => boolean): BoardDocument {
  const zone = { id: 'extra-az', kind: 'region', label: 'AZ c', position: { x: 0, y: 0 }, tags: [], notes: '' };
  return { ...doc, nodes: [zone, ...doc.nodes.map((n, i) => (pick(i) && !n.parentId ? { ...n, parentId: zone.id } : n))] };
}

const agrees = (doc: BoardDocument) => !someZoneBreaksAPath(doc) || evaluateRule(doc, 'failure-modes').status !== 'pass';

describe('the checklist agrees with the simulation', () => {
  it('there are references to check', () => expect(references.length).toBeGreaterThanOrEqual(3));

  it.each(references)('on $name, and on it with an AZ drawn around any of its components', ({ doc }) => {
    expect(agrees(doc)).toBe(true);
    fc.assert(fc.property(fc.array(fc.boolean(), { minLength: doc.nodes.length, maxLength: doc.nodes.length }), (picks) => agrees(withZoneAround(doc, (i) => picks[i]))), { numRuns: 30 });
  });

  it('on random boards', () => {
    fc.assert(fc.property(boardDocumentArbitrary, agrees), { numRuns: 300 });
  });

  it('on random placements of a request path across zones', () => {
    const kinds = ['api-gateway', 'k8s-service', 'model-server', 'cache', 'relational-db'];
    const hop = fc.record({ replicas: fc.integer({ min: 1, max: 4 }), zone: fc.constantFrom(undefined, 'az-a', 'az-b'), multiAz: fc.boolean(), copy: fc.constantFrom(undefined, 'az-a', 'az-b') });
    fc.assert(
      fc.property(fc.array(hop, { minLength: kinds.length, maxLength: kinds.length }), (hops) => {
        const f = board().add('web', 'web-app').add('az-a', 'region', { label: 'AZ a' }).add('az-b', 'region', { label: 'AZ b' });
        let previous = ['web'];
        hops.forEach((h, i) => {
          const ids = [`n${i}`];
          f.add(ids[0], kinds[i], { replicas: h.replicas, parentId: h.zone, tags: h.multiAz ? ['multi-az'] : [] });
          if (h.copy) {
            ids.push(`n${i}-copy`);
            f.add(ids[1], kinds[i], { replicas: h.replicas, parentId: h.copy });
          }
          for (const from of previous) for (const to of ids) f.flow(from, to);
          previous = ids;
        });
        return agrees(f.doc);
      }),
      { numRuns: 300 },
    );
  });
});
