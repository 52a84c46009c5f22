'use client';
import { useEffect, useId, useState } from 'react';
import * as edits from '@/lib/commands/edits';
import { useBoardStore } from '@/components/editor/board-store';
import { notify } from '@/components/ui/notices';
import { useBoardSession } from '@/components/editor/board-session';
import {
  computeEstimates,
  estimatesToNotes,
  EXAMPLE_ESTIMATION_FORM,
  formatBytes,
  formatBytesPerSecond,
  formatCount,
  formatQps,
  type EstimationField,
  type EstimationForm,
} from '@/lib/practice/estimation';
import {
  computeMlEstimates,
  EXAMPLE_ML_ESTIMATION_FORM,
  mlEstimateLines,
  withMlEstimates,
  type MlEstimationField,
  type MlEstimationForm,
} from '@/lib/practice/ml-estimation';
import { readJson, writeJson } from '@/lib/persistence/local-storage';
import { estimatesStorageKey } from '@/lib/practice/storage-keys';
import { attachEstimates } from '@/lib/practice/structured-notes';

type WorksheetField = EstimationField | MlEstimationField;
type WorksheetForm = EstimationForm & MlEstimationForm;

const ESTIMATION_FIELDS: { id: EstimationField; label: string }[] = [
  { id: 'dailyActiveUsers', label: 'Daily active users' },
  { id: 'requestsPerUserPerDay', label: 'Requests per user per day' },
  { id: 'peakToAverageRatio', label: 'Peak ÷ average' },
  { id: 'writeFraction', label: 'Share of writes' },
  { id: 'bytesPerWrite', label: 'Bytes stored per write' },
  { id: 'retentionDays', label: 'Retention (days)' },
  { id: 'requestBytes', label: 'Request size' },
  { id: 'responseBytes', label: 'Response size' },
];

const ML_FIELDS: { id: MlEstimationField; label: string }[] = [
  { id: 'inferenceQps', label: 'Inference QPS (blank: peak QPS)' },
  { id: 'batchLatencySeconds', label: 'Latency per batch' },
  { id: 'batchSize', label: 'Batch size' },
  { id: 'concurrentBatchesPerGpu', label: 'Concurrent batches per GPU' },
  { id: 'parameters', label: 'Model parameters' },
  { id: 'bytesPerParameter', label: 'Bytes per parameter' },
  { id: 'memoryHeadroom', label: 'KV cache / activation headroom' },
  { id: 'gpuMemoryBytes', label: 'GPU memory' },
  { id: 'embeddingItems', label: 'Embedded items' },
  { id: 'embeddingDimensions', label: 'Embedding dimensions' },
  { id: 'bytesPerDimension', label: 'Bytes per dimension' },
  { id: 'indexOverhead', label: 'Index overhead (×)' },
  { id: 'featureEntities', label: 'Feature entities' },
  { id: 'featuresPerEntity', label: 'Features per entity' },
  { id: 'bytesPerFeature', label: 'Bytes per feature' },
];

const EXAMPLE_FORM: Required<WorksheetForm> = { ...EXAMPLE_ESTIMATION_FORM, ...EXAMPLE_ML_ESTIMATION_FORM };

function readForm(boardId: string | null): WorksheetForm {
  const raw = boardId ? readJson(estimatesStorageKey(boardId)) : undefined;
  if (typeof raw !== 'object' || raw === null) return {};
  const form: WorksheetForm = {};
  for (const { id } of [...ESTIMATION_FIELDS, ...ML_FIELDS]) {
    const v = (raw as Record<string, unknown>)[id];
    if (typeof v === 'string') form[id] = v.slice(0, 100);
  }
  return form;
}

function Inputs({ fields, form, onChange }: { fields: { id: WorksheetField; label: string }[]; form: WorksheetForm; onChange: (id: WorksheetField, value: string) => void }) {
  const idPrefix = useId();
  return (
    <div className="estimation-inputs">
      {fields.map(({ id, label }) => (
        <div className="field" key={id}>
          <label htmlFor={`${idPrefix}-${id}`}>{label}</label>
          <input
            id={`${idPrefix}-${id}`}
            type="text"
            inputMode="decimal"
            value={String(form[id] ?? '')}
            placeholder={String(EXAMPLE_FORM[id])}
            maxLength={100}
            onChange={(e) => onChange(id, e.target.value)}
          />
        </div>
      ))}
    </div>
  );
}

