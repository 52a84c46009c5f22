// Statistics for the bench: frame intervals from requestAnimationFrame timestamps, and the
// percentiles reported for them. Nearest-rank percentiles, so every reported value is a
// frame that really happened (no interpolation between two frames).

/** The p-th percentile (0–100) by nearest rank; NaN for no samples. Does not modify `values`. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** The median; the mean of the two middle values for an even count. NaN for no samples. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Durations between consecutive frame timestamps (what a frame took, as the user saw it). */
export function frameIntervals(timestamps: readonly number[]): number[] {
  const intervals: number[] = [];
  for (let i = 1; i < timestamps.length; i++) intervals.push(timestamps[i] - timestamps[i - 1]);
  return intervals;
}

/** An interval longer than this took at least two 60 Hz frames (a dropped frame). */
export const SLOW_FRAME_MS = 25;

export interface FrameSummary {
  frames: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /**
   * Share of intervals over SLOW_FRAME_MS (0–1). Frame times come in whole frames, so p95 jumps
   * from 17 to 33 ms when this passes 5 %; the share shows how close to that edge a run was.
   */
  slowShare: number;
}

export function summarizeFrames(timestamps: readonly number[]): FrameSummary {
  return summarizeRecordings([timestamps]);
}

/**
 * One summary of several recordings (say, three drags), their frames pooled. Intervals are
 * taken within each recording, never across the pause between two.
 */
export function summarizeRecordings(recordings: readonly (readonly number[])[]): FrameSummary {
  const intervals = recordings.flatMap((timestamps) => frameIntervals(timestamps));
  return {
    frames: intervals.length,
    p50Ms: percentile(intervals, 50),
    p95Ms: percentile(intervals, 95),
    maxMs: intervals.length ? Math.max(...intervals) : NaN,
    slowShare: intervals.length ? intervals.filter((ms) => ms > SLOW_FRAME_MS).length / intervals.length : NaN,
  };
}

/** Times `run` `runs` times after `warmupRuns` untimed runs; returns the durations in ms. */
export function timeRuns(run: () => void, { runs, warmupRuns = 0, now = () => performance.now() }: { runs: number; warmupRuns?: number; now?: () => number }): number[] {
  for (let i = 0; i < warmupRuns; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = now();
    run();
    times.push(now() - start);
  }
  return times;
}
