import { describe, expect, it } from 'vitest';
import { board } from './board-fixture';
import { simulateFailure } from './simulate-failure';

// web → gw → api → db, api → ranker → fs ⇒ training (batch), inside an AZ boundary:
// api (3 replicas, in the AZ), ranker (1 replica), db (multi-az).
const design = () =>
  board()
    .add('web', 'web-app')
    .add('gw', 'api-gateway', { replicas: 2 })
    .add('az', 'region')
    .add('api', 'k8s-service', { replicas: 3, parentId: 'az' })
    .add('ranker', 'model-server', { parentId: 'az' })
    .add('db', 'relational-db', { tags: ['multi-az'] })
    .add('fs', 'feature-store')
    .add('training', 'training-pipeline')
    .flow('web', 'gw', 'api', 'db')
    .flow('api', 'ranker', 'fs')
    .flowOf('batch', 'fs', 'training').doc;

describe('simulateFailure', () => {
  it('failing a single-replica node cuts off what lies behind it, paths included', () => {
    const result = simulateFailure(design(), ['ranker']);
    expect(result.downIds).toEqual(['ranker']);
    expect(result.survivors).toEqual([]);
    expect(result.unreachableIds).toEqual(['fs', 'training']); // training only via a batch flow
    expect(result.brokenPaths).toEqual([{ entryId: 'web', terminalId: 'ranker', route: ['web', 'gw', 'api', 'ranker'] }, { entryId: 'web', terminalId: 'fs', route: ['web', 'gw', 'api', 'ranker', 'fs'] }]);
    expect(result.survivingPaths).toEqual([{ entryId: 'web', terminalId: 'db', route: ['web', 'gw', 'api', 'db'] }]);
  });

  it('a redundant node survives thanks to its replicas or HA tag', () => {
    const result = simulateFailure(design(), ['api', 'db']);
    expect(result.downIds).toEqual([]);
    expect(result.survivors).toEqual([
      { nodeId: 'api', reason: '3 replicas' },
      { nodeId: 'db', reason: 'tagged multi-az' },
    ]);
    expect(result.unreachableIds).toEqual([]);
    expect(result.brokenPaths).toEqual([]);
    expect(result.survivingPaths.map((p) => p.terminalId)).toEqual(['db', 'ranker', 'fs']);
  });

  it('failing a boundary (an AZ) takes down everything inside, replicas or not', () => {
    const result = simulateFailure(design(), ['az']);
    expect(result.failedIds).toEqual(['az', 'api', 'ranker']);
    expect(result.downIds).toEqual(['az', 'api', 'ranker']);
    expect(result.survivors).toEqual([]);
    expect(result.unreachableIds).toEqual(['db', 'fs', 'training']);
    expect(result.survivingPaths).toEqual([]);
    expect(result.brokenPaths.map((p) => p.terminalId)).toEqual(['db', 'ranker', 'fs']);
  });

  it('ignores unknown ids and leaves the document untouched', () => {
    const doc = design();
    const snapshot = JSON.stringify(doc);
    const result = simulateFailure(doc, ['ghost']);
    expect(result.failedIds).toEqual([]);
    expect(result.brokenPaths).toEqual([]);
    expect(JSON.stringify(doc)).toBe(snapshot);
  });

  it('a replicated copy in another AZ keeps the path alive when one AZ fails', () => {
    const doc = board()
      .add('web', 'web-app').add('lb', 'load-balancer', { tags: ['ha'] })
      .add('azA', 'region').add('azB', 'region')
      .add('apiA', 'k8s-service', { parentId: 'azA' }).add('apiB', 'k8s-service', { parentId: 'azB' })
      .add('db', 'relational-db', { tags: ['multi-az'] })
      .flow('web', 'lb', 'apiA', 'db').flow('lb', 'apiB', 'db').doc;
    const result = simulateFailure(doc, ['azA']);
    expect(result.downIds).toEqual(['azA', 'apiA']);
    expect(result.brokenPaths).toEqual([]);
    expect(result.survivingPaths).toEqual([{ entryId: 'web', terminalId: 'db', route: ['web', 'lb', 'apiB', 'db'] }]);
  });

  it('failing all replicas of a replicated component (a bad deploy) takes it down', () => {
    const oneReplica = simulateFailure(design(), ['api']);
    expect(oneReplica.downIds).toEqual([]);
    const allReplicas = simulateFailure(design(), ['api'], undefined, { allReplicasIds: ['api'] });
    expect(allReplicas.downIds).toEqual(['api']);
    expect(allReplicas.survivors).toEqual([]);
    expect(allReplicas.brokenPaths.map((p) => p.terminalId)).toEqual(['db', 'ranker', 'fs']);
  });

  it('a component tagged multi-az survives its AZ, but not a cluster or a region around it', () => {
    const doc = board()
      .add('web', 'web-app').add('az', 'region', { label: 'AZ a' }).add('eu', 'region', { label: 'eu-west-1' }).add('eks', 'k8s-cluster')
      .add('api', 'k8s-service', { parentId: 'az', tags: ['multi-az'] }).add('svc', 'k8s-service', { parentId: 'eks', tags: ['multi-az'] })
      .add('db', 'relational-db', { parentId: 'eu', tags: ['multi-az'] })
      .flow('web', 'api', 'svc', 'db').doc;
    expect(simulateFailure(doc, ['az']).survivors).toEqual([{ nodeId: 'api', reason: 'tagged multi-az: runs outside the failed boundary too' }]);
    // A bad deploy of it as well: no tag saves it.
    expect(simulateFailure(doc, ['az', 'api'], undefined, { allReplicasIds: ['api'] }).downIds).toEqual(['az', 'api']);
    expect(simulateFailure(doc, ['eks']).downIds).toEqual(['eks', 'svc']);
    expect(simulateFailure(doc, ['eu']).downIds).toEqual(['eu', 'db']);
  });

  it('a terminal with a copy in another AZ (same kind and label) still answers when its AZ fails', () => {
    const doc = board()
      .add('web', 'web-app').add('azA', 'region').add('azB', 'region')
      .add('mA', 'model-server', { parentId: 'azA', label: 'Ranker' }).add('mB', 'model-server', { parentId: 'azB', label: 'Ranker' })
      .flow('web', 'mA').flow('web', 'mB').doc;
    const result = simulateFailure(doc, ['azA']);
    expect(result.brokenPaths).toEqual([]);
    expect(result.survivingPaths.map((p) => p.route)).toEqual([['web', 'mB'], ['web', 'mB']]);
  });
});
