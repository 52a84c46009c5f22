'use client';
import { useEffect, useMemo, useState } from 'react';
import * as edits from '@/lib/commands/edits';
import { useBoardStore } from '@/components/editor/board-store';
import { TextField } from '@/components/inspector/fields';
import { useBoardSession } from '@/components/editor/board-session';
import { getPhase } from '@/lib/practice/phases';
import { currentPhase } from '@/lib/practice/session';
import { parseNoteSections, withNoteSection } from '@/lib/practice/structured-notes';
import { promptPlaceholders, type PlaceholderField } from '@/lib/practice/prompt-settings';
import { BlindModeNote, useBlindMode, usePromptScope } from './practice-checklist';
import { ClarificationDrill } from './clarification-drill';
import { usePractice } from './use-practice';
import { EstimationWorksheet } from './estimation-worksheet';

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
