// Table-driven: for every rule, small boards that pass it, partially pass it and fail it,
// including the traps of issue 5.
import { describe, expect, it } from 'vitest';
import { board, type BoardFixture } from '@/lib/graph/board-fixture';
import type { BoardDocument } from '@/lib/model/types';
import { completeDesign, GOOD_NOTES, minimalPath, without } from './checklist-fixtures';
import { evaluateRule } from './evaluate';
import type { FindingStatus, RuleId } from './types';

interface Case {
  name: string;
  build: () => BoardFixture | BoardDocument;
  status: FindingStatus;
  message?: RegExp | string;
  nodeIds?: string[];
}

const docOf = (b: BoardFixture | BoardDocument): BoardDocument => ('doc' in b ? b.doc : b);
const empty = () => board();

const table: Record<RuleId, Case[]> = {
  requirements: [
    { name: 'functional + non-functional with numbers', build: () => board().notes(GOOD_NOTES), status: 'pass' },
    {
      name: 'written on a sticky note on the canvas',
      build: () => board().add('n', 'note', { label: 'Requirements', notes: 'FR: search items. NFR: p95 under 300ms, 100M items' }),
      status: 'pass',
      nodeIds: ['n'],
    },
    { name: 'only functional', build: () => board().notes('Functional: users search items'), status: 'partial', message: /non-functional requirements.*numbers with units/ },
    { name: 'non-functional without numbers', build: () => board().notes('Non-functional: it must be fast'), status: 'partial', message: /functional requirements \(what/ },
    { name: 'numbers alone', build: () => board().notes('about 5k QPS'), status: 'partial' },
    { name: 'empty notes', build: empty, status: 'fail', message: /^No requirements yet/ },
    { name: 'notes without requirements', build: () => board().notes('remember to draw the cache'), status: 'fail', message: /do not state requirements/ },
  ],
  api: [
    { name: 'every client and gateway edge labelled', build: minimalPath, status: 'pass' },
    {
      name: 'one of two unlabelled',
      build: () => {
        const f = minimalPath();
        f.doc.edges.find((e) => e.source === 'gw')!.label = ' ';
        return f;
      },
      status: 'partial',
      message: '1 of 2 connections leaving clients and gateways has no API label: API gateway → Search API. Label each with its call, e.g. GET /search?q=.',
      nodeIds: ['gw', 'svc'],
    },
    {
      name: 'none labelled',
      build: () => {
        const f = minimalPath();
        for (const e of f.doc.edges) e.label = '';
        return f;
      },
      status: 'fail',
      nodeIds: ['web', 'gw', 'svc'],
    },
    { name: 'edges to monitoring are not API calls', build: () => minimalPath().add('m', 'metrics').edge('gw', 'm', { label: '' }), status: 'pass' },
    { name: 'empty board', build: empty, status: 'fail', message: /^No API yet/ },
  ],
  'data-model': [
    { name: 'every datastore says what it holds', build: minimalPath, status: 'pass', message: 'Postgres says what it holds.', nodeIds: ['db'] },
    { name: 'a datastore without notes', build: () => minimalPath().add('lake', 'data-lake', { label: 'Lake' }), status: 'partial', message: /^Say what Lake holds/, nodeIds: ['lake'] },
    { name: 'no datastore', build: () => board().add('svc', 'k8s-service'), status: 'fail' },
  ],
  scalability: [
    { name: 'gateway in front, services replicated', build: minimalPath, status: 'pass', message: 'Traffic enters through API gateway and Search API scales out.' },
    {
      name: 'a single replica with an autoscaler attached',
      build: () => minimalPath().add('hpa', 'autoscaler').flow('hpa', 'svc').add('svc2', 'k8s-service', { tags: ['autoscaling'] }).flow('gw', 'svc2', 'db'),
      status: 'pass',
    },
    {
      name: 'a request-path service with one replica',
      build: () => {
        const f = minimalPath();
        f.doc.nodes.find((n) => n.id === 'svc')!.replicas = 1;
        return f;
      },
      status: 'partial',
      message: /^Search API runs a single replica with no autoscaling/,
      nodeIds: ['svc'],
    },
    {
      name: 'clients call the service directly',
      build: () => board().add('web', 'web-app').add('svc', 'k8s-service', { replicas: 2 }).add('db', 'relational-db').flow('web', 'svc', 'db'),
      status: 'partial',
      message: /does not enter through a load balancer/,
    },
    {
      name: 'no front door and a single replica',
      build: () => board().add('web', 'web-app').add('svc', 'k8s-service').add('db', 'relational-db').flow('web', 'svc', 'db'),
      status: 'fail',
    },
    { name: 'empty board', build: empty, status: 'fail' },
  ],
  caching: [
    {
      name: 'cache-aside: the service reads the cache',
      build: () => minimalPath().add('cache', 'cache', { label: 'Redis' }).flow('svc', 'cache'),
      status: 'pass',
      message: 'Redis serves the reads of Search API.',
      nodeIds: ['cache', 'svc'],
    },
    {
      name: 'read-through: the cache sits between service and database',
      build: () => minimalPath().add('cache', 'cache', { label: 'Redis' }).flow('svc', 'cache', 'db'),
      status: 'pass',
    },
    {
      name: 'a CDN in front of the gateway',
      build: () => minimalPath().add('cdn', 'cdn', { label: 'CDN' }).flow('web', 'cdn', 'gw'),
      status: 'pass',
    },
    {
      name: 'trap: a cache that serves no path',
      build: () => minimalPath().add('cache', 'cache', { label: 'Redis' }),
      status: 'partial',
      message: /^Redis is on the board but no request path uses it/,
      nodeIds: ['cache'],
    },
    {
      name: 'a cache only a database writes to (a database does not read a cache)',
      build: () => minimalPath().add('cache', 'cache').flow('db', 'cache'),
      status: 'partial',
    },
    {
      name: 'a cache only a batch job writes to',
      build: () => minimalPath().add('job', 'batch-job').add('cache', 'cache').flowOf('batch', 'job', 'cache'),
      status: 'partial',
    },
    { name: 'no cache', build: minimalPath, status: 'fail', message: /^No cache/ },
    { name: 'empty board', build: empty, status: 'fail' },
  ],
  monitoring: [
    {
      name: 'metrics and alerting observe every request-path service',
      build: () => minimalPath().add('m', 'metrics').add('a', 'alerting').flow('m', 'svc').flow('m', 'a'),
      status: 'pass',
      nodeIds: ['m', 'a'],
    },
    {
      name: 'trap: monitoring attached to the boundary holding the service',
      build: () =>
        board()
          .add('ns', 'namespace', { label: 'search namespace' })
          .add('web', 'web-app').add('gw', 'api-gateway')
          .add('svc', 'k8s-service', { parentId: 'ns', replicas: 2 })
          .add('db', 'relational-db')
          .add('m', 'metrics').add('a', 'alerting')
          .flow('web', 'gw', 'svc', 'db').flow('m', 'ns').flow('m', 'a'),
      status: 'pass',
    },
    {
      name: 'observation edges may point either way (service pushes to logs)',
      build: () => minimalPath().add('m', 'metrics').add('a', 'alerting').flow('svc', 'm').flow('m', 'a'),
      status: 'pass',
    },
    {
      name: 'trap: monitoring exists but observes nothing',
      build: () => minimalPath().add('m', 'metrics', { label: 'Prometheus' }).add('a', 'alerting', { label: 'Alertmanager' }).flow('m', 'a'),
      status: 'fail',
      message: /^Prometheus and Alertmanager exist but observe nothing on the request path: connect monitoring to Search API/,
      nodeIds: ['svc', 'm', 'a'],
    },
    {
      name: 'one of two services observed',
      build: () =>
        minimalPath().add('svc2', 'k8s-service', { label: 'Index API', replicas: 2 }).flow('gw', 'svc2', 'db')
          .add('m', 'metrics').add('a', 'alerting').flow('m', 'svc').flow('m', 'a'),
      status: 'partial',
      message: /^Not observed: Index API/,
      nodeIds: ['svc2'],
    },
    {
      name: 'observed but no alerting',
      build: () => minimalPath().add('m', 'metrics').flow('m', 'svc'),
      status: 'partial',
      message: /Add alerting/,
    },
    {
      name: 'an ML board without drift monitoring',
      build: () =>
        minimalPath().add('model', 'model-server', { label: 'Ranker', replicas: 2 }).flow('svc', 'model')
          .add('m', 'metrics').add('a', 'alerting').flow('m', 'svc').flow('m', 'model').flow('m', 'a'),
      status: 'partial',
      message: 'Nothing watches drift: attach a drift monitor to Ranker.',
      nodeIds: ['model'],
    },
    {
      name: 'an ML board with a drift monitor on the model server',
      build: () =>
        minimalPath().add('model', 'model-server', { replicas: 2 }).flow('svc', 'model')
          .add('m', 'metrics').add('a', 'alerting').add('d', 'drift-monitor').flow('m', 'svc').flow('m', 'a').flow('d', 'model'),
      status: 'pass',
    },
    { name: 'no monitoring', build: minimalPath, status: 'fail', message: /^No monitoring/, nodeIds: ['svc'] },
    { name: 'empty board', build: empty, status: 'fail' },
  ],
  'failure-modes': [
    { name: 'every hop redundant, no queues', build: minimalPath, status: 'pass' },
    {
      name: 'a single-replica service on the only path',
      build: () => {
        const f = minimalPath();
        f.doc.nodes.find((n) => n.id === 'svc')!.replicas = 1;
        return f;
      },
      status: 'partial',
      message: 'Search API is a single point of failure: one replica and no HA tag, on the only path from API gateway to Postgres.',
      nodeIds: ['svc'],
    },
    {
      name: 'trap: single-replica services with a detour are not SPOFs',
      build: () =>
        board().add('web', 'web-app').add('gw', 'api-gateway', { replicas: 2 })
          .add('a', 'k8s-service').add('b', 'k8s-service').add('db', 'relational-db', { tags: ['multi-az'] })
          .flow('web', 'gw', 'a', 'db').flow('gw', 'b', 'db'),
      status: 'pass',
    },
    {
      name: 'a queue without dead-letter queue or retries',
      build: () => minimalPath().add('q', 'message-queue', { label: 'Jobs' }).add('w', 'worker-service', { replicas: 2 }).flowOf('async', 'svc', 'q', 'w').flow('w', 'db'),
      status: 'partial',
      message: /^Jobs has no dead-letter queue or retries/,
      nodeIds: ['q'],
    },
    {
      name: 'a queue whose consumer retries but no dead-letter queue',
      build: () => minimalPath().add('q', 'message-queue', { label: 'Jobs' }).add('w', 'worker-service', { replicas: 2, tags: ['retries'] }).flowOf('async', 'svc', 'q', 'w').flow('w', 'db'),
      status: 'partial',
      message: 'Jobs retries but has no dead-letter queue: a poison message is retried forever or dropped — connect a dead-letter queue to it or to its consumer.',
      nodeIds: ['q'],
    },
    {
      name: 'a stream tagged retries, no dead-letter queue',
      build: () => minimalPath().add('k', 'event-stream', { label: 'Kafka item-events', tags: ['retries'] }).flowOf('stream', 'svc', 'k'),
      status: 'partial',
      message: /^Kafka item-events retries but has no dead-letter queue: a poison message is retried forever or dropped/,
      nodeIds: ['k'],
    },
    {
      name: 'retries only, plus a single point of failure, is partial not fail',
      build: () =>
        board().add('web', 'web-app').add('svc', 'k8s-service', { label: 'API' }).add('db', 'relational-db').add('q', 'message-queue', { tags: ['retries'] })
          .flow('web', 'svc', 'db').flowOf('async', 'svc', 'q'),
      status: 'partial',
      nodeIds: ['svc', 'q'],
    },
    {
      name: 'a stream whose consumer dead-letters to a .dlq topic',
      build: () =>
        minimalPath().add('k', 'event-stream').add('flink', 'stream-processor', { replicas: 2, tags: ['retries'] }).add('dlq', 'dead-letter-queue')
          .flowOf('stream', 'svc', 'k', 'flink').flowOf('async', 'flink', 'dlq'),
      status: 'pass',
    },
    {
      name: 'a queue with a dead-letter queue',
      build: () => minimalPath().add('q', 'event-stream').add('dlq', 'dead-letter-queue').flowOf('async', 'svc', 'q', 'dlq'),
      status: 'pass',
    },
    {
      name: 'a SPOF and an uncovered queue',
      build: () =>
        board().add('web', 'web-app').add('svc', 'k8s-service').add('db', 'relational-db').add('q', 'message-queue')
          .flow('web', 'svc', 'db').flowOf('async', 'svc', 'q'),
      status: 'fail',
    },
    { name: 'empty board', build: empty, status: 'fail', message: /^No request path/ },
  ],
  cost: [
    { name: 'everything costed', build: minimalPath, status: 'pass', message: 'Estimated total $500/month; all 2 compute and storage components costed; largest: Postgres ($400).' },
    {
      name: 'one component without an estimate',
      build: () => minimalPath().add('cache', 'cache', { label: 'Redis' }),
      status: 'partial',
      message: 'Estimated total $500/month. No monthly cost chosen yet for Redis: accept the suggestion or type one.',
      nodeIds: ['cache'],
    },
    {
      name: 'a GPU pool that neither autoscales nor uses spot',
      build: () => minimalPath().add('gpu', 'gpu-node-pool', { label: 'GPU pool', monthlyCostUsd: 2900 }),
      status: 'partial',
      message: /GPU pool neither autoscales nor uses spot/,
      nodeIds: ['gpu'],
    },
    { name: 'a GPU pool on spot', build: () => minimalPath().add('gpu', 'gpu-node-pool', { monthlyCostUsd: 2900, tags: ['spot'] }), status: 'pass' },
    {
      name: 'a GPU pool with an autoscaler attached',
      build: () => minimalPath().add('gpu', 'gpu-node-pool', { monthlyCostUsd: 2900 }).add('hpa', 'autoscaler').flow('hpa', 'gpu'),
      status: 'pass',
    },
    { name: 'nothing costed', build: () => board().add('svc', 'k8s-service', { label: 'API' }).add('db', 'relational-db', { label: 'DB' }), status: 'fail', message: 'No component has a cost yet: accept or type one for API and DB.' },
    { name: 'empty board', build: empty, status: 'fail', message: /^Nothing to cost yet/ },
  ],
  security: [
    {
      name: 'gateway in front, secrets connected, tenant boundary',
      build: () => minimalPath().add('vault', 'secrets-manager').flow('vault', 'svc').add('t', 'tenant-boundary'),
      status: 'pass',
    },
    {
      name: 'auth instead of a gateway, per-tenant tag',
      build: () =>
        board().add('web', 'web-app').add('auth', 'auth').add('svc', 'k8s-service').add('db', 'relational-db', { tags: ['per-tenant'] })
          .add('vault', 'secrets-manager').flow('web', 'auth', 'svc', 'db').flow('svc', 'vault'),
      status: 'pass',
    },
    {
      name: 'a client bypasses the gateway',
      build: () =>
        minimalPath().add('admin', 'k8s-service', { label: 'Admin API' }).flow('web', 'admin', 'db')
          .add('vault', 'secrets-manager').flow('vault', 'svc').add('t', 'tenant-boundary'),
      status: 'partial',
      message: /^Web app reaches Admin API without passing an API gateway or auth/,
      nodeIds: ['web', 'admin'],
    },
    {
      name: 'of two clients only the one that bypasses the gateway is named',
      build: () =>
        minimalPath().add('mobile', 'mobile-app', { label: 'Mobile app' }).add('legacy', 'k8s-service', { label: 'Legacy API' }).flow('mobile', 'legacy', 'db')
          .add('vault', 'secrets-manager').flow('vault', 'svc').add('t', 'tenant-boundary'),
      status: 'partial',
      message: /^Mobile app reaches Legacy API without/,
      nodeIds: ['mobile', 'legacy'],
    },
    {
      name: 'a secrets manager connected to nothing',
      build: () => minimalPath().add('vault', 'secrets-manager', { label: 'Vault' }).add('t', 'tenant-boundary'),
      status: 'partial',
      message: /^Vault is not connected to anything/,
      nodeIds: ['vault'],
    },
    { name: 'empty board', build: empty, status: 'fail' },
  ],
  'ml-lifecycle': [
    { name: 'no ML components', build: minimalPath, status: 'n/a' },
    { name: 'registry, training, shared features, retraining trigger', build: completeDesign, status: 'pass' },
    { name: 'without the model registry', build: () => without(completeDesign(), 'registry'), status: 'partial', message: /^No model registry/ },
    { name: 'without a retraining trigger', build: () => without(completeDesign(), 'drift'), status: 'partial', message: /^Nothing triggers retraining/, nodeIds: ['training'] },
    {
      name: 'the feature store only reaches serving',
      build: () => {
        const doc = without(completeDesign());
        doc.edges = doc.edges.filter((e) => !(e.source === 'fs' && e.target === 'training'));
        return doc;
      },
      status: 'partial',
      message: /^The feature store does not reach both training and serving/,
      nodeIds: ['fs'],
    },
    { name: 'a lone model server', build: () => board().add('m', 'model-server'), status: 'fail' },
  ],
};

describe.each(Object.entries(table) as [RuleId, Case[]][])('rule %s', (ruleId, cases) => {
  it.each(cases)('$name → $status', ({ build, status, message, nodeIds }) => {
    const finding = evaluateRule(docOf(build()), ruleId);
    expect(finding.ruleId).toBe(ruleId);
    expect({ status: finding.status, message: finding.message }).toMatchObject({ status });
    if (typeof message === 'string') expect(finding.message).toBe(message);
    else if (message) expect(finding.message).toMatch(message);
    if (nodeIds) expect(finding.nodeIds).toEqual(nodeIds);
  });
});
