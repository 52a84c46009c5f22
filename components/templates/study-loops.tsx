'use client';
import { useShallow } from 'zustand/react/shallow';
import { EDGE_KIND_LABELS, type ControlLoop } from '@/lib/model/types';
import { firstStepShowing } from '@/lib/model/ladder';
import { useBoardStore } from '@/components/editor/board-store';
import { useBoardSession } from '@/components/editor/board-session';
import { useFocusNodes } from '@/components/editor/use-focus-nodes';
import { useStudyView } from './study-mode';
import './study-loops.css';

/**
 * The reference's control loops (retraining, prediction log, feedback, invalidation, side
 * effects, DLQ), one edge each; clicking one selects and zooms to its two components.
 */
export function StudyLoops({ loops }: { loops: ControlLoop[] | undefined }) {
  const focusNodes = useFocusNodes();
  // Labels, not ids: the board's own names for the two ends (an id the board lacks shows as is).
  const labels = useBoardStore(
    useShallow((s) => {
      const wanted = new Set((loops ?? []).flatMap((l) => [l.from, l.to]));
      return Object.fromEntries(s.history.present.nodes.filter((n) => wanted.has(n.id)).map((n) => [n.id, n.label]));
    }),
  );
  if (!loops || loops.length === 0) return null;
  const name = (id: string) => labels[id] ?? id;
  // A loop whose ends a study build-up still hides moves the build-up to the first step that shows both.
  const showLoop = ({ from, to }: ControlLoop) => {
    const { hiddenIds, history } = useBoardStore.getState();
    const boardId = useBoardSession.getState().boardId;
    if (boardId && (hiddenIds.has(from) || hiddenIds.has(to))) {
      useStudyView.getState().setBuildUp({ boardId, step: firstStepShowing(history.present, [from, to]), focusIds: [from, to] });
    } else focusNodes([from, to]);
  };
  return (
    <section className="study-section" aria-label="Control loops">
      <h3>Control loops</h3>
      <ul className="study-loops">
        {loops.map((loop, i) => (
          <li key={i} data-loop={`${loop.from}→${loop.to}`}>
            <button
              type="button"
              className="study-loop"
              title="Select and zoom to both components"
              onClick={() => showLoop(loop)}
            >
              <span className="study-loop-ends">
                {name(loop.from)} → {name(loop.to)}
              </span>
              <span className="study-loop-kind"> ({EDGE_KIND_LABELS[loop.kind].toLowerCase()})</span>
              <span className="study-loop-why">: {loop.why}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
