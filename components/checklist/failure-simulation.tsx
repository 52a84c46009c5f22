'use client';
// "Simulate failure": the board becomes read-only, a click fails a component or a whole
// boundary, and lib/graph's simulateFailure says what the entry points can no longer reach.
// Everything lives in the store's `simulation` slice and dimmedIds — never in the document —
// so leaving the mode leaves the board exactly as it was (no undo step, nothing saved).
// This module loads on first use (see lazy-failure-simulation.tsx); the `simulate-failure` and
// `escape` commands (components/editor/commands) enter and leave the mode.
import { useEffect, useMemo, useRef } from 'react';
import { labelOf } from '@/lib/checklist';
import { simulateFailure, type FailureSimulation, type RequestRoute } from '@/lib/graph/simulate-failure';
import type { BoardDocument } from '@/lib/model/types';
import { useBoardStore } from '@/components/editor/board-store';
import { usePageFlag } from '@/components/ui/use-page-flag';
import { FailedList } from './failed-list';
import { useFocusNodes } from '@/components/editor/use-focus-nodes';
import './checklist.css';

const NO_FAILURES: ReadonlySet<string> = new Set();
const MAX_PATHS_SHOWN = 8;

function useSimulation(): { doc: BoardDocument; result: FailureSimulation } | null {
  const failedIds = useBoardStore((s) => s.simulation?.failedIds ?? NO_FAILURES);
  const allReplicasIds = useBoardStore((s) => s.simulation?.allReplicasIds ?? NO_FAILURES);
  // Outside the mode the document is not watched, so editing does not re-render this.
  const doc = useBoardStore((s) => (s.simulation ? s.history.present : null));
  return useMemo(
    () => (doc ? { doc, result: simulateFailure(doc, failedIds, undefined, { allReplicasIds }) } : null),
    [doc, failedIds, allReplicasIds],
  );
}

/** Over the canvas: what the mode does, how to leave it, and the look of failed nodes. */
export function SimulationBanner() {
  const simulation = useSimulation();
  const result = simulation?.result;
  const active = simulation !== null;

  // Grey out what the failures cut off; the store clears it when the mode ends.
  useEffect(() => {
    if (result) useBoardStore.getState().setDimmed(result.unreachableIds);
  }, [result]);

  // Escape leaves the mode through the editor's `escape` command (components/editor/commands).
  usePageFlag('simulating', active);

  if (!simulation || !result) return null;
  return (
    <div className="simulation-banner" role="region" aria-label="Failure simulation">
      <style>{failedNodeStyles(result)}</style>
      <div className="simulation-banner-text">
        <strong>Failure simulation</strong>
        <span>
          Click a component, or a boundary such as an availability zone, to fail it; click again to bring it back. Greyed
          means unreachable. The board itself is not changed.
        </span>
        <span className="simulation-counts" role="status">
          {result.failedIds.length === 0
            ? 'Nothing failed yet.'
            : `${result.downIds.length} down, ${result.survivors.length} surviving, ${result.unreachableIds.length} unreachable, ${result.brokenPaths.length} broken ${result.brokenPaths.length === 1 ? 'path' : 'paths'}.`}
        </span>
      </div>
      <button type="button" className="simulation-exit" onClick={() => useBoardStore.getState().endSimulation()}>
        Exit simulation
      </button>
    </div>
  );
}

/**
 * React Flow puts data-id on every node wrapper; styling failed nodes through it keeps the
 * node components untouched by the simulation.
 */
function failedNodeStyles(result: FailureSimulation): string {
  const select = (ids: readonly string[]) => ids.map((id) => `.react-flow__node[data-id="${CSS.escape(id)}"]`);
  const down = select(result.downIds);
  const survivors = select(result.survivors.map((s) => s.nodeId));
  const rules: string[] = [];
  if (down.length) {
    rules.push(`${down.join(',')} { --sim-mark: var(--danger); --sim-text: 'DOWN'; }`);
    rules.push(`${down.map((s) => `${s} > *`).join(',')} { outline: 3px solid var(--danger); outline-offset: 2px; }`);
  }
  if (survivors.length) {
    rules.push(`${survivors.join(',')} { --sim-mark: var(--ok); --sim-text: 'SURVIVES'; }`);
    rules.push(`${survivors.map((s) => `${s} > *`).join(',')} { outline: 3px dashed var(--ok); outline-offset: 2px; }`);
  }
  const marked = [...down, ...survivors];
  if (marked.length) rules.push(`${marked.map((s) => `${s}::after`).join(',')} { content: var(--sim-text); }`);
  return rules.join('\n');
}

/** In the side panel: which user-facing paths break and what survives thanks to redundancy. */
export function SimulationResults() {
  const simulation = useSimulation();
  const focusNodes = useFocusNodes();
  const failedDirectly = useBoardStore((s) => s.simulation?.failedIds ?? NO_FAILURES);
  const section = useRef<HTMLElement>(null);
  const active = simulation !== null;
  // The side panel may be scrolled down to the checklist: bring the results into view.
  useEffect(() => {
    if (active) section.current?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  if (!simulation) return null;
  const { doc, result } = simulation;
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const name = (id: string) => labelOf(byId.get(id));
  const routeText = (route: RequestRoute) => (route.route.length ? route.route : [route.entryId, route.terminalId]).map(name).join(' → ');

  return (
    <section ref={section} className="panel-section simulation-results" aria-label="Simulation results">
      <h2>Failure simulation</h2>
      {failedDirectly.size === 0 ? (
        <p className="simulation-hint">Click a component on the board to fail it and see which user-facing paths break.</p>
      ) : (
        <>
          <h3 className="checklist-group-title">Failed</h3>
          <FailedList doc={doc} failedIds={failedDirectly} />
          <h3 className="checklist-group-title">Broken user-facing paths ({result.brokenPaths.length})</h3>
          {result.brokenPaths.length === 0 ? (
            <p className="simulation-hint">No request path breaks: the design survives this failure.</p>
          ) : (
            <ul className="simulation-paths" aria-label="Broken paths">
              {result.brokenPaths.slice(0, MAX_PATHS_SHOWN).map((p) => (
                <li key={`${p.entryId}-${p.terminalId}`}>
                  <button type="button" className="cost-link" onClick={() => focusNodes(p.route)}>
                    {routeText(p)}
                  </button>
                </li>
              ))}
              {result.brokenPaths.length > MAX_PATHS_SHOWN && <li>and {result.brokenPaths.length - MAX_PATHS_SHOWN} more</li>}
            </ul>
          )}
          {result.survivors.length > 0 && (
            <>
              <h3 className="checklist-group-title">Survives thanks to redundancy</h3>
              <ul className="simulation-survivors" aria-label="Survivors">
                {result.survivors.map((s) => (
                  <li key={s.nodeId}>
                    <strong>{name(s.nodeId)}</strong> — {s.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
          <p className="simulation-hint">
            {result.survivingPaths.length} request {result.survivingPaths.length === 1 ? 'path still works' : 'paths still work'};{' '}
            {result.unreachableIds.length} {result.unreachableIds.length === 1 ? 'component is' : 'components are'} cut off.
          </p>
        </>
      )}
    </section>
  );
}
