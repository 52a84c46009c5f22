'use client';
// The review's comparison with the reference: at most five gaps, heaviest first, each with
// why it matters; the missing roles shown as ghosts on the live board (the review closes to
// show them), and the reference opened side by side with the final board and its ghosts
// (Escape closes the split, not the review).
import { useEffect, useMemo, useRef, useState } from 'react';
import { BoardPreview } from '@/components/ui/board-preview';
import { currentDoc } from '@/components/editor/board-store';
import { useBoardSession } from '@/components/editor/board-session';
import { useGhosts } from '@/components/editor/ghosts';
import type { BoardDocument } from '@/lib/model/types';
import type { StructuralComparison } from '@/lib/practice/compare';
import { rankGaps, type RankedGap } from '@/lib/practice/gaps';
import { placeGhosts, shownGhosts, withGhosts } from '@/lib/practice/ghosts';
import { GhostBoardPreview } from './ghost-preview';

interface ReviewGapsProps {
  comparison: StructuralComparison;
  board: BoardDocument;
  /** What the board was compared with (the v1 part after a high-level attempt). */
  compared: BoardDocument;
  /** The whole reference, for the side-by-side view. */
  reference: BoardDocument;
  isV1: boolean;
  promptId: string;
  /** Closes the review, so the ghosts can be seen on the board. */
  onClose: () => void;
}

/** Places the gaps' ghosts on the board as it is now (it may have changed since Finish) and shows them there. */
function showGhostsOnBoard(compared: BoardDocument, gaps: readonly RankedGap[]) {
  const ghosts = shownGhosts(placeGhosts(currentDoc(), compared, gaps), gaps);
  useGhosts.getState().show(useBoardSession.getState().boardId, ghosts);
}

export function ReviewGaps({ comparison, board, compared, reference, isV1, promptId, onClose }: ReviewGapsProps) {
  const gaps = useMemo(() => rankGaps(comparison, promptId), [comparison, promptId]);
  const [split, setSplit] = useState(false);
  // Beside the reference, the final board with its ghosts reads what is missing at a glance.
  const ghosts = useMemo(() => (split ? placeGhosts(board, compared, gaps) : []), [split, board, compared, gaps]);
  const drawn = useMemo(() => withGhosts(board, ghosts), [board, ghosts]);
  const closeSplit = useRef<HTMLButtonElement>(null);
  const splitView = useRef<HTMLDivElement>(null);
  const openSplit = useRef<HTMLButtonElement>(null);
  const wasSplit = useRef(false);
  useEffect(() => {
    if (split) {
      closeSplit.current?.focus();
      splitView.current?.scrollIntoView({ block: 'nearest' });
    }
    else if (wasSplit.current) openSplit.current?.focus();
    wasSplit.current = split;
  }, [split]);

  const yourBoard = <GhostBoardPreview doc={drawn} label={`Your board${ghosts.length ? ` with ${ghosts.length} missing components drawn as ghosts` : ''}`} />;
  return (
    <>
      <p className="muted">
        Your board covers {Math.round(comparison.coverage * 100)}% of the roles in {isV1 ? "the reference's first version (what a candidate draws in the high-level phase)" : 'the reference'}, matched by component kind and role, not by label.
      </p>
      {gaps.length === 0 ? (
        <p>No gaps: your board has every role the reference has.</p>
      ) : (
        <ol className="review-gaps" aria-label="Top gaps, most important first">
          {gaps.map((g) => (
            <li key={g.role} data-gap={g.role}>
              <strong>{g.title}:</strong> {g.why}.
            </li>
          ))}
        </ol>
      )}
      <div className="review-gap-actions">
        {gaps.length > 0 && (
          <button
            type="button"
            onClick={() => {
              showGhostsOnBoard(compared, gaps);
              onClose();
            }}
          >
            Show on my board
          </button>
        )}
        <button type="button" ref={openSplit} aria-expanded={split} onClick={() => setSplit(true)}>
          Open reference side by side
        </button>
      </div>
      {split && (
        <div
          className="review-split"
          ref={splitView}
          role="group"
          aria-label="Your board and the reference side by side"
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            e.stopPropagation();
            setSplit(false);
          }}
        >
          <div className="review-split-panes">
            <figure>
              <figcaption>Your board</figcaption>
              <div className="review-board">{yourBoard}</div>
            </figure>
            <figure>
              <figcaption>
                Reference
                <button type="button" ref={closeSplit} onClick={() => setSplit(false)}>
                  Close side by side
                </button>
              </figcaption>
              <div className="review-board">
                <BoardPreview doc={reference} label={`Reference: ${reference.nodes.length} components, ${reference.edges.length} connections`} showLabels />
              </div>
            </figure>
          </div>
        </div>
      )}
      <details className="review-all-differences">
        <summary>Every difference ({comparison.messages.length})</summary>
        <ul className="review-comparison">
          {comparison.messages.map((m) => (
            <li key={`${m.tone}-${m.kind}`} data-tone={m.tone}>
              {m.text}
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}
