// The ML part of the requirements worksheet: GPUs for a serving load, model memory,
// embedding-index size and feature-store size. Pure and total like the traffic worksheet:
// a blank or invalid input makes the outputs that depend on it null, never NaN.
import {
  bytesRel,
  countRel,
  ESTIMATES_HEADING,
  formatBytes,
  formatCount,
  formatQps,
  parseBytes,
  parseCount,
  parseFraction,
  parseRatio,
  parseWithUnit,
  product,
} from './estimation';

export interface MlEstimationInputs {
  /** Inference requests per second to serve; the traffic worksheet's peak QPS when blank. */
  inferenceQps: number | null;
  /** Time one batch spends on a GPU, in seconds. */
  batchLatencySeconds: number | null;
  batchSize: number | null;
  /** Batches one GPU runs at once (model replicas or streams per GPU). */
  concurrentBatchesPerGpu: number | null;
  parameters: number | null;
  bytesPerParameter: number | null;
  /** KV cache and activations on top of the weights, as a share of the weights (0..1). */
  memoryHeadroom: number | null;
  gpuMemoryBytes: number | null;
  embeddingItems: number | null;
  embeddingDimensions: number | null;
  bytesPerDimension: number | null;
  /** Index size ÷ raw vectors (graph links, centroids); at least 1. */
  indexOverhead: number | null;
  featureEntities: number | null;
  featuresPerEntity: number | null;
  bytesPerFeature: number | null;
}

export type MlEstimationField = keyof MlEstimationInputs;
export type MlEstimationForm = Partial<Record<MlEstimationField, string | number | null | undefined>>;

export interface MlEstimationOutputs {
  /** The QPS the GPU count is for (typed, or the traffic worksheet's peak). */
  servedQps: number | null;
  /** Requests on GPUs at any moment: QPS × batch latency (Little's law). */
  requestsInFlight: number | null;
  gpusForThroughput: number | null;
  modelMemoryBytes: number | null;
  gpusPerModelCopy: number | null;
  embeddingBytes: number | null;
  indexBytes: number | null;
  featureStoreBytes: number | null;
}

/** A plausible starting point: a 7B model in fp16, 100M items of 768 dims, 50M users × 200 features. */
export const EXAMPLE_ML_ESTIMATION_FORM: Required<MlEstimationForm> = {
  inferenceQps: '700',
  batchLatencySeconds: '50 ms',
  batchSize: '8',
  concurrentBatchesPerGpu: '2',
  parameters: '7B',
  bytesPerParameter: '2 B',
  memoryHeadroom: '30%',
  gpuMemoryBytes: '80 GB',
  embeddingItems: '100M',
  embeddingDimensions: '768',
  bytesPerDimension: '4 B',
  indexOverhead: '1.5x',
  featureEntities: '50M',
  featuresPerEntity: '200',
  bytesPerFeature: '8 B',
};

const SECONDS_MULTIPLIERS: Record<string, number> = { '': 1e-3, ms: 1e-3, s: 1, sec: 1, us: 1e-6, µs: 1e-6 };

/** "50 ms", "50", "0.2 s" → seconds (a bare number is milliseconds); must be positive. */
export function parseLatencySeconds(input: string | number | null | undefined): number | null {
  const value = parseWithUnit(input, SECONDS_MULTIPLIERS);
  return value !== null && value > 0 ? value : null;
}

function positive(value: number | null): number | null {
  return value !== null && value > 0 ? value : null;
}

export function normalizeMlInputs(form: MlEstimationForm): MlEstimationInputs {
  return {
    inferenceQps: parseCount(form.inferenceQps),
    batchLatencySeconds: parseLatencySeconds(form.batchLatencySeconds),
    batchSize: positive(parseCount(form.batchSize)),
    concurrentBatchesPerGpu: positive(parseCount(form.concurrentBatchesPerGpu)),
    parameters: parseCount(form.parameters),
    bytesPerParameter: parseBytes(form.bytesPerParameter),
    memoryHeadroom: parseFraction(form.memoryHeadroom),
    gpuMemoryBytes: positive(parseBytes(form.gpuMemoryBytes)),
    embeddingItems: parseCount(form.embeddingItems),
    embeddingDimensions: parseCount(form.embeddingDimensions),
    bytesPerDimension: parseBytes(form.bytesPerDimension),
    indexOverhead: parseRatio(form.indexOverhead),
    featureEntities: parseCount(form.featureEntities),
    featuresPerEntity: parseCount(form.featuresPerEntity),
    bytesPerFeature: parseBytes(form.bytesPerFeature),
  };
}

/** At least one whole GPU for a share of work or memory. */
function wholeGpus(share: number): number {
  return Math.max(1, Math.ceil(share));
}

