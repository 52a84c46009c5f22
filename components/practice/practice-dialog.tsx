'use client';
import { useEffect, useId, useMemo, useState } from 'react';
import { ModalDialog } from '@/components/ui/modal-dialog';
import { notify } from '@/components/ui/notices';
import type { PhaseId } from '@/lib/model/types';
import { sortAttemptsByDate, type Attempt } from '@/lib/practice/attempts';
import { customPlan, PHASES, PRESET_TOTAL_MINUTES, presetPlan, type PhasePlan } from '@/lib/practice/phases';
import { pickRandom, type PromptLike } from '@/lib/practice/practice-board';
import { formatDuration } from '@/lib/practice/format';
import { ScoreChart } from './score-chart';
import { practice, usePractice } from './use-practice';
import { BlindModeCheckbox } from './practice-checklist';
import './practice.css';

type PromptsState =
  | { status: 'loading' }
  | { status: 'ready'; useCases: PromptLike[]; further: PromptLike[]; problems: string[] };

/** The five use-case prompts (from the templates' study guides) and the further prompts, loaded lazily. */
function usePrompts(): PromptsState {
  const [state, setState] = useState<PromptsState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const templates = await import('@/templates');
      const [useCases, further] = await Promise.allSettled([templates.loadUseCasePrompts(), templates.loadFurtherPrompts()]);
      if (cancelled) return;
      const problems: string[] = [];
      if (useCases.status === 'rejected') problems.push('the use-case prompts could not be loaded');
      if (further.status === 'rejected') problems.push('the further prompts could not be loaded');
      setState({
        status: 'ready',
        useCases: useCases.status === 'fulfilled' ? useCases.value : [],
        further: further.status === 'fulfilled' ? further.value : [],
        problems,
      });
    })().catch(() => {
      if (!cancelled) setState({ status: 'ready', useCases: [], further: [], problems: ['the prompts could not be loaded'] });
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return state;
}

const RANDOM = 'random';
type DurationChoice = `${number}` | 'custom';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function AttemptHistory({ onReopen }: { onReopen: () => void }) {
  const attempts = usePractice((s) => s.attempts);
  const newestFirst = useMemo(() => sortAttemptsByDate(attempts), [attempts]);
  return (
    <section className="attempt-history" aria-labelledby="attempt-history-heading">
      <h3 id="attempt-history-heading">Attempt history</h3>
      {attempts.length === 0 ? (
        <p className="muted">No attempts yet. Finished sessions are kept here (in this browser only).</p>
      ) : (
        <>
          <ScoreChart attempts={attempts} />
          <ul className="attempt-list" aria-label="Attempts">
            {newestFirst.map((a: Attempt) => (
              <li key={a.id}>
                <div>
                  <strong>{a.title}</strong>
                  <span className="muted">
                    {' '}
                    {dateFormat.format(new Date(a.date))} · {formatDuration(a.durationMs)} · score {a.score.passed}/{a.score.applicable}
                  </span>
                </div>
                <div className="attempt-actions">
                  <button
                    type="button"
                    aria-label={`Reopen attempt: ${a.title}, ${dateFormat.format(new Date(a.date))}`}
                    onClick={() => {
                      onReopen();
                      void practice.reopenAttempt(a);
                    }}
                  >
                    Reopen
                  </button>
                  <button type="button" aria-label={`Delete attempt: ${a.title}, ${dateFormat.format(new Date(a.date))}`} onClick={() => practice.deleteAttempt(a.id)}>
                    Delete
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Pick a prompt and durations, then start a timed session on a new board. */
export function PracticeDialog({ onClose }: { onClose: () => void }) {
  const prompts = usePrompts();
  const [promptId, setPromptId] = useState<string>(RANDOM);
  const [duration, setDuration] = useState<DurationChoice>('35');
  const [custom, setCustom] = useState<Record<PhaseId, string>>(
    () => Object.fromEntries(PHASES.map((p) => [p.id, String(p.defaultMinutes)])) as Record<PhaseId, string>,
  );
  const [starting, setStarting] = useState(false);
  const idPrefix = useId();

  useEffect(() => {
    practice.loadPreferences();
  }, []);

  const all = prompts.status === 'ready' ? [...prompts.useCases, ...prompts.further] : [];
  const selected = all.find((p) => p.id === promptId) ?? null;
  const planResult = duration === 'custom' ? customPlan(custom) : { ok: true as const, plan: presetPlan(Number(duration)) };
  const canStart = prompts.status === 'ready' && all.length > 0 && planResult.ok && !starting;

  const start = async () => {
    if (!planResult.ok) return;
    const prompt = promptId === RANDOM ? pickRandom(all) : selected;
    if (!prompt) return;
    setStarting(true);
    try {
      await practice.start(prompt, planResult.plan as PhasePlan);
      onClose();
    } catch (error) {
      setStarting(false);
      notify.error(`The practice session could not start: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const promptOption = (p: PromptLike) => (
    <label key={p.id} className="practice-option">
      <input type="radio" name={`${idPrefix}-prompt`} value={p.id} checked={promptId === p.id} onChange={() => setPromptId(p.id)} />
      {p.title}
    </label>
  );

  return (
    <ModalDialog label="Practice" title="Timed practice" className="practice-dialog" onClose={onClose}>
      <p className="muted">
        Sketch a design under time pressure, phase by phase: requirements → high-level design → deep dive → edge cases. The session opens on a new board;
        your other boards are not touched.
      </p>
      <div className="practice-dialog-grid">
        <fieldset className="practice-prompts">
          <legend>Prompt</legend>
          {prompts.status === 'loading' ? (
            <p className="muted" role="status">Loading prompts…</p>
          ) : (
            <>
              {prompts.problems.length > 0 && <p role="alert">Some prompts are unavailable: {prompts.problems.join('; ')}.</p>}
              <label className="practice-option">
                <input type="radio" name={`${idPrefix}-prompt`} value={RANDOM} checked={promptId === RANDOM} onChange={() => setPromptId(RANDOM)} />
                Random prompt
              </label>
              {prompts.useCases.length > 0 && (
                <div role="group" aria-label="Use cases">
                  <h4>Use cases (with a reference design)</h4>
                  {prompts.useCases.map(promptOption)}
                </div>
              )}
              {prompts.further.length > 0 && (
                <div role="group" aria-label="Further prompts">
                  <h4>Further prompts</h4>
                  {prompts.further.map(promptOption)}
                </div>
              )}
            </>
          )}
        </fieldset>
        <div>
          {selected && (
            <blockquote className="practice-prompt-preview" aria-label="Selected prompt">
              {selected.prompt}
            </blockquote>
          )}
          <fieldset className="practice-durations">
            <legend>Duration</legend>
            {PRESET_TOTAL_MINUTES.map((m) => {
              const plan = presetPlan(m);
              return (
                <label key={m} className="practice-option">
                  <input type="radio" name={`${idPrefix}-duration`} checked={duration === String(m)} onChange={() => setDuration(`${m}`)} />
                  {m} minutes{' '}
                  <span className="muted">({PHASES.map((p) => plan[p.id] / 60_000).join(' / ')})</span>
                </label>
              );
            })}
            <label className="practice-option">
              <input type="radio" name={`${idPrefix}-duration`} checked={duration === 'custom'} onChange={() => setDuration('custom')} />
              Custom per phase
            </label>
            {duration === 'custom' && (
              <div className="practice-custom">
                {PHASES.map((p) => {
                  const error = !planResult.ok ? planResult.errors[p.id] : undefined;
                  return (
                    <div className="field" key={p.id}>
                      <label htmlFor={`${idPrefix}-${p.id}`}>{p.name} (minutes)</label>
                      <input
                        id={`${idPrefix}-${p.id}`}
                        type="number"
                        inputMode="decimal"
                        min={0}
                        step="any"
                        value={custom[p.id]}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? `${idPrefix}-${p.id}-error` : undefined}
                        onChange={(e) => setCustom({ ...custom, [p.id]: e.target.value })}
                      />
                      {error && (
                        <span id={`${idPrefix}-${p.id}-error`} className="field-error">
                          {error}
                        </span>
                      )}
                    </div>
                  );
                })}
              </div>
            )}
          </fieldset>
          <BlindModeCheckbox />
          <div className="practice-start">
            <button type="button" className="practice-primary" disabled={!canStart} onClick={() => void start()}>
              {starting ? 'Starting…' : 'Start practice'}
            </button>
          </div>
        </div>
      </div>
      <AttemptHistory onReopen={onClose} />
    </ModalDialog>
  );
}
