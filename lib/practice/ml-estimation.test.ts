import { describe, expect, it } from 'vitest';
import { computeEstimates, estimatesToNotes, EXAMPLE_ESTIMATION_FORM } from './estimation';
import { attachEstimates, parseNoteSections } from './structured-notes';
import {
  computeMlEstimates,
  EXAMPLE_ML_ESTIMATION_FORM,
  mlEstimateLines,
  normalizeMlInputs,
  parseLatencySeconds,
  withMlEstimates,
  type MlEstimationOutputs,
} from './ml-estimation';

describe('ML estimation inputs', () => {
  it('reads latencies in ms (the default) or seconds', () => {
    expect(parseLatencySeconds('50 ms')).toBeCloseTo(0.05);
    expect(parseLatencySeconds('50')).toBeCloseTo(0.05);
    expect(parseLatencySeconds('0.2 s')).toBeCloseTo(0.2);
    for (const bad of ['', '0', '-5 ms', 'fast', '5 min']) expect(parseLatencySeconds(bad)).toBeNull();
  });

  it('every example field parses', () => {
    const inputs = normalizeMlInputs(EXAMPLE_ML_ESTIMATION_FORM);
    for (const [field, value] of Object.entries(inputs)) expect(value, field).not.toBeNull();
  });
});

describe('computeMlEstimates', () => {
  it('GPUs: QPS × batch latency requests in flight, over batch size × concurrent batches per GPU, rounded up', () => {
    const out = computeMlEstimates({ inferenceQps: '1000', batchLatencySeconds: '50 ms', batchSize: '8', concurrentBatchesPerGpu: '2' });
    expect(out.requestsInFlight).toBeCloseTo(50);
    expect(out.gpusForThroughput).toBe(Math.ceil(50 / 16));
    // A light load still needs one GPU.
    expect(computeMlEstimates({ inferenceQps: '1', batchLatencySeconds: '10', batchSize: '8', concurrentBatchesPerGpu: '1' }).gpusForThroughput).toBe(1);
  });

  it('uses the traffic worksheet peak QPS when no inference QPS is typed', () => {
    const form = { batchLatencySeconds: '100 ms', batchSize: '1', concurrentBatchesPerGpu: '1' };
    expect(computeMlEstimates(form, 400).servedQps).toBe(400);
    expect(computeMlEstimates(form, 400).gpusForThroughput).toBe(40);
    expect(computeMlEstimates({ ...form, inferenceQps: '200' }, 400).servedQps).toBe(200);
    expect(computeMlEstimates(form, null).gpusForThroughput).toBeNull();
  });

  it('model memory: parameters × bytes per parameter plus the KV/activation headroom, and GPUs per copy', () => {
    const out = computeMlEstimates({ parameters: '7B', bytesPerParameter: '2', memoryHeadroom: '50%', gpuMemoryBytes: '16 GB' });
    expect(out.modelMemoryBytes).toBeCloseTo(7e9 * 2 * 1.5);
    expect(out.gpusPerModelCopy).toBe(Math.ceil((7e9 * 2 * 1.5) / 16e9));
  });

  it('embedding index: items × dims × bytes, times the index overhead; feature store: entities × features × bytes', () => {
    const out = computeMlEstimates({
      embeddingItems: '10M',
      embeddingDimensions: '256',
      bytesPerDimension: '4',
      indexOverhead: '2x',
      featureEntities: '1M',
      featuresPerEntity: '100',
      bytesPerFeature: '8 B',
    });
    expect(out.embeddingBytes).toBe(10e6 * 256 * 4);
    expect(out.indexBytes).toBe(10e6 * 256 * 4 * 2);
    expect(out.featureStoreBytes).toBe(1e6 * 100 * 8);
  });

  it('a blank or invalid input leaves only what depends on it null', () => {
    const out = computeMlEstimates({ ...EXAMPLE_ML_ESTIMATION_FORM, batchSize: 'lots', indexOverhead: '0.5' });
    expect(out.gpusForThroughput).toBeNull();
    expect(out.indexBytes).toBeNull();
    expect(out.embeddingBytes).not.toBeNull();
    expect(out.modelMemoryBytes).not.toBeNull();
    const empty = computeMlEstimates({});
    for (const key of Object.keys(empty) as (keyof MlEstimationOutputs)[]) expect(empty[key], key).toBeNull();
  });
});

describe('ML estimates in the notes', () => {
  it('shows each result as a chain of arithmetic', () => {
    const lines = mlEstimateLines({ inferenceQps: '1000', batchLatencySeconds: '50 ms', batchSize: '8', concurrentBatchesPerGpu: '2', parameters: '7B', bytesPerParameter: '2', memoryHeadroom: '50%', gpuMemoryBytes: '16 GB' });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('GPUs: 1k QPS × 50 ms = 50 in flight ÷ (batch 8 × 2 per GPU = 16) → 4 GPUs (before headroom)');
    expect(lines[1]).toBe('Model memory: 7B params × 2 B = 14 GB weights; + 50% KV/activations = 21 GB; ÷ 16 GB per GPU → 2 GPUs per model copy');
    expect(mlEstimateLines({})).toEqual([]);
  });

  it('joins the traffic estimates under one heading, and attaches to the notes like them', () => {
    const traffic = estimatesToNotes(EXAMPLE_ESTIMATION_FORM);
    const ml = mlEstimateLines(EXAMPLE_ML_ESTIMATION_FORM, computeEstimates(EXAMPLE_ESTIMATION_FORM).peakQps);
    const text = withMlEstimates(traffic, ml);
    expect(text.startsWith(traffic)).toBe(true);
    expect(text.split('\n')).toHaveLength(traffic.split('\n').length + 4);
    const section = parseNoteSections(attachEstimates('', text)).estimates;
    expect(section).toContain('- Traffic:');
    expect(section).toContain('- Embeddings: 100M items × 768 dims × 4 B');
    // Only ML lines: they get the heading themselves.
    expect(withMlEstimates('', ml).split('\n')[0]).toBe(traffic.split('\n')[0]);
    expect(withMlEstimates(traffic, [])).toBe(traffic);
  });
});
