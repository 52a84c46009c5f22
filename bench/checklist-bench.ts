// Benchmark (not a test): how long evaluateChecklist takes on 200- and 1000-node synthetic
// boards. Targets from issue 5: ≤ 2 ms and ≤ 10 ms (median). The checklist runs after
// edits (debounced / on drag stop), so these numbers bound the lag a user can feel.
//
// Run it (rolldown resolves the @/ alias from tsconfig.json; Node 20 cannot run .ts):
//   npx rolldown bench/checklist-bench.ts --platform node --format esm --file /tmp/checklist-bench.mjs
//   node /tmp/checklist-bench.mjs
// or import benchChecklist() from a bench runner.
import { evaluateChecklist } from '@/lib/checklist';
import { generateSyntheticBoard } from './synthetic-board';

export interface BenchResult {
  nodes: number;
  edges: number;
  runs: number;
  medianMs: number;
  p95Ms: number;
  targetMs: number;
  withinTarget: boolean;
}

export interface BenchOptions {
  sizes?: { nodes: number; targetMs: number }[];
  runs?: number;
  warmupRuns?: number;
  seed?: number;
  /** Injected for tests; defaults to performance.now. */
  now?: () => number;
}

const DEFAULT_SIZES = [
  { nodes: 200, targetMs: 2 },
  { nodes: 1000, targetMs: 10 },
];

export function percentile(sortedAscending: readonly number[], p: number): number {
  if (sortedAscending.length === 0) return NaN;
  const index = Math.min(sortedAscending.length - 1, Math.max(0, Math.ceil((p / 100) * sortedAscending.length) - 1));
  return sortedAscending[index];
}

export function benchChecklist({ sizes = DEFAULT_SIZES, runs = 500, warmupRuns = 300, seed = 42, now = () => performance.now() }: BenchOptions = {}): BenchResult[] {
  return sizes.map(({ nodes, targetMs }) => {
    const doc = generateSyntheticBoard({ nodes, seed });
    // Warm up so the JIT has compiled the hot paths, as it will have in a long editing session;
    // with fewer warm-up runs the p95 measures tier-up compilation, not the code.
    for (let i = 0; i < warmupRuns; i++) evaluateChecklist(doc);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = now();
      evaluateChecklist(doc);
      times.push(now() - start);
    }
    times.sort((a, b) => a - b);
    const medianMs = percentile(times, 50);
    return { nodes, edges: doc.edges.length, runs, medianMs, p95Ms: percentile(times, 95), targetMs, withinTarget: medianMs <= targetMs };
  });
}

export function formatBenchResults(results: readonly BenchResult[]): string {
  return results
    .map((r) => `evaluateChecklist ${r.nodes} nodes / ${r.edges} edges: median ${r.medianMs.toFixed(3)} ms, p95 ${r.p95Ms.toFixed(3)} ms (target ≤ ${r.targetMs} ms: ${r.withinTarget ? 'ok' : 'MISSED'})`)
    .join('\n');
}

// Print the results when this module is the program being run (e.g. the bundle above).
// Matched by file name, not import.meta.url: once bundled into another runner the two are equal.
if (typeof process !== 'undefined' && /checklist-bench\.(?:mjs|js|ts)$/.test(process.argv[1] ?? '')) {
  console.log(formatBenchResults(benchChecklist()));
}