function Outputs({ label, rows }: { label: string; rows: [string, string][] }) {
  return (
    <dl className="estimation-outputs" aria-label={label}>
      {rows.map(([name, value]) => (
        <div key={name}>
          <dt>{name}</dt>
          <dd>
            <output aria-live="off" aria-label={name}>{value}</output>
          </dd>
        </div>
      ))}
    </dl>
  );
}

const gpus = (n: number | null) => (n === null ? '—' : `${formatCount(n)} GPU${n === 1 ? '' : 's'}`);

/** DAU → requests/day → QPS; storage; bandwidth; GPUs, model memory, index and feature store — recomputed on every keystroke. */
export function EstimationWorksheet() {
  const boardId = useBoardSession((s) => s.boardId);
  const [form, setForm] = useState<WorksheetForm>({});
  useEffect(() => setForm(readForm(boardId)), [boardId]);
  const save = (next: WorksheetForm) => {
    setForm(next);
    // The worksheet is a scratchpad: if storage refuses, losing it on reload is acceptable.
    if (boardId) writeJson(estimatesStorageKey(boardId), next);
  };
  const update = (id: WorksheetField, value: string) => save({ ...form, [id]: value });
  const out = computeEstimates(form);
  const ml = computeMlEstimates(form, out.peakQps);
  const rows: [string, string][] = [
    ['Requests per day', formatCount(out.requestsPerDay)],
    ['Average QPS', formatQps(out.averageQps)],
    ['Peak QPS', formatQps(out.peakQps)],
    ['Writes per day', formatCount(out.writesPerDay)],
    ['Storage per day', formatBytes(out.storagePerDayBytes)],
    ['Storage per year', formatBytes(out.storagePerYearBytes)],
    ['Storage over retention', formatBytes(out.retainedStorageBytes)],
    ['Bandwidth in (avg / peak)', `${formatBytesPerSecond(out.bandwidthInBytesPerSecond)} / ${formatBytesPerSecond(out.peakBandwidthInBytesPerSecond)}`],
    ['Bandwidth out (avg / peak)', `${formatBytesPerSecond(out.bandwidthOutBytesPerSecond)} / ${formatBytesPerSecond(out.peakBandwidthOutBytesPerSecond)}`],
  ];
  const mlRows: [string, string][] = [
    ['GPUs for throughput', gpus(ml.gpusForThroughput)],
    ['Model memory', formatBytes(ml.modelMemoryBytes)],
    ['GPUs per model copy', gpus(ml.gpusPerModelCopy)],
    ['Embeddings (raw / index)', `${formatBytes(ml.embeddingBytes)} / ${formatBytes(ml.indexBytes)}`],
    ['Feature store size', formatBytes(ml.featureStoreBytes)],
  ];
  const text = withMlEstimates(estimatesToNotes(form, out), mlEstimateLines(form, out.peakQps, ml));
  return (
    <div className="estimation" role="group" aria-label="Estimation worksheet">
      <Inputs fields={ESTIMATION_FIELDS} form={form} onChange={update} />
      <Outputs label="Estimates" rows={rows} />
      <details className="estimation-ml">
        <summary>ML estimates: GPUs, memory, index, features</summary>
        <Inputs fields={ML_FIELDS} form={form} onChange={update} />
        <Outputs label="ML estimates" rows={mlRows} />
      </details>
      <div className="estimation-actions">
        <button type="button" onClick={() => save({ ...EXAMPLE_FORM })}>Use example numbers</button>
        <button
          type="button"
          disabled={text === ''}
          onClick={() => {
            useBoardStore.getState().apply((d) => edits.setBoardNotes(d, attachEstimates(d.notes, text)));
            notify.info('Estimates attached to the board notes.');
          }}
        >
          Attach estimates to notes
        </button>
      </div>
    </div>
  );
}
