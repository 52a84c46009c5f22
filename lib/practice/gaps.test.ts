import { describe, expect, it } from 'vitest';
import { getKind, type Role } from '@/lib/catalog';
import { KINDS } from '@/lib/catalog/kinds';
import { isValidBoardDocument } from '@/lib/model/schema';
import { toPlainDocument } from '@/lib/model/serialize';
import type { BoardDocument } from '@/lib/model/types';
import { loadTemplate, TEMPLATE_IDS, type TemplateId } from '@/templates';
import { compareWithReference } from './compare';
import { isFiller, MAX_GAPS, rankGaps, roleWeight, whyItMatters } from './gaps';
import { referenceFor, v1Reference } from './reference-scope';

async function reference(id: TemplateId): Promise<BoardDocument> {
  const result = await loadTemplate(id);
  if (!result.ok) throw new Error(result.reason);
  return result.document;
}

/** The reference without every node of the given kinds (and their edges). */
function without(doc: BoardDocument, kinds: (kind: string) => boolean): BoardDocument {
  const nodes = doc.nodes.filter((n) => !kinds(n.kind));
  const ids = new Set(nodes.map((n) => n.id));
  return { ...doc, nodes, edges: doc.edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
}

const FILLER_AND_EXTRAS = (kind: string) => isFiller(kind) || kind === 'dashboards' || kind === 'tracing' || kind === 'secrets-manager';

describe('rankGaps', () => {
  it.each(TEMPLATE_IDS)('puts a planted gap first on the %s reference, ahead of infrastructure filler', async (id) => {
    const ref = await reference(id);
    const promptId = `use-case-${id}`;
    // Plant each kind the board could lose (non-filler, the only one of its kind) among filler and minor gaps.
    const kinds = [...new Set(ref.nodes.map((n) => n.kind))].filter((k) => !isFiller(k) && k !== 'note' && !getKind(k)?.roles.includes('boundary'));
    let checked = 0;
    for (const planted of kinds) {
      const attempt = without(ref, (k) => k === planted || FILLER_AND_EXTRAS(k));
      const comparison = compareWithReference(attempt, ref);
      const gaps = rankGaps(comparison, promptId);
      if (!gaps.some((g) => g.kind === planted)) continue; // another kind stands in for it
      checked++;
      expect(gaps.length).toBeLessThanOrEqual(MAX_GAPS);
      const plantedWeight = gaps.find((g) => g.kind === planted)!.weight;
      // Only a heavier minor gap could lead; filler never does.
      expect(isFiller(gaps[0].kind), `${planted}: ${gaps[0].kind} leads`).toBe(false);
      if (gaps[0].kind !== planted) expect(gaps[0].weight, `${planted} vs ${gaps[0].kind}`).toBeGreaterThanOrEqual(plantedWeight);
    }
    expect(checked).toBeGreaterThan(5);
  });

  it.each(TEMPLATE_IDS)('names the one removed component first on the %s reference', async (id) => {
    const ref = await reference(id);
    for (const kind of ['model-server', 'feature-store', 'api-gateway', 'model-registry']) {
      if (!ref.nodes.some((n) => n.kind === kind)) continue;
      const comparison = compareWithReference(without(ref, (k) => k === kind || isFiller(k)), ref);
      if (comparison.messages.some((m) => m.kind === kind && m.tone === 'alternative')) continue; // a stand-in does its job
      const gaps = rankGaps(comparison, `use-case-${id}`);
      expect(gaps[0]?.kind, kind).toBe(kind);
      expect(gaps[0].why.length).toBeGreaterThan(20);
    }
  });

  it('weighs roles per prompt and explains every catalog role', () => {
    expect(roleWeight('ab-router', 'multi-tenant-model-serving')).toBeGreaterThan(roleWeight('ab-router', null));
    expect(roleWeight('search-index', 'use-case-search')).toBeGreaterThan(roleWeight('search-index', 'use-case-predictive-analytics'));
    const roles = new Set<Role>(KINDS.flatMap((k) => k.roles).filter((r) => r !== 'note'));
    for (const role of roles) expect(whyItMatters(role), role).not.toBe('the reference relies on it');
  });

  it('names the ML kind when two missing kinds share a role', () => {
    const ref = { ...emptyBoard(), nodes: [node('job', 'batch-job'), node('score', 'batch-inference')] };
    const gaps = rankGaps(compareWithReference({ ...emptyBoard(), nodes: [node('m', 'model-server')] }, ref), null);
    expect(gaps.map((g) => [g.role, g.kind])).toEqual([['batch', 'batch-inference']]);
    expect(gaps[0].referenceNodeIds.sort()).toEqual(['job', 'score']);
  });

  it('does not claim a substitution from roles spread over several components', () => {
    const ref = { ...emptyBoard(), nodes: [node('b', 'batch-inference')] };
    const mine = { ...emptyBoard(), nodes: [node('m', 'model-server'), node('t', 'training-pipeline')] };
    const comparison = compareWithReference(mine, ref);
    expect(comparison.messages.map((m) => m.tone)).toEqual(['missing', 'extra', 'extra']);
    expect(rankGaps(comparison, null).map((g) => g.kind)).toEqual(['batch-inference']);
  });
});

describe('v1 references', () => {
  it.each(TEMPLATE_IDS)('%s: 10–12 existing ids forming one connected request path from the client to serving', async (id) => {
    const ref = await reference(id);
    const v1 = ref.study?.v1 ?? [];
    expect(v1.length).toBeGreaterThanOrEqual(10);
    expect(v1.length).toBeLessThanOrEqual(12);
    const known = new Set(ref.nodes.map((n) => n.id));
    for (const nodeId of v1) expect(known.has(nodeId), nodeId).toBe(true);
    const doc = v1Reference(ref)!;
    const neighbours = new Map<string, string[]>(doc.nodes.map((n) => [n.id, []]));
    for (const e of doc.edges) {
      neighbours.get(e.source)!.push(e.target);
      neighbours.get(e.target)!.push(e.source);
    }
    const client = doc.nodes.find((n) => getKind(n.kind)?.roles.includes('client'));
    expect(client).toBeDefined();
    const seen = new Set([client!.id]);
    const queue = [client!.id];
    while (queue.length > 0) for (const next of neighbours.get(queue.shift()!)!) if (!seen.has(next)) (seen.add(next), queue.push(next));
    expect([...seen].sort()).toEqual([...v1].sort());
    // Downstream from the client along edge direction reaches model serving.
    const reached = new Set([client!.id]);
    const forward = [client!.id];
    while (forward.length > 0) {
      const at = forward.shift()!;
      for (const e of doc.edges) if (e.source === at && !reached.has(e.target)) (reached.add(e.target), forward.push(e.target));
    }
    expect(doc.nodes.some((n) => reached.has(n.id) && getKind(n.kind)?.roles.includes('ml-serving'))).toBe(true);
  });

  it('keeps v1 through the schema, the parser and the serializer', async () => {
    const ref = await reference('search');
    expect(isValidBoardDocument(ref)).toBe(true);
    expect(toPlainDocument(ref).study?.v1).toEqual(ref.study?.v1);
    const { v1: _dropped, ...withoutV1 } = ref.study!;
    expect(toPlainDocument({ ...ref, study: withoutV1 }).study).not.toHaveProperty('v1');
  });

  it('compares an attempt that ended in the high-level phase with v1 only', async () => {
    const ref = await reference('recommendations');
    expect(referenceFor(ref, 'high-level').isV1).toBe(true);
    expect(referenceFor(ref, 'deep-dive')).toEqual({ document: ref, isV1: false });
    const v1 = referenceFor(ref, 'high-level').document;
    expect(compareWithReference(v1, v1).coverage).toBe(1);
    expect(compareWithReference(v1, ref).coverage).toBeLessThan(1);
  });
});

function emptyBoard(): BoardDocument {
  return { schemaVersion: 1 as BoardDocument['schemaVersion'], id: 'b', title: '', notes: '', nodes: [], edges: [], createdAt: '', updatedAt: '' };
}

function node(id: string, kind: string) {
  return { id, kind, label: id, position: { x: 0, y: 0 }, tags: [], notes: '' };
}
