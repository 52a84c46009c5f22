'use client';
// The build-up from v1: study mode steps from the high-level design to the full reference,
// one interviewer follow-up at a time. Only the view changes (the store's hiddenIds); the
// document, its history and what is saved stay as they are.
import { useEffect, useMemo, type KeyboardEvent } from 'react';
import { useReactFlow } from '@xyflow/react';
import { isBoundaryKind } from '@/lib/catalog';
import { hiddenIdsAt, ladderLength, visibleIdsAt } from '@/lib/model/ladder';
import type { BoardDocument } from '@/lib/model/types';
import { useBoardStore } from '@/components/editor/board-store';
import { useBoardSession } from '@/components/editor/board-session';
import { useFocusNodes } from '@/components/editor/use-focus-nodes';
import { useStudyView } from './study-mode';

// Opening a board ends the build-up (a template being studied starts its own afterwards). An
// edit while stepping ends it too and shows everything: guessing which step an edited board
// is at would be wrong half the time.
useBoardStore.subscribe((state, previous) => {
  const view = useStudyView.getState();
  if (state.loadCount !== previous.loadCount) {
    if (view.buildUp) view.setBuildUp(null);
    return;
  }
  if (state.hiddenIds.size === 0) return;
  const now = state.history.present;
  const before = previous.history.present;
  if (now.nodes === before.nodes && now.edges === before.edges) return;
  if (view.buildUp) view.setBuildUp({ ...view.buildUp, step: Number.MAX_SAFE_INTEGER, stoppedByEdit: true });
  state.setHidden([]);
});

const FIT = { padding: 0.15, maxZoom: 1, duration: 250 };

export function StudyBuildUp() {
  const doc = useBoardStore((s) => s.history.present);
  const boardId = useBoardSession((s) => s.boardId);
  const buildUp = useStudyView((s) => (s.buildUp && s.buildUp.boardId === boardId ? s.buildUp : null));
  const setBuildUp = useStudyView((s) => s.setBuildUp);
  const total = useMemo(() => ladderLength(doc), [doc]);
  const last = total - 1;
  // Without a build-up under way the board shows its whole design: the last step.
  const step = buildUp ? Math.min(buildUp.step, last) : last;
  const { fitView } = useReactFlow();
  const focusNodes = useFocusNodes();

  useEffect(() => {
    if (total === 0 || !buildUp || buildUp.stoppedByEdit) return;
    const current = useBoardStore.getState().history.present;
    useBoardStore.getState().setHidden(hiddenIdsAt(current, step));
    const { focusIds } = buildUp;
    if (focusIds) {
      const frame = requestAnimationFrame(() => focusNodes(focusIds));
      return () => cancelAnimationFrame(frame);
    }
    // Fit the step's components (their boundaries may run past the edge) at a readable zoom.
    const fitIds = [...visibleIdsAt(current, step)].filter((id) => !isBoundaryKind(current.nodes.find((n) => n.id === id)?.kind ?? ''));
    const frame = requestAnimationFrame(() => void fitView({ ...FIT, nodes: fitIds.map((id) => ({ id })) }));
    return () => cancelAnimationFrame(frame);
  }, [step, total, buildUp, fitView, focusNodes]);

  if (total === 0 || !boardId) return null;
  const go = (to: number) => {
    if (to < 0 || to > last) return;
    setBuildUp({ boardId, step: to });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowLeft') go(step - 1);
    else if (event.key === 'ArrowRight') go(step + 1);
    else return;
    event.preventDefault();
  };
  return (
    <section className="study-section study-build-up" aria-label="Build up from v1" onKeyDown={onKeyDown}>
      <h3>Build up from v1</h3>
      <div className="study-build-up-nav">
        <button type="button" onClick={() => go(step - 1)} disabled={step === 0}>
          Previous step
        </button>
        <span className="study-build-up-count" aria-live="polite">
          Step {step + 1} of {total}
        </span>
        <button type="button" onClick={() => go(step + 1)} disabled={step === last}>
          Next step
        </button>
      </div>
      <StepText doc={doc} step={step} />
      {buildUp?.stoppedByEdit && <p className="muted">The board was edited, so the build-up stopped and the whole design is shown.</p>}
    </section>
  );
}

function StepText({ doc, step }: { doc: BoardDocument; step: number }) {
  const study = doc.study!;
  const labels = (ids: readonly string[]) => ids.map((id) => doc.nodes.find((n) => n.id === id)?.label ?? id).join(', ');
  if (step === 0) {
    return (
      <p className="study-build-up-step">
        <strong>v1, the high-level design:</strong> {labels(study.v1 ?? [])}.
      </p>
    );
  }
  const ladderStep = study.ladder![step - 1];
  return (
    <div className="study-build-up-step">
      <p>
        <strong>{ladderStep.when}</strong>, add {labels(ladderStep.add)}.
      </p>
      <p>Because: {ladderStep.because}</p>
    </div>
  );
}
