import { describe, expect, it } from 'vitest';
import {
  EXAMPLE_ESTIMATION_FORM,
  computeEstimates,
  estimatesToNotes,
  formatBytes,
  formatBytesPerSecond,
  formatCount,
  formatInteger,
  formatQps,
  normalizeEstimationInputs,
  parseBytes,
  parseCount,
  parseDays,
  parseFraction,
  parseRatio,
  type EstimationOutputs,
} from './estimation';

describe('parsing what the user types', () => {
  it('reads counts with suffixes and separators', () => {
    expect(parseCount('20M')).toBe(20_000_000);
    expect(parseCount('1.5k')).toBe(1500);
    expect(parseCount('2,000,000')).toBe(2_000_000);
    expect(parseCount(' 3 bn ')).toBe(3e9);
    expect(parseCount('3e6')).toBe(3e6);
    expect(parseCount(42)).toBe(42);
    for (const bad of ['', '  ', 'abc', '12 apples', '-5', '1..2', null, undefined, NaN, -1, Infinity]) {
      expect(parseCount(bad as string)).toBeNull();
    }
  });

  it('reads byte sizes (decimal KB, binary KiB)', () => {
    expect(parseBytes('2 KB')).toBe(2000);
    expect(parseBytes('1.5MB')).toBe(1_500_000);
    expect(parseBytes('4 KiB')).toBe(4096);
    expect(parseBytes('512')).toBe(512);
    expect(parseBytes('3 parsecs')).toBeNull();
  });

  it('reads fractions, ratios and retention', () => {
    expect(parseFraction('10%')).toBeCloseTo(0.1);
    expect(parseFraction('0.25')).toBe(0.25);
    expect(parseFraction('20')).toBeCloseTo(0.2);
    expect(parseFraction('150%')).toBeNull();
    expect(parseRatio('3x')).toBe(3);
    expect(parseRatio('0.5')).toBeNull();
    expect(parseDays('2y')).toBe(730);
    expect(parseDays('90 days')).toBe(90);
    expect(parseDays('0')).toBeNull();
  });
});

describe('the arithmetic', () => {
  it('computes traffic, storage and bandwidth from known numbers', () => {
    const out = computeEstimates(EXAMPLE_ESTIMATION_FORM);
    expect(out.requestsPerDay).toBe(200_000_000);
    expect(out.averageQps).toBeCloseTo(2314.8148, 3);
    expect(out.peakQps).toBeCloseTo(6944.4444, 3);
    expect(out.writesPerDay).toBeCloseTo(20_000_000);
    expect(out.averageWriteQps).toBeCloseTo(231.48, 2);
    expect(out.storagePerDayBytes).toBeCloseTo(40e9);
    expect(out.storagePerYearBytes).toBeCloseTo(14.6e12);
    expect(out.retainedStorageBytes).toBeCloseTo(14.6e12);
    expect(out.bandwidthInBytesPerSecond).toBeCloseTo(2_314_814.8, 0);
    expect(out.bandwidthOutBytesPerSecond).toBeCloseTo(23_148_148, 0);
    expect(out.peakBandwidthOutBytesPerSecond).toBeCloseTo(69_444_444, 0);
  });

  it('gives null (never NaN) for outputs whose inputs are blank or invalid', () => {
    const out = computeEstimates({ ...EXAMPLE_ESTIMATION_FORM, peakToAverageRatio: '', bytesPerWrite: 'lots' });
    expect(out.averageQps).toBeCloseTo(2314.81, 2);
    expect(out.peakQps).toBeNull();
    expect(out.peakBandwidthInBytesPerSecond).toBeNull();
    expect(out.storagePerDayBytes).toBeNull();
    expect(out.storagePerYearBytes).toBeNull();
    expect(out.writesPerDay).toBeCloseTo(20e6);

    const empty = computeEstimates({});
    for (const value of Object.values(empty)) expect(value).toBeNull();

    const absurd = computeEstimates({ dailyActiveUsers: 1e300, requestsPerUserPerDay: 1e300 });
    expect(absurd.requestsPerDay).toBeNull();
    for (const value of Object.values(absurd)) expect(Number.isNaN(value)).toBe(false);
  });

  it('accepts numeric inputs as well as text', () => {
    const numeric = normalizeEstimationInputs({ dailyActiveUsers: 1_000_000, requestsPerUserPerDay: 86.4 });
    expect(computeEstimates(numeric).averageQps).toBeCloseTo(1000);
  });
});

describe('formatting', () => {
  it('uses SI-style prefixes with two or three significant figures', () => {
    expect(formatQps(2314.8)).toBe('2.3k QPS');
    expect(formatQps(6944.4)).toBe('6.9k QPS');
    expect(formatCount(200e6)).toBe('200M');
    expect(formatCount(2e9)).toBe('2B');
    expect(formatCount(999_600)).toBe('1M');
    expect(formatCount(231.48)).toBe('231');
    expect(formatCount(0.25)).toBe('0.25');
    expect(formatCount(0)).toBe('0');
    expect(formatCount(null)).toBe('—');
    expect(formatBytes(3.4e12)).toBe('3.4 TB');
    expect(formatBytes(40e9)).toBe('40 GB');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytesPerSecond(2_314_814)).toBe('2.3 MB/s');
    expect(formatInteger(86400)).toBe('86,400');
    expect(formatInteger(1234567.4)).toBe('1,234,567');
  });
});

describe('estimatesToNotes', () => {
  it('shows the arithmetic', () => {
    const notes = estimatesToNotes(EXAMPLE_ESTIMATION_FORM);
    expect(notes.split('\n')).toEqual([
      'Back-of-envelope estimates',
      '- Traffic: 20M DAU × 10 req/day = 200M req/day ÷ 86,400 s ≈ 2.3k QPS avg; × 3 peak ≈ 6.9k QPS',
      '- Writes: 200M req/day × 10% writes = 20M writes/day ≈ 231 writes/s avg',
      '- Storage: 20M writes/day × 2 KB = 40 GB/day; × 365 ≈ 15 TB/year; kept 365 days ≈ 15 TB (before replication)',
      '- Bandwidth: in 2.3k QPS × 1 KB ≈ 2.3 MB/s avg (6.9 MB/s peak); out 2.3k QPS × 10 KB ≈ 23 MB/s avg (69 MB/s peak)',
    ]);
  });

  it('leaves out lines it cannot compute and is empty with no inputs', () => {
    const notes = estimatesToNotes({ dailyActiveUsers: '1M', requestsPerUserPerDay: '5' });
    expect(notes).toContain('Traffic: 1M DAU × 5 req/day = 5M req/day ÷ 86,400 s ≈ 58 QPS avg');
    expect(notes).not.toContain('peak');
    expect(notes).not.toContain('Storage');
    expect(estimatesToNotes({})).toBe('');
  });

  it('uses the outputs it is given', () => {
    const outputs: EstimationOutputs = { ...computeEstimates(EXAMPLE_ESTIMATION_FORM), peakQps: null };
    expect(estimatesToNotes(EXAMPLE_ESTIMATION_FORM, outputs)).not.toContain('peak ≈');
  });
});
