'use client';
// The failure simulation's banner and results (and the simulation walk in lib/graph) load
// on the first "Simulate failure", which keeps them out of the board's first-load JS. The
// mode itself lives in the board store (the `simulate-failure` command toggles it), so entering
// it does not wait for this code.
import { lazy } from 'react';
import { useBoardStore } from '@/components/editor/board-store';
import { LoadWhen } from '@/components/ui/load-when';

const SimulationBanner = lazy(() => import('./failure-simulation').then((m) => ({ default: m.SimulationBanner })));
const SimulationResults = lazy(() => import('./failure-simulation').then((m) => ({ default: m.SimulationResults })));

function useSimulating(): boolean {
  return useBoardStore((s) => s.simulation !== null);
}

export function LazySimulationBanner() {
  const ready = useSimulating();
  return (
    <LoadWhen ready={ready}>
      <SimulationBanner />
    </LoadWhen>
  );
}

export function LazySimulationResults() {
  const ready = useSimulating();
  return (
    <LoadWhen ready={ready}>
      <SimulationResults />
    </LoadWhen>
  );
}
