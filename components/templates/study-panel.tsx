'use client';
import { useShallow } from 'zustand/react/shallow';
import { getKind, isBoundaryKind } from '@/lib/catalog';
import type { PhaseId, StudyGuide } from '@/lib/model/types';
import { useBoardStore } from '@/components/editor/board-store';
import { useBoardSession } from '@/components/editor/board-session';
import { StudyBuildUp } from './study-build-up';
import { useStudyView } from './study-mode';
import { StudyLoops } from './study-loops';
import './templates.css';

const PHASES: { id: PhaseId; label: string }[] = [
  { id: 'requirements', label: 'Requirements' },
  { id: 'high-level', label: 'High-level design' },
  { id: 'deep-dive', label: 'Deep dive' },
  { id: 'edge-cases', label: 'Edge cases' },
];

/** The id of the one selected node, or null (several, an edge, or nothing). */
function useSelectedNodeId(): string | null {
  return useBoardStore((s) => {
    if (s.selection.nodeIds.size !== 1 || s.selection.edgeIds.size !== 0) return null;
    const [id] = s.selection.nodeIds;
    return id;
  });
}

/**
 * The study guide of the open board (a template studied, or a practice board's prompt),
 * shown whenever the board carries one. It is a drawer beside the canvas that can be
 * collapsed to a narrow tab.
 */
export function StudyPanel() {
  const study = useBoardStore((s) => s.history.present.study);
  const collapsed = useStudyView((s) => s.collapsed);
  const setCollapsed = useStudyView((s) => s.setCollapsed);
  if (!study) return null;
  if (collapsed) {
    return (
      <aside className="study-drawer is-collapsed" aria-label="Study guide">
        <button type="button" className="study-expand" aria-expanded={false} onClick={() => setCollapsed(false)}>
          Study guide
        </button>
      </aside>
    );
  }
  return (
    <aside className="study-drawer" aria-label="Study guide">
      <header className="study-header">
        <h2>Study guide</h2>
        <button type="button" aria-expanded={true} aria-label="Collapse study guide" title="Collapse" onClick={() => setCollapsed(true)}>
          »
        </button>
      </header>
      <div className="study-scroll">
        <SelectedComponentNote />
        <StudyBuildUp />
        <StudyGuideBody study={study} />
      </div>
    </aside>
  );
}

/** The selected component's "why this, what else" note, in full, at the top of the guide. */
function SelectedComponentNote() {
  const id = useSelectedNodeId();
  // One lookup per store update (not one per field), and a shallow compare so dragging the
  // selected component does not re-render the guide.
  const [label, kindId, notes] = useBoardStore(
    useShallow((s) => {
      const node = id ? s.history.present.nodes.find((n) => n.id === id) : undefined;
      return [node?.label, node?.kind, node?.notes];
    }),
  );
  const boardIsEmpty = useBoardStore((s) => s.history.present.nodes.length === 0);
  if ((!id || label === undefined) && boardIsEmpty) return null;
  if (!id || label === undefined) {
    return (
      <section className="study-selected is-empty" aria-label="Selected component">
        <p>Select a component on the board to read why it is there and which alternatives were weighed.</p>
      </section>
    );
  }
  const kind = kindId ? getKind(kindId) : undefined;
  const what = kindId && isBoundaryKind(kindId) ? 'Boundary' : kind?.label;
  return (
    <section className="study-selected" aria-label="Selected component">
      <h3>
        {label}
        {what && what !== label && <span className="muted"> · {what}</span>}
      </h3>
      {notes ? <p className="study-note">{notes}</p> : <p className="muted">No note on this component yet.</p>}
    </section>
  );
}

function StudyGuideBody({ study }: { study: StudyGuide }) {
  const boardId = useBoardSession((s) => s.boardId);
  const hintsChoice = useStudyView((s) => (boardId ? s.hints[boardId] : undefined));
  const setHints = useStudyView((s) => s.setHints);
  const hintsHidden = hintsChoice === 'hidden';
  return (
    <>
      <section className="study-section" aria-label="Prompt">
        <h3>Prompt</h3>
        <blockquote className="study-prompt">{study.prompt}</blockquote>
      </section>
      {/* While practising, the requirements are what the candidate finds out by asking. */}
      {!hintsHidden && <ListSection title="Functional requirements" items={study.functionalRequirements} />}
      {!hintsHidden && <ListSection title="Non-functional requirements" items={study.nonFunctionalRequirements} />}
      {hintsHidden ? (
        <section className="study-section study-hints-hidden">
          <p className="muted">
            The reference&apos;s requirements, clarifying questions, estimates, failure scenarios, cost notes and talking
            points are hidden while you practise: ask the interviewer in the Practice panel.
          </p>
          <button type="button" onClick={() => boardId && setHints(boardId, 'shown')}>
            Show hints
          </button>
        </section>
      ) : (
        <>
          <ListSection title="Clarifying questions" items={study.clarifyingQuestions} />
          {study.estimates.length > 0 && (
            <section className="study-section" aria-label="Estimates">
              <h3>Back-of-envelope estimates</h3>
              <dl className="study-estimates">
                {study.estimates.map((estimate, i) => (
                  <div key={i} className="study-estimate">
                    <dt>{estimate.label}</dt>
                    <dd>
                      <code>{estimate.arithmetic}</code>
                      <strong> = {estimate.result}</strong>
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          )}
          <ListSection title="Failure scenarios" items={study.failureScenarios} />
          <ListSection title="Cost notes" items={study.costNotes} />
          <StudyLoops loops={study.controlLoops} />
          <section className="study-section" aria-label="Talking points">
            <h3>Talking points by phase</h3>
            {PHASES.map((phase) => {
              const points = study.talkingPoints[phase.id] ?? [];
              return points.length ? (
                <div key={phase.id} className="study-phase">
                  <h4>{phase.label}</h4>
                  <ul>
                    {points.map((point, i) => (
                      <li key={i}>{point}</li>
                    ))}
                  </ul>
                </div>
              ) : null;
            })}
          </section>
          {/* A practice board whose hints were shown can hide them again. */}
          {boardId && hintsChoice === 'shown' && (
            <section className="study-section">
              <button type="button" onClick={() => setHints(boardId, 'hidden')}>
                Hide hints
              </button>
            </section>
          )}
        </>
      )}
    </>
  );
}

function ListSection({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <section className="study-section" aria-label={title}>
      <h3>{title}</h3>
      <ul>
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
