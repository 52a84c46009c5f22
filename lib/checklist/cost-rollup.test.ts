import { describe, expect, it } from 'vitest';
import { board } from '@/lib/graph/board-fixture';
import { costRollup } from './cost-rollup';

describe('costRollup', () => {
  const doc = board()
    .add('svc', 'k8s-service', { label: 'API', monthlyCostUsd: 150 })
    .add('worker', 'worker-service', { label: 'Workers', monthlyCostUsd: 200 })
    .add('db', 'relational-db', { label: 'Postgres', monthlyCostUsd: 450 })
    .add('lake', 'data-lake', { label: 'Lake', monthlyCostUsd: 400 })
    .add('cache', 'cache', { label: 'Redis' }) // needs a cost, has none
    .add('gpu', 'gpu-node-pool', { label: 'GPU pool', monthlyCostUsd: 2900 })
    .add('gpuSpot', 'gpu-node-pool', { label: 'Spot GPUs', monthlyCostUsd: 1000, tags: ['Spot'] })
    .add('metrics', 'metrics', { label: 'Prometheus', monthlyCostUsd: 200 })
    .add('dlq', 'dead-letter-queue', { label: 'DLQ' }).doc; // no cost needed

  it('adds up the total and groups it by catalog category, most expensive first', () => {
    const rollup = costRollup(doc);
    expect(rollup.totalUsd).toBe(5300);
    expect(rollup.byCategory).toEqual([
      { category: 'compute', label: 'Compute & Kubernetes', totalUsd: 4250, count: 4 },
      { category: 'data', label: 'Data', totalUsd: 850, count: 2 },
      { category: 'observability', label: 'Observability', totalUsd: 200, count: 1 },
    ]);
  });

  it('lists the five most expensive components', () => {
    expect(costRollup(doc).top.map((l) => [l.label, l.monthlyCostUsd])).toEqual([
      ['GPU pool', 2900],
      ['Spot GPUs', 1000],
      ['Postgres', 450],
      ['Lake', 400],
      ['Workers', 200],
    ]);
  });

  it('flags GPUs that neither autoscale nor use spot, and uncosted compute and storage', () => {
    const rollup = costRollup(doc);
    expect(rollup.gpuWithoutSavings).toEqual([{ nodeId: 'gpu', label: 'GPU pool' }]);
    expect(rollup.missingCost).toEqual([{ nodeId: 'cache', label: 'Redis' }]);
    expect(rollup.costableCount).toBe(7);
  });

  it('an empty board costs nothing', () => {
    expect(costRollup(board().doc)).toEqual({ totalUsd: 0, byCategory: [], top: [], gpuWithoutSavings: [], missingCost: [], costableCount: 0 });
  });

  it('ignores costs that are not numbers', () => {
    const odd = board().add('a', 'k8s-service', { monthlyCostUsd: Number.NaN }).add('b', 'k8s-service', { monthlyCostUsd: -5 }).doc;
    expect(costRollup(odd).totalUsd).toBe(0);
    expect(costRollup(odd).missingCost.map((m) => m.nodeId)).toEqual(['a', 'b']);
  });
});
