'use client';
import { useEffect, useId, useMemo, useState } from 'react';
import * as edits from '@/lib/commands/edits';
import { useBoardStore } from '@/components/editor/board-store';
import { notify } from '@/components/ui/notices';
import { TextField } from '@/components/inspector/fields';
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
import { getPhase } from '@/lib/practice/phases';
import { readJson, writeJson } from '@/lib/persistence/local-storage';
import { estimatesStorageKey } from '@/lib/practice/storage-keys';
import { currentPhase } from '@/lib/practice/session';
import { attachEstimates, parseNoteSections, withNoteSection } from '@/lib/practice/structured-notes';
import { promptPlaceholders, type PlaceholderField } from '@/lib/practice/prompt-settings';
import { BlindModeNote, useBlindMode, usePromptScope } from './practice-checklist';
import { ClarificationDrill } from './clarification-drill';
import { usePractice } from './use-practice';

const closeStep = () => useBoardStore.getState().breakCoalescing();

const NOTE_FIELDS: { id: PlaceholderField; label: string }[] = [
  { id: 'functional', label: 'Functional requirements' },
  { id: 'nonFunctional', label: 'Non-functional requirements (with numbers)' },
  { id: 'constraints', label: 'Constraints and assumptions' },
];

/** Three fields that are sections of the one board-notes text (one undo step per field visit). */
function StructuredNotes({ promptId }: { promptId: string }) {
  const notes = useBoardStore((s) => s.history.present.notes);
  const sections = useMemo(() => parseNoteSections(notes), [notes]);
  const placeholders = promptPlaceholders(promptId);
  return (
    <div className="structured-notes">
      {NOTE_FIELDS.map((field) => (
        <TextField
          key={field.id}
          label={field.label}
          multiline
          rows={3}
          value={sections[field.id]}
          placeholder={placeholders[field.id]}
          onChange={(text) =>
            useBoardStore.getState().apply((d) => edits.setBoardNotes(d, withNoteSection(d.notes, field.id, text)), { coalesceKey: 'board-notes' })
          }
          onBlur={closeStep}
        />
      ))}
    </div>
  );
}

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

function readForm(boardId: string | null): EstimationForm {
  const raw = boardId ? readJson(estimatesStorageKey(boardId)) : undefined;
  if (typeof raw !== 'object' || raw === null) return {};
  const form: EstimationForm = {};
  for (const { id } of ESTIMATION_FIELDS) {
    const v = (raw as Record<string, unknown>)[id];
    if (typeof v === 'string') form[id] = v.slice(0, 100);
  }
  return form;
}

/** DAU → requests/day → QPS; storage; bandwidth — recomputed on every keystroke. */
function EstimationWorksheet() {
  const boardId = useBoardSession((s) => s.boardId);
  const [form, setForm] = useState<EstimationForm>({});
  const idPrefix = useId();
  useEffect(() => setForm(readForm(boardId)), [boardId]);
  const save = (next: EstimationForm) => {
    setForm(next);
    // The worksheet is a scratchpad: if storage refuses, losing it on reload is acceptable.
    if (boardId) writeJson(estimatesStorageKey(boardId), next);
  };
  const update = (id: EstimationField, value: string) => save({ ...form, [id]: value });
  const out = computeEstimates(form);
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
  const text = estimatesToNotes(form, out);
  return (
    <div className="estimation" role="group" aria-label="Estimation worksheet">
      <div className="estimation-inputs">
        {ESTIMATION_FIELDS.map(({ id, label }) => (
          <div className="field" key={id}>
            <label htmlFor={`${idPrefix}-${id}`}>{label}</label>
            <input
              id={`${idPrefix}-${id}`}
              type="text"
              inputMode="decimal"
              value={String(form[id] ?? '')}
              placeholder={String(EXAMPLE_ESTIMATION_FORM[id])}
              maxLength={100}
              onChange={(e) => update(id, e.target.value)}
            />
          </div>
        ))}
      </div>
      <dl className="estimation-outputs" aria-label="Estimates">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>
              <output aria-live="off" aria-label={label}>{value}</output>
            </dd>
          </div>
        ))}
      </dl>
      <div className="estimation-actions">
        <button type="button" onClick={() => save({ ...EXAMPLE_ESTIMATION_FORM })}>Use example numbers</button>
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

/** The practice prompt, the phase tips and the requirements tools, at the top of the side panel. */
export function PracticeSidePanel() {
  const openBoardId = useBoardSession((s) => s.boardId);
  const session = usePractice((s) => s.session);
  const practiceBoardId = usePractice((s) => s.boardId);
  // Re-evaluated each second so the panel follows the phase without its own clock.
  const [now, setNow] = useState(() => Date.now());
  const running = session?.status === 'running';
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [running]);
  const onPracticeBoard = session !== null && practiceBoardId === openBoardId;
  const blind = useBlindMode(onPracticeBoard && running);
  usePromptScope(onPracticeBoard ? (session?.promptId ?? null) : null);
  if (!session || !openBoardId || !onPracticeBoard) return null;
  const phase = currentPhase(session, now);
  const inRequirements = phase === 'requirements' && session.status !== 'finished';
  const info = getPhase(phase);
  return (
    <section className="panel-section practice-panel" aria-label="Practice requirements">
      <h2>Practice</h2>
      <p className="muted">The prompt is in the Study guide beside the board.</p>
      {blind && <BlindModeNote />}
      {inRequirements && (
        <section className="practice-interviewer" aria-label="Interviewer">
          <h3>Clarify with the interviewer</h3>
          <ClarificationDrill boardId={openBoardId} promptId={session.promptId} />
        </section>
      )}
      <details className="practice-tips">
        <summary>Tips for {info.name}</summary>
        <ul>
          {info.tips.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      </details>
      <details open={inRequirements || undefined} className="practice-requirements" key={inRequirements ? 'open' : 'closed'}>
        <summary>Requirements</summary>
        <StructuredNotes promptId={session.promptId} />
      </details>
      <details open={inRequirements || undefined} className="practice-estimation" key={inRequirements ? 'open-e' : 'closed-e'}>
        <summary>Estimation worksheet</summary>
        <EstimationWorksheet />
      </details>
    </section>
  );
}
