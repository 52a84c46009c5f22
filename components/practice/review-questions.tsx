'use client';
// The review's part of the clarification drill: which key questions were asked, which never.
import { useMemo } from 'react';
import { keyQuestionCoverage, missedPhrase } from '@/lib/practice/clarify';
import { readAskedLog, useClarifications } from './use-clarifications';

export function ReviewQuestions({ boardId, promptId, questions }: { boardId: string; promptId: string; questions: readonly string[] | undefined }) {
  const clarifications = useClarifications(promptId, questions);
  const log = useMemo(() => readAskedLog(boardId), [boardId]);
  if (!clarifications || clarifications.length === 0) return null;
  const asked = log.flatMap((e) => (e.matchedId === null ? [] : [e.matchedId]));
  const coverage = keyQuestionCoverage(clarifications, asked);
  return (
    <section aria-labelledby="review-questions" className="review-questions">
      <h3 id="review-questions">Clarifying questions</h3>
      <p className="muted">
        You asked {log.length} question{log.length === 1 ? '' : 's'}; {coverage.asked.length} of {coverage.asked.length + coverage.missed.length} key
        topics covered.
      </p>
      {coverage.asked.length > 0 && (
        <p data-testid="questions-asked">Asked about: {coverage.asked.map((c) => c.topic).join(', ')}.</p>
      )}
      {coverage.missed.length > 0 && <p data-testid="questions-missed">{missedPhrase(coverage.missed)}</p>}
    </section>
  );
}
