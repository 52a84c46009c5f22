// Shared by the session tests: a fixed start time, minute and second helpers, and a session
// run through a list of actions.
import { DEFAULT_PLAN, MINUTE_MS } from './phases';
import { sessionReducer, startSession, type PracticeSessionState, type SessionAction } from './session';

export const T0 = 1_700_000_000_000;
export const min = (m: number) => m * MINUTE_MS;
export const sec = (s: number) => s * 1000;

/** A session on the seed's 35-minute plan (or the one given), started at T0. */
export function start(plan = DEFAULT_PLAN): PracticeSessionState {
  return startSession({ promptId: 'recommendations', plan, at: T0 });
}

export function run(state: PracticeSessionState, ...actions: SessionAction[]): PracticeSessionState {
  return actions.reduce(sessionReducer, state);
}
