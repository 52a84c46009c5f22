import { describe, expect, it } from 'vitest';
import { createEmptyDocument } from '@/lib/model/document';
import type { BoardDocument, BoardEdge, BoardNode, EdgeKind } from '@/lib/model/types';
import { compareWithReference, kindPhrase } from './compare';

function node(id: string, kind: string, label = id): BoardNode {
  return { id, kind, label, position: { x: 0, y: 0 }, tags: [], notes: '' };
}

function edge(source: string, target: string, kind: EdgeKind = 'sync'): BoardEdge {
  return { id: `${source}->${target}`, source, target, label: '', kind };
}

function board(nodes: BoardNode[], edges: BoardEdge[] = []): BoardDocument {
  return { ...createEmptyDocument('fixture'), nodes, edges };
}

const reference = board(
  [
    node('client', 'web-app'),
    node('gw', 'api-gateway'),
    node('api', 'k8s-service'),
    node('serve', 'model-server'),
    node('features', 'feature-store'),
    node('drift', 'drift-monitor'),
    node('queue', 'message-queue'),
    node('workers', 'worker-service'),
    node('dlq', 'dead-letter-queue'),
    node('kv', 'key-value-store'),
    node('prom', 'metrics'),
    node('pager', 'alerting'),
    node('memo', 'note'),
  ],
  [
    edge('client', 'gw'),
    edge('gw', 'api'),
    edge('api', 'serve'),
    edge('serve', 'features'),
    edge('drift', 'serve'),
    edge('drift', 'pager'), // a monitor "watches" the model server, not the alerting it feeds
    edge('api', 'queue', 'async'),
    edge('queue', 'workers', 'async'),
    edge('workers', 'dlq', 'async'),
    edge('api', 'kv'),
    edge('prom', 'api'),
    edge('prom', 'pager'),
  ],
);

describe('compareWithReference', () => {
  it('finds missing kinds and roles by catalog kind, never by label', () => {
    const mine = board([
      node('a', 'web-app'),
      // Labels that pretend to be what the reference has must not count.
      node('b', 'load-balancer', 'Drift monitor'),
      node('c', 'k8s-service'),
      node('d', 'model-server'),
      node('e', 'feature-store'),
      node('f', 'relational-db'),
      node('g', 'cache', 'Dead-letter queue'),
      node('h', 'message-queue'),
      node('i', 'worker-service'),
      node('j', 'metrics'),
      node('k', 'alerting'),
    ]);
    const result = compareWithReference(mine, reference);
    expect(result.missingKinds.map((k) => k.kind)).toEqual(['api-gateway', 'drift-monitor', 'dead-letter-queue', 'key-value-store']);
    expect(result.missingKinds.find((k) => k.kind === 'drift-monitor')?.nodeIds).toEqual(['drift']);
    expect(result.missingRoles).toEqual(['gateway', 'drift-monitor', 'dead-letter']);
    expect(result.extraKinds.map((k) => k.kind)).toEqual(['load-balancer', 'relational-db', 'cache']);

    const texts = result.messages.map((m) => `${m.tone}: ${m.text}`);
    expect(texts).toContain('missing: No drift monitor (the reference watches the model server for drift)');
    expect(texts).toContain(
      'missing: No dead-letter queue on the async path (the reference routes messages that keep failing in the worker service to one)',
    );
    expect(texts).toContain('missing: No API gateway (the reference authenticates, routes and rate-limits requests at the edge)');
    expect(texts).toContain(
      'alternative: The reference uses a key-value store where your board has a relational DB (same role: datastore); fine if you can say why',
    );
    expect(texts).toContain('extra: A cache is on your board but not in the reference');
    expect(result.messages.map((m) => m.tone)).toEqual(['missing', 'missing', 'missing', 'alternative', 'extra', 'extra', 'extra']);
    expect(result.messages.find((m) => m.kind === 'key-value-store')?.boardNodeIds).toEqual(['f']);
  });

  it('measures coverage as the share of reference roles present', () => {
    const referenceRoleCount = new Set(
      ['client', 'entry', 'gateway', 'compute', 'ml', 'ml-serving', 'feature-store', 'datastore', 'drift-monitor', 'monitoring', 'queue', 'dead-letter', 'metrics', 'alerting'],
    ).size;
    const mine = board([node('a', 'web-app'), node('b', 'k8s-service')]);
    const result = compareWithReference(mine, reference);
    expect(result.coverage).toBeCloseTo(2 / referenceRoleCount);
    expect(compareWithReference(reference, reference)).toMatchObject({ missingKinds: [], missingRoles: [], extraKinds: [], coverage: 1, messages: [] });
    expect(compareWithReference(createEmptyDocument(), reference).coverage).toBe(0);
    expect(compareWithReference(createEmptyDocument(), createEmptyDocument()).coverage).toBe(1);
  });

  it('ignores notes and unknown kinds', () => {
    const mine = board([...reference.nodes.filter((n) => n.kind !== 'note'), node('x', 'flux-capacitor'), node('y', 'note')]);
    const result = compareWithReference(mine, reference);
    expect(result.missingKinds).toEqual([]);
    expect(result.extraKinds).toEqual([]);
    expect(result.coverage).toBe(1);
  });

  it('uses a generic sentence for kinds without a special phrasing', () => {
    const ref = board([node('r', 'model-server'), node('l', 'labeling-service')], [edge('r', 'l')]);
    const result = compareWithReference(board([node('m', 'model-server')]), ref);
    expect(result.messages[0].text).toBe('No labeling service (the reference connects it to the model server)');
    const lonely = compareWithReference(createEmptyDocument(), board([node('w', 'waf')]));
    expect(lonely.messages[0].text).toBe('No WAF (in the reference: web application firewall: OWASP rules, bot and abuse filtering)');
  });

  it('names the stores a cache sits in front of, not its callers', () => {
    const ref = board(
      [node('api', 'k8s-service'), node('c', 'cache'), node('db', 'relational-db'), node('kv', 'key-value-store')],
      [edge('api', 'c'), edge('c', 'db'), edge('c', 'kv')],
    );
    const result = compareWithReference(board([node('x', 'k8s-service'), node('y', 'relational-db'), node('z', 'key-value-store')]), ref);
    expect(result.messages.map((m) => m.text)).toEqual(['No cache (the reference caches reads in front of the relational DB and the key-value store)']);
  });

  it('phrases kind labels naturally', () => {
    expect(kindPhrase('relational-db')).toBe('relational DB');
    expect(kindPhrase('api-gateway')).toBe('API gateway');
    expect(kindPhrase('cdn')).toBe('CDN');
    expect(kindPhrase('k8s-service')).toBe('K8s service');
    expect(kindPhrase('drift-monitor')).toBe('drift monitor');
  });
});
