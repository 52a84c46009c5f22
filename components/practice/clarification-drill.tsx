'use client';
// The clarification drill: during Requirements the candidate asks, the interviewer answers
// from the prompt's clarifying questions and answers (or says to assume what is typical).
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useBoardStore } from '@/components/editor/board-store';
import { createInterviewer, type AskedQuestion } from '@/lib/practice/clarify';
import { readAskedLog, useClarifications, writeAskedLog } from './use-clarifications';

export function ClarificationDrill({ boardId, promptId }: { boardId: string; promptId: string }) {
  const questions = useBoardStore((s) => s.history.present.study?.clarifyingQuestions);
  const clarifications = useClarifications(promptId, questions);
  const interviewer = useMemo(() => (clarifications ? createInterviewer(clarifications) : null), [clarifications]);
  const [log, setLog] = useState<AskedQuestion[]>(() => readAskedLog(boardId));
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const inputId = useId();

  function ask(event: FormEvent) {
    event.preventDefault();
    const question = draft.trim();
    if (!question) {
      setError('Type a question for the interviewer first.');
      return;
    }
    if (!interviewer) return;
    const reply = interviewer.ask(question);
    const next = [...log, { question, answer: reply.answer, matchedId: reply.matched?.id ?? null }];
    setLog(next);
    writeAskedLog(boardId, next);
    setDraft('');
    setError('');
  }

  return (
    <div className="clarification-drill">
      <form onSubmit={ask} className="clarification-form">
        <label htmlFor={inputId}>Ask the interviewer</label>
        <div className="clarification-row">
          <input
            id={inputId}
            type="text"
            value={draft}
            maxLength={300}
            placeholder="e.g. How many requests per second at peak?"
            aria-invalid={error ? true : undefined}
            onChange={(e) => setDraft(e.target.value)}
          />
          <button type="submit" disabled={!interviewer}>
            Ask
          </button>
        </div>
        {error && <p role="alert" className="clarification-error">{error}</p>}
      </form>
      <ol className="clarification-log" aria-label="Interviewer answers" aria-live="polite">
        {log.map((entry, i) => (
          <li key={i} data-matched={entry.matchedId !== null}>
            <p className="clarification-question">{entry.question}</p>
            <p className="clarification-answer">{entry.answer}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