/** `fallbackQps` (the traffic worksheet's peak) is used when no inference QPS is typed. */
export function computeMlEstimates(form: MlEstimationForm, fallbackQps: number | null = null): MlEstimationOutputs {
  const i = normalizeMlInputs(form);
  const servedQps = i.inferenceQps ?? fallbackQps;
  const requestsInFlight = product(servedQps, i.batchLatencySeconds);
  const perGpu = product(i.batchSize, i.concurrentBatchesPerGpu);
  const modelMemoryBytes = product(i.parameters, i.bytesPerParameter, i.memoryHeadroom === null ? null : 1 + i.memoryHeadroom);
  const embeddingBytes = product(i.embeddingItems, i.embeddingDimensions, i.bytesPerDimension);
  return {
    servedQps,
    requestsInFlight,
    gpusForThroughput: requestsInFlight === null || perGpu === null ? null : wholeGpus(requestsInFlight / perGpu),
    modelMemoryBytes,
    gpusPerModelCopy: modelMemoryBytes === null || i.gpuMemoryBytes === null ? null : wholeGpus(modelMemoryBytes / i.gpuMemoryBytes),
    embeddingBytes,
    indexBytes: product(embeddingBytes, i.indexOverhead),
    featureStoreBytes: product(i.featureEntities, i.featuresPerEntity, i.bytesPerFeature),
  };
}

function formatLatency(seconds: number): string {
  return seconds >= 1 ? `${formatCount(seconds)} s` : `${formatCount(seconds * 1000)} ms`;
}

function formatPercent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

function plural(n: number, word: string): string {
  return `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;
}

/** The ML estimates as arithmetic chains, one line each; lines whose inputs are missing are left out. */
export function mlEstimateLines(form: MlEstimationForm, fallbackQps: number | null = null, outputs = computeMlEstimates(form, fallbackQps)): string[] {
  const i = normalizeMlInputs(form);
  const o = outputs;
  const lines: string[] = [];
  if (o.servedQps !== null && i.batchLatencySeconds !== null && o.requestsInFlight !== null && i.batchSize !== null && i.concurrentBatchesPerGpu !== null && o.gpusForThroughput !== null) {
    const perGpu = i.batchSize * i.concurrentBatchesPerGpu;
    lines.push(
      `GPUs: ${formatQps(o.servedQps)} × ${formatLatency(i.batchLatencySeconds)} ${countRel(o.requestsInFlight)} ${formatCount(o.requestsInFlight)} in flight ` +
        `÷ (batch ${formatCount(i.batchSize)} × ${formatCount(i.concurrentBatchesPerGpu)} per GPU = ${formatCount(perGpu)}) → ${plural(o.gpusForThroughput, 'GPU')} (before headroom)`,
    );
  }
  if (i.parameters !== null && i.bytesPerParameter !== null && i.memoryHeadroom !== null && o.modelMemoryBytes !== null) {
    const weights = i.parameters * i.bytesPerParameter;
    let line =
      `Model memory: ${formatCount(i.parameters)} params × ${formatBytes(i.bytesPerParameter)} ${bytesRel(weights)} ${formatBytes(weights)} weights; ` +
      `+ ${formatPercent(i.memoryHeadroom)} KV/activations ${bytesRel(o.modelMemoryBytes)} ${formatBytes(o.modelMemoryBytes)}`;
    if (i.gpuMemoryBytes !== null && o.gpusPerModelCopy !== null) {
      line += `; ÷ ${formatBytes(i.gpuMemoryBytes)} per GPU → ${plural(o.gpusPerModelCopy, 'GPU')} per model copy`;
    }
    lines.push(line);
  }
  if (i.embeddingItems !== null && i.embeddingDimensions !== null && i.bytesPerDimension !== null && o.embeddingBytes !== null) {
    let line =
      `Embeddings: ${formatCount(i.embeddingItems)} items × ${formatCount(i.embeddingDimensions)} dims × ${formatBytes(i.bytesPerDimension)} ` +
      `${bytesRel(o.embeddingBytes)} ${formatBytes(o.embeddingBytes)}`;
    if (i.indexOverhead !== null && o.indexBytes !== null) {
      line += `; × ${formatCount(i.indexOverhead)} index overhead ${bytesRel(o.indexBytes)} ${formatBytes(o.indexBytes)} index`;
    }
    lines.push(line);
  }
  if (i.featureEntities !== null && i.featuresPerEntity !== null && i.bytesPerFeature !== null && o.featureStoreBytes !== null) {
    lines.push(
      `Feature store: ${formatCount(i.featureEntities)} entities × ${formatCount(i.featuresPerEntity)} features × ${formatBytes(i.bytesPerFeature)} ` +
        `${bytesRel(o.featureStoreBytes)} ${formatBytes(o.featureStoreBytes)} (online, one version)`,
    );
  }
  return lines;
}

/** The traffic worksheet's notes text with the ML lines added under the same heading. */
export function withMlEstimates(trafficNotes: string, mlLines: readonly string[]): string {
  if (mlLines.length === 0) return trafficNotes;
  const bullets = mlLines.map((l) => `- ${l}`);
  return (trafficNotes === '' ? [ESTIMATES_HEADING, ...bullets] : [trafficNotes, ...bullets]).join('\n');
}
