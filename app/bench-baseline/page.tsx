import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BaselineFlow } from '@/components/bench/baseline-flow';

// Benchmark baseline (see bench/run.mjs): plain React Flow rendering the bench's graph. Only a
// build made by the bench (BENCH_BASELINE_ROUTE=1) serves it; any other build answers 404.
export const metadata: Metadata = { title: 'Bench baseline', robots: { index: false } };

export default function BenchBaselinePage() {
  if (process.env.BENCH_BASELINE_ROUTE !== '1') notFound();
  return <BaselineFlow />;
}
