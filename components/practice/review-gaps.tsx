'use client';
// The review's comparison with the reference: at most five gaps, heaviest first, each with
// why it matters; the missing roles drawn as ghosts on the candidate's board, and the
// reference opened side by side with it (Escape closes the split, not the review).
import { useEffect, useMemo, useRef, useState } from 'react';
import { BoardPreview } from '@/components/ui/board-preview';
import type { BoardDocument } from '@/lib/model/types';
import type { StructuralComparison } from '@/lib/practice/compare';
import { rankGaps } from '@/lib/practice/gaps';
import { placeGhosts, withGhosts } from '@/lib/practice/ghosts';
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
}

export function ReviewGaps({ comparison, board, compared, reference, isV1, promptId }: ReviewGapsProps) {
  const gaps = useMemo(() => rankGaps(comparison, promptId), [comparison, promptId]);
  const [ghostsShown, setGhostsShown] = useState(false);
  const [split, setSplit] = useState(false);
  const ghosts = useMemo(() => (ghostsShown ? placeGhosts(board, compared, gaps) : []), [ghostsShown, board, compared, gaps]);
  const drawn = useMemo(() => withGhosts(board, ghosts), [board, ghosts]);
  const closeSplit = useRef<HTMLButtonElement>(null);
  const splitView = useRef<HTMLDivElement>(null);
  const openSplit = useRef<HTMLButtonElement>(null);
  const wasSplit = useRef(false);
  const ghostView = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ghostsShown) ghostView.current?.scrollIntoView({ block: 'nearest' });
  }, [ghostsShown]);
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
          <button type="button" aria-pressed={ghostsShown} onClick={() => setGhostsShown(!ghostsShown)}>
            Show on my board
          </button>
        )}
        <button type="button" ref={openSplit} aria-expanded={split} onClick={() => setSplit(true)}>
          Open reference side by side
        </button>
      </div>
      {split ? (
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
      ) : (
        ghostsShown && (
          <div className="review-board review-ghost-board" ref={ghostView}>
            {yourBoard}
          </div>
        )
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
