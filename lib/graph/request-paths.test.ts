import { describe, expect, it } from 'vitest';
import { board } from './board-fixture';
import { buildBoardGraph } from './board-graph';
import { reachableFrom, reachingTo, shortestRoute } from './reachability';
import { analyzeRequestPaths } from './request-paths';

const pathsOf = (fixture: ReturnType<typeof board>) => analyzeRequestPaths(buildBoardGraph(fixture.doc));

describe('reachability', () => {
  const fixture = board()
    .add('a', 'k8s-service').add('b', 'k8s-service').add('c', 'k8s-service').add('d', 'relational-db').add('e', 'k8s-service')
    .flow('a', 'b', 'c', 'd', 'e');
  const graph = buildBoardGraph(fixture.doc);

  it('follows edges forwards and backwards', () => {
    expect([...reachableFrom(graph, ['b'])].sort()).toEqual(['b', 'c', 'd', 'e']);
    expect([...reachingTo(graph, ['c'])].sort()).toEqual(['a', 'b', 'c']);
  });
  it('never enters a removed (failed) node', () => {
    expect([...reachableFrom(graph, ['a'], { removed: new Set(['c']) })].sort()).toEqual(['a', 'b']);
  });
  it('enters but does not expand stop nodes', () => {
    expect([...reachableFrom(graph, ['a'], { stopAt: (id) => id === 'd' })].sort()).toEqual(['a', 'b', 'c', 'd']);
  });
  it('finds one shortest route, or null', () => {
    expect(shortestRoute(graph, ['a'], 'd')).toEqual(['a', 'b', 'c', 'd']);
    expect(shortestRoute(graph, ['d'], 'a')).toBeNull();
  });
  it('ignores dangling and self edges', () => {
    const doc = board().add('a', 'k8s-service').doc;
    doc.edges.push({ id: 'x', source: 'a', target: 'ghost', label: '', kind: 'sync' }, { id: 'y', source: 'a', target: 'a', label: '', kind: 'sync' });
    expect(buildBoardGraph(doc).edges).toHaveLength(0);
  });
});

describe('analyzeRequestPaths', () => {
  it('starts at clients and ends at datastores and model servers', () => {
    const paths = pathsOf(
      board()
        .add('web', 'web-app').add('gw', 'api-gateway').add('svc', 'k8s-service').add('model', 'model-server')
        .add('fs', 'feature-store').add('db', 'relational-db').add('deadEnd', 'k8s-service')
        .flow('web', 'gw', 'svc', 'model', 'fs').flow('svc', 'db').flow('gw', 'deadEnd'),
    );
    expect(paths.entryMode).toBe('client');
    expect(paths.sourceIds).toEqual(['web']);
    expect(paths.terminalIds).toEqual(['model', 'fs', 'db']);
    expect([...paths.nodeIds].sort()).toEqual(['db', 'fs', 'gw', 'model', 'svc', 'web']);
    expect(paths.computeIds).toEqual(['svc', 'model']); // the dead end serves no request
  });

  it('falls back to front-door entry nodes when there is no client', () => {
    const paths = pathsOf(
      board().add('lb', 'load-balancer').add('gw', 'api-gateway').add('svc', 'k8s-service').add('db', 'relational-db').flow('lb', 'gw', 'svc', 'db'),
    );
    expect(paths.entryMode).toBe('entry');
    expect(paths.sourceIds).toEqual(['lb']); // the gateway is behind the load balancer
  });

  it('has no entry points on a board without clients or entries', () => {
    const paths = pathsOf(board().add('svc', 'k8s-service').add('db', 'relational-db').flow('svc', 'db'));
    expect(paths.entryMode).toBe('none');
    expect(paths.nodeIds.size).toBe(0);
  });

  it('follows async and stream edges but not batch data flows', () => {
    const paths = pathsOf(
      board()
        .add('web', 'web-app').add('api', 'k8s-service').add('q', 'message-queue').add('worker', 'worker-service').add('db', 'relational-db')
        .add('etl', 'batch-job').add('lake', 'data-lake')
        .flow('web', 'api').flowOf('async', 'api', 'q', 'worker').flow('worker', 'db').flowOf('batch', 'db', 'etl', 'lake'),
    );
    expect(paths.computeIds).toEqual(['api', 'worker']);
    expect(paths.terminalIds).toEqual(['db']);
  });

  it('does not route requests through monitors or out of a datastore', () => {
    const paths = pathsOf(
      board()
        .add('web', 'web-app').add('svc', 'k8s-service').add('metrics', 'metrics').add('db', 'relational-db').add('cdc', 'change-data-capture')
        .add('search', 'search-index')
        .flow('web', 'svc', 'metrics', 'db').flow('svc', 'db', 'cdc', 'search'),
    );
    expect([...paths.nodeIds].sort()).toEqual(['db', 'svc', 'web']);
  });
});
