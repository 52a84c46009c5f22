import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hasRole } from '@/lib/catalog';
import { reachableFrom } from './reachability';
import { isRedundant } from './redundancy';
import { board, type BoardFixture } from './board-fixture';
import { buildBoardGraph } from './board-graph';
import { analyzeRequestPaths } from './request-paths';
import { findSinglePointsOfFailure } from './single-points-of-failure';

function spofs(fixture: BoardFixture) {
  const graph = buildBoardGraph(fixture.doc);
  return findSinglePointsOfFailure(graph, analyzeRequestPaths(graph));
}
const ids = (fixture: BoardFixture) => spofs(fixture).map((s) => s.nodeId);

describe('findSinglePointsOfFailure', () => {
  const base = () =>
    board().add('web', 'web-app').add('gw', 'api-gateway', { replicas: 2 }).add('db', 'relational-db', { tags: ['multi-az'] });

  it('a single-replica service on the only path is one, with the route it sits on', () => {
    const fixture = base().add('svc', 'k8s-service', { replicas: 1 }).flow('web', 'gw', 'svc', 'db');
    expect(spofs(fixture)).toEqual([{ nodeId: 'svc', sourceId: 'web', fromId: 'gw', terminalId: 'db' }]);
  });

  it('replicas, multi-az, ha or autoscaling make it redundant', () => {
    for (const props of [{ replicas: 3 }, { tags: ['multi-az'] }, { tags: ['HA'] }, { tags: ['autoscaling'] }]) {
      expect(ids(base().add('svc', 'k8s-service', props).flow('web', 'gw', 'svc', 'db'))).toEqual([]);
    }
  });

  it('a single-replica node with a detour around it is not one (trap)', () => {
    const fixture = base()
      .add('a', 'k8s-service').add('b', 'k8s-service')
      .flow('web', 'gw', 'a', 'db').flow('gw', 'b', 'db');
    expect(ids(fixture)).toEqual([]);
  });

  it('a single-replica cache beside the path (cache-aside) is not one', () => {
    const fixture = base().add('svc', 'k8s-service', { replicas: 3 }).add('cache', 'cache').flow('web', 'gw', 'svc', 'db').flow('svc', 'cache');
    expect(ids(fixture)).toEqual([]);
  });

  it('a single-instance datastore at the end of the path is not a cut vertex (nothing lies beyond it)', () => {
    const fixture = base().add('svc', 'k8s-service', { replicas: 3 }).add('db2', 'relational-db').flow('web', 'gw', 'svc', 'db2');
    expect(ids(fixture)).toEqual([]);
  });

  it('is judged per client: a gateway only the mobile app uses is a SPOF for mobile users', () => {
    const fixture = base()
      .add('mobile', 'mobile-app').add('mgw', 'api-gateway').add('svc', 'k8s-service', { replicas: 3 })
      .flow('web', 'gw', 'svc', 'db').flow('mobile', 'mgw', 'svc');
    expect(spofs(fixture)).toEqual([{ nodeId: 'mgw', sourceId: 'mobile', fromId: 'mobile', terminalId: 'db' }]);
  });

  it('without clients, a lone front door is a candidate', () => {
    const fixture = board().add('lb', 'load-balancer').add('svc', 'k8s-service', { replicas: 2 }).add('db', 'relational-db').flow('lb', 'svc', 'db');
    expect(spofs(fixture)).toEqual([{ nodeId: 'lb', sourceId: 'lb', fromId: 'lb', terminalId: 'db' }]);
  });

  it('a model server that every route to the feature store goes through', () => {
    const fixture = base()
      .add('svc', 'k8s-service', { replicas: 3 }).add('ranker', 'model-server', { label: 'Ranking model server' }).add('fs', 'feature-store', { tags: ['multi-az'] })
      .flow('web', 'gw', 'svc', 'ranker', 'fs');
    expect(spofs(fixture)).toEqual([{ nodeId: 'ranker', sourceId: 'web', fromId: 'gw', terminalId: 'fs' }]);
  });

  it('agrees with brute force: removing the node cuts some client off from a terminal it reached', () => {
    const kinds = ['web-app', 'api-gateway', 'k8s-service', 'k8s-service', 'relational-db', 'model-server', 'cache', 'message-queue'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: kinds.length - 1 }), fc.boolean()), { minLength: 2, maxLength: 10 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('sync', 'sync', 'async', 'batch') as fc.Arbitrary<'sync' | 'async' | 'batch'>), { maxLength: 20 }),
        (nodes, edges) => {
          const fixture = board();
          nodes.forEach(([k, replicated], i) => fixture.add(`n${i}`, i === 0 ? 'web-app' : kinds[k], { replicas: replicated ? 2 : 1 }));
          for (const [a, b, kind] of edges) {
            const source = `n${a % nodes.length}`;
            const target = `n${b % nodes.length}`;
            if (source !== target) fixture.edge(source, target, { kind });
          }
          const graph = buildBoardGraph(fixture.doc);
          const paths = analyzeRequestPaths(graph);
          const expected = fixture.doc.nodes
            .filter((n) => !isRedundant(n) && !hasRole(n.kind, 'client'))
            .filter((n) =>
              paths.sourceIds.some((source) => {
                const removed = new Set([...paths.traversal.removed!, n.id]);
                const after = reachableFrom(graph, [source], { ...paths.traversal, removed });
                return (paths.terminalsBySource.get(source) ?? []).some((t) => t !== n.id && !after.has(t));
              }),
            )
            .map((n) => n.id);
          expect(findSinglePointsOfFailure(graph, paths).map((s) => s.nodeId)).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });
});
