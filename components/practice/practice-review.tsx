'use client';
import { useEffect, useMemo, useState } from 'react';
import { BoardPreview } from '@/components/ui/board-preview';
import { ModalDialog } from '@/components/ui/modal-dialog';
import { currentDoc } from '@/components/editor/board-store';
import { evaluateChecklist, getRule } from '@/lib/checklist';
import type { BoardDocument, PhaseId } from '@/lib/model/types';
import { compareWithReference, type StructuralComparison } from '@/lib/practice/compare';
import { promptScope } from '@/lib/practice/prompt-settings';
import { referenceFor } from '@/lib/practice/reference-scope';
import { snapshotSteps, templateIdOfPrompt } from '@/lib/practice/practice-board';
import { promptTitleOf } from '@/lib/practice/practice-document';
import { formatDuration } from '@/lib/practice/format';
import { phaseTimeline, type PracticeSessionState } from '@/lib/practice/session';
import { ReviewGaps } from './review-gaps';
import { ReviewQuestions } from './review-questions';
import { ScoreChart } from './score-chart';
import { usePractice } from './use-practice';

type ComparisonState =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; comparison: StructuralComparison; reference: BoardDocument; compared: BoardDocument; isV1: boolean };

/** Loads the prompt's reference template (for use-case prompts) and compares the final board with it (its v1 if the attempt ended early). */
function useComparison(session: PracticeSessionState, finalDoc: BoardDocument, endedIn: PhaseId): ComparisonState {
  const templateId = templateIdOfPrompt(session.promptId);
  const [state, setState] = useState<ComparisonState>(templateId ? { status: 'loading' } : { status: 'none' });
  useEffect(() => {
    if (!templateId) return;
    let cancelled = false;
    (async () => {
      try {
        const { isTemplateId, loadTemplate } = await import('@/templates');
        if (!isTemplateId(templateId)) throw new Error(`there is no reference template “${templateId}”`);
        const result = await loadTemplate(templateId);
        if (!result.ok) throw new Error(result.reason);
        const { document: compared, isV1 } = referenceFor(result.document, endedIn);
        if (!cancelled) setState({ status: 'ready', comparison: compareWithReference(finalDoc, compared), reference: result.document, compared, isV1 });
      } catch (error) {
        if (!cancelled) setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [templateId, finalDoc, endedIn]);
  return state;
}

export function PracticeReview({ session, onClose }: { session: PracticeSessionState; onClose: () => void }) {
  const attempts = usePractice((s) => s.attempts);
  const steps = useMemo(() => snapshotSteps(session), [session]);
  // The board as it was when the user pressed Finish; later edits do not change the review.
  const finalDoc = useMemo(() => steps[steps.length - 1]?.document ?? currentDoc(), [steps]);
  const scope = useMemo(() => promptScope(session.promptId), [session.promptId]);
  const checklist = useMemo(() => evaluateChecklist(finalDoc, scope), [finalDoc, scope]);
  const boardId = usePractice((s) => s.boardId);
  const timeline = useMemo(() => phaseTimeline(session, session.finishedAt ?? session.lastEventAt), [session]);
  const endedIn = steps[steps.length - 1]?.phase ?? 'deep-dive';
  const comparison = useComparison(session, finalDoc, endedIn);
  const [step, setStep] = useState(Math.max(0, steps.length - 1));
  const shownScore = useMemo(() => (steps[step] ? evaluateChecklist(steps[step].document, scope).score : null), [steps, step, scope]);
  const title = promptTitleOf(finalDoc.title);
  const totalSpent = timeline.reduce((sum, e) => sum + e.spentMs, 0);
  const totalPlanned = timeline.reduce((sum, e) => sum + e.plannedMs, 0);

  const shown = steps[step];
  return (
    <ModalDialog label="Practice review" title={`Review: ${title}`} className="practice-review" onClose={onClose} closeLabel="Close review">
      <div className="review-grid">
        <section aria-labelledby="review-checklist">
          <h3 id="review-checklist">
            Checklist <span className="review-score" data-testid="review-score">{checklist.score.passed}/{checklist.score.applicable}</span>
          </h3>
          <p className="muted">Checklist score: {checklist.score.passed} of {checklist.score.applicable} applicable rules pass.</p>
          <ul className="review-findings">
            {checklist.findings.map((f) => (
              <li key={f.ruleId} data-rule={f.ruleId} data-status={f.status}>
                <span className={`review-status is-${f.status.replace('/', '')}`}>{f.status}</span>
                <strong>{getRule(f.ruleId).title}</strong> <span>{f.message}</span>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="review-time">
          <h3 id="review-time">Time per phase</h3>
          <table className="review-times">
            <thead>
              <tr>
                <th scope="col">Phase</th>
                <th scope="col">Planned</th>
                <th scope="col">Spent</th>
              </tr>
            </thead>
            <tbody>
              {timeline.map((e) => (
                <tr key={e.phase} data-phase={e.phase} className={e.overrunMs > 0 ? 'is-over' : undefined}>
                  <th scope="row">{e.name}</th>
                  <td>{formatDuration(e.plannedMs)}</td>
                  <td>
                    {e.progress === 'not-reached' ? 'not reached' : formatDuration(e.spentMs)}
                    {e.overrunMs > 0 && <span className="review-over"> (+{formatDuration(e.overrunMs)})</span>}
                    {e.endedBy === 'manual' && <span className="muted"> · moved on early</span>}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Total</th>
                <td>{formatDuration(totalPlanned)}</td>
                <td>{formatDuration(totalSpent)}</td>
              </tr>
            </tfoot>
          </table>

          {attempts.length > 0 && (
            <>
              <h3>Scores over time</h3>
              <ScoreChart attempts={attempts} />
            </>
          )}
        </section>
      </div>

      <section aria-labelledby="review-boards" className="review-boards">
        <h3 id="review-boards">The board at each phase boundary</h3>
        {shown ? (
          <>
            <div className="review-stepper">
              <button type="button" disabled={step === 0} onClick={() => setStep(step - 1)}>Previous snapshot</button>
              <span aria-live="polite" data-testid="snapshot-label">
                {shown.label} ({step + 1} of {steps.length})
              </span>
              {shownScore && (
                <span className="review-score" data-testid="snapshot-score" aria-label={`Checklist score at this point: ${shownScore.passed} of ${shownScore.applicable}`}>
                  {shownScore.passed}/{shownScore.applicable}
                </span>
              )}
              <button type="button" disabled={step >= steps.length - 1} onClick={() => setStep(step + 1)}>Next snapshot</button>
            </div>
            <div className="review-board">
              <BoardPreview
                doc={shown.document}
                label={`${shown.label}: ${shown.document.nodes.length} components, ${shown.document.edges.length} connections`}
                showLabels
              />
            </div>
          </>
        ) : (
          <p className="muted">No snapshots were kept.</p>
        )}
      </section>

      <section aria-labelledby="review-compare" className="review-compare">
        <h3 id="review-compare">Compared with the reference design</h3>
        {comparison.status === 'none' && <p className="muted">This prompt has no reference template to compare with.</p>}
        {comparison.status === 'loading' && <p className="muted">Loading the reference design…</p>}
        {comparison.status === 'error' && <p role="alert">The reference design could not be loaded: {comparison.message}</p>}
        {comparison.status === 'ready' && (
          <ReviewGaps
            comparison={comparison.comparison}
            board={finalDoc}
            compared={comparison.compared}
            reference={comparison.reference}
            isV1={comparison.isV1}
            promptId={session.promptId}
            onClose={onClose}
          />
        )}
      </section>
      {boardId && <ReviewQuestions boardId={boardId} promptId={session.promptId} questions={finalDoc.study?.clarifyingQuestions} />}
    </ModalDialog>
  );
}
