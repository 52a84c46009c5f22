import type { Metadata } from 'next';
import { BaselineFlow } from '@/components/bench/baseline-flow';

// Benchmark baseline (see bench/run.mjs): plain React Flow rendering the bench's graph.
export const metadata: Metadata = { title: 'Bench baseline', robots: { index: false } };

export default function BenchBaselinePage() {
  return <BaselineFlow />;
}
