// Shared fixture boards for the checklist tests.
import { board, type BoardFixture } from '@/lib/graph/board-fixture';

export const GOOD_NOTES =
  'Functional requirements: recommend templates per user.\nNon-functional: p99 < 200 ms, 5k QPS, 99.9% availability.';

/**
 * A small but complete ML design that passes every rule: client → gateway → service
 * (cache-aside Redis, Postgres, async worker with DLQ) → model server → feature store;
 * lake + feature store → training (triggered by drift); registry → model server.
 */
export function completeDesign(): BoardFixture {
  return board()
    .notes(GOOD_NOTES)
    .add('tenant', 'tenant-boundary', { tags: ['per-tenant'] })
    .add('web', 'web-app', { label: 'Web app' })
    .add('gw', 'api-gateway', { label: 'API gateway', replicas: 2, monthlyCostUsd: 250 })
    .add('svc', 'k8s-service', { label: 'Recommendation API', replicas: 3, monthlyCostUsd: 150 })
    .add('cache', 'cache', { label: 'Redis', replicas: 2, monthlyCostUsd: 300 })
    .add('db', 'relational-db', { label: 'Postgres', tags: ['multi-az'], monthlyCostUsd: 450, notes: 'tenants, users, templates' })
    .add('ranker', 'model-server', { label: 'Ranking model server', replicas: 3, monthlyCostUsd: 900 })
    .add('fs', 'feature-store', { label: 'Feature store', tags: ['multi-az'], monthlyCostUsd: 800, notes: 'user and template features' })
    .add('q', 'message-queue', { label: 'Events queue', tags: ['multi-az'] })
    .add('dlq', 'dead-letter-queue', { label: 'DLQ' })
    .add('worker', 'worker-service', { label: 'Event worker', replicas: 2, monthlyCostUsd: 200 })
    .add('lake', 'data-lake', { label: 'Lake', monthlyCostUsd: 400, notes: 'raw click events' })
    .add('training', 'training-pipeline', { label: 'Training', tags: ['spot'], monthlyCostUsd: 1200 })
    .add('registry', 'model-registry', { label: 'Registry' })
    .add('drift', 'drift-monitor', { label: 'Drift monitor' })
    .add('metrics', 'metrics', { label: 'Prometheus' })
    .add('alerting', 'alerting', { label: 'Alertmanager' })
    .add('secrets', 'secrets-manager', { label: 'Vault' })
    .edge('web', 'gw', { label: 'GET /recommendations' })
    .edge('gw', 'svc', { label: 'GET /recommendations' })
    .flow('svc', 'cache')
    .flow('svc', 'db')
    .flow('svc', 'ranker', 'fs')
    .flowOf('async', 'svc', 'q', 'worker')
    .flow('worker', 'db')
    .flowOf('async', 'q', 'dlq')
    .flowOf('batch', 'lake', 'training')
    .flowOf('batch', 'fs', 'training')
    .flowOf('batch', 'registry', 'ranker')
    .flowOf('stream', 'ranker', 'drift')
    .flowOf('async', 'drift', 'training')
    .flow('metrics', 'svc').flow('metrics', 'ranker').flow('metrics', 'worker').flow('metrics', 'alerting')
    .flow('secrets', 'svc');
}

/** The smallest request path: web → API gateway → service → database (all redundant, costed, noted). */
export function minimalPath(): BoardFixture {
  return board()
    .add('web', 'web-app', { label: 'Web app' })
    .add('gw', 'api-gateway', { label: 'API gateway', replicas: 2 })
    .add('svc', 'k8s-service', { label: 'Search API', replicas: 2, monthlyCostUsd: 100 })
    .add('db', 'relational-db', { label: 'Postgres', tags: ['multi-az'], monthlyCostUsd: 400, notes: 'items' })
    .flow('web', 'gw', 'svc', 'db');
}

/** A copy of the board without these nodes (and their edges), like deleting them in the editor. */
export function without(fixture: BoardFixture, ...ids: string[]) {
  const gone = new Set(ids);
  const doc = structuredClone(fixture.doc);
  doc.nodes = doc.nodes.filter((n) => !gone.has(n.id));
  doc.edges = doc.edges.filter((e) => !gone.has(e.source) && !gone.has(e.target));
  return doc;
}
