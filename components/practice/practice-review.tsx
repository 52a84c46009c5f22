'use client';
import { useEffect, useMemo, useState } from 'react';
import { BoardPreview } from '@/components/ui/board-preview';
import { ModalDialog } from '@/components/ui/modal-dialog';
import { currentDoc } from '@/components/editor/board-store';
import { evaluateChecklist, getRule } from '@/lib/checklist';
import { compareWithReference, type StructuralComparison } from '@/lib/practice/compare';
import { snapshotSteps, templateIdOfPrompt } from '@/lib/practice/practice-board';
import { promptTitleOf } from '@/lib/practice/practice-document';
import { formatDuration } from '@/lib/practice/format';
import { phaseTimeline, type PracticeSessionState } from '@/lib/practice/session';
import { ScoreChart } from './score-chart';
import { usePractice } from './use-practice';

type ComparisonState =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; comparison: StructuralComparison };

/** Loads the prompt's reference template (for use-case prompts) and compares the final board with it. */
function useComparison(session: PracticeSessionState, finalDoc: ReturnType<typeof currentDoc>): ComparisonState {
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
        if (!cancelled) setState({ status: 'ready', comparison: compareWithReference(finalDoc, result.document) });
      } catch (error) {
        if (!cancelled) setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [templateId, finalDoc]);
  return state;
}

export function PracticeReview({ session, onClose }: { session: PracticeSessionState; onClose: () => void }) {
  const attempts = usePractice((s) => s.attempts);
  const steps = useMemo(() => snapshotSteps(session), [session]);
  // The board as it was when the user pressed Finish; later edits do not change the review.
  const finalDoc = useMemo(() => steps[steps.length - 1]?.document ?? currentDoc(), [steps]);
  const checklist = useMemo(() => evaluateChecklist(finalDoc), [finalDoc]);
  const timeline = useMemo(() => phaseTimeline(session, session.finishedAt ?? session.lastEventAt), [session]);
  const comparison = useComparison(session, finalDoc);
  const [step, setStep] = useState(Math.max(0, steps.length - 1));
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
          <>
            <p className="muted">
              Your board covers {Math.round(comparison.comparison.coverage * 100)}% of the roles in the reference (matched by component kind and role, not by label).
            </p>
            {comparison.comparison.messages.length === 0 ? (
              <p>Your board has every kind of component the reference has.</p>
            ) : (
              <ul className="review-comparison" aria-label="Differences from the reference">
                {comparison.comparison.messages.map((m) => (
                  <li key={`${m.tone}-${m.kind}`} data-tone={m.tone}>
                    {m.text}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>
    </ModalDialog>
  );
}
