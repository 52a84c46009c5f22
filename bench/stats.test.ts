import { describe, expect, it } from 'vitest';
import { SLOW_FRAME_MS, frameIntervals, median, percentile, summarizeFrames, summarizeRecordings, timeRuns } from './stats';

describe('percentile (nearest rank)', () => {
  const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6]; // 1..10, unsorted

  it('picks the value at rank ceil(p/100 × n)', () => {
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile(values, 90)).toBe(9);
    expect(percentile(values, 10)).toBe(1);
  });

  it('clamps p = 0 to the smallest and p = 100 to the largest value', () => {
    expect(percentile(values, 0)).toBe(1);
    expect(percentile(values, 100)).toBe(10);
  });

  it('always returns one of the samples, and leaves the input unsorted', () => {
    const samples = [16.7, 16.6, 33.3, 16.7];
    expect(samples).toContain(percentile(samples, 95));
    expect(samples).toEqual([16.7, 16.6, 33.3, 16.7]);
  });

  it('is NaN without samples', () => {
    expect(percentile([], 95)).toBeNaN();
  });
});

describe('median', () => {
  it('is the middle value of an odd count', () => {
    expect(median([3, 1, 2])).toBe(2);
  });
  it('is the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('is NaN without samples', () => {
    expect(median([])).toBeNaN();
  });
});

describe('frame summaries', () => {
  it('turns frame timestamps into intervals', () => {
    expect(frameIntervals([0, 16, 32, 80])).toEqual([16, 16, 48]);
    expect(frameIntervals([100])).toEqual([]);
  });

  it('reports p50, p95 and the longest frame: one dropped frame in twenty shows at p95', () => {
    const timestamps = [0];
    for (let i = 0; i < 19; i++) timestamps.push(timestamps[timestamps.length - 1] + 16);
    timestamps.push(timestamps[timestamps.length - 1] + 48);
    const summary = summarizeFrames(timestamps);
    expect(summary).toEqual({ frames: 20, p50Ms: 16, p95Ms: 16, maxMs: 48, slowShare: 0.05 });
    timestamps.push(timestamps[timestamps.length - 1] + 48);
    expect(summarizeFrames(timestamps).p95Ms).toBe(48);
  });

  it('pools the frames of several recordings without counting the pause between them', () => {
    const steady = (start: number, count: number) => Array.from({ length: count + 1 }, (_, i) => start + i * 16);
    const slow = [0, 48, 96, 144];
    const summary = summarizeRecordings([slow, steady(10_000, 17)]);
    // 3 + 17 frames; the 9,856 ms between the recordings is not a frame.
    expect(summary).toEqual({ frames: 20, p50Ms: 16, p95Ms: 48, maxMs: 48, slowShare: 3 / 20 });
    expect(summarizeRecordings([steady(0, 19), steady(5_000, 19)]).p95Ms).toBe(16);
  });

  it('counts the share of dropped frames: intervals over 25 ms, so jitter around one frame is not counted', () => {
    // 17.2 ms (a late one-frame interval) is not slow; 33.3 ms (two frames) is.
    expect(summarizeFrames([0, 16.7, 33.9, 50.6, 83.9]).slowShare).toBe(0.25);
    expect(SLOW_FRAME_MS).toBe(25);
  });

  it('has no percentiles for fewer than two frames', () => {
    const summary = summarizeFrames([5]);
    expect(summary.frames).toBe(0);
    expect(summary.p95Ms).toBeNaN();
    expect(summary.slowShare).toBeNaN();
  });
});

describe('timeRuns', () => {
  it('runs the warm-up untimed, then times each run with the injected clock', () => {
    let clock = 0;
    let calls = 0;
    const times = timeRuns(() => {
      calls++;
      clock += calls; // each run takes longer than the last
    }, { runs: 3, warmupRuns: 2, now: () => clock });
    expect(calls).toBe(5);
    expect(times).toEqual([3, 4, 5]);
  });
});
