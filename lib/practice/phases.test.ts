import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PLAN,
  MINUTE_MS,
  PHASES,
  PHASE_ORDER,
  PRESET_TOTAL_MINUTES,
  customPlan,
  getPhase,
  isValidPlan,
  planTotalMs,
  presetPlan,
  scaledMinutes,
} from './phases';

describe('phases', () => {
  it('follows the seed framework: four phases, 5 / 10 / 15 / 5 minutes', () => {
    expect(PHASE_ORDER).toEqual(['requirements', 'high-level', 'deep-dive', 'edge-cases']);
    expect(PHASES.map((p) => p.defaultMinutes)).toEqual([5, 10, 15, 5]);
    expect(getPhase('deep-dive').guidance).toEqual([
      'Database schema',
      'Scaling strategy',
      'Trade-offs and alternatives',
      'Monitoring and observability',
    ]);
    for (const phase of PHASES) {
      expect(phase.guidance.length).toBeGreaterThan(0);
      expect(phase.tips.length).toBeGreaterThan(0);
    }
    expect(DEFAULT_PLAN).toEqual({ requirements: 5 * MINUTE_MS, 'high-level': 10 * MINUTE_MS, 'deep-dive': 15 * MINUTE_MS, 'edge-cases': 5 * MINUTE_MS });
  });

  it('scales presets proportionally to whole minutes that sum exactly', () => {
    expect(scaledMinutes(35)).toEqual({ requirements: 5, 'high-level': 10, 'deep-dive': 15, 'edge-cases': 5 });
    expect(scaledMinutes(45)).toEqual({ requirements: 7, 'high-level': 13, 'deep-dive': 19, 'edge-cases': 6 });
    expect(scaledMinutes(60)).toEqual({ requirements: 9, 'high-level': 17, 'deep-dive': 26, 'edge-cases': 8 });
    for (const total of [...PRESET_TOTAL_MINUTES, 4, 7, 20, 90, 121]) {
      const minutes = scaledMinutes(total);
      expect(Object.values(minutes).reduce((a, b) => a + b, 0)).toBe(total);
      expect(Math.min(...Object.values(minutes))).toBeGreaterThanOrEqual(1);
      expect(planTotalMs(presetPlan(total))).toBe(total * MINUTE_MS);
    }
  });

  it('validates custom durations per phase', () => {
    const ok = customPlan({ requirements: '3', 'high-level': 8, 'deep-dive': '0.5', 'edge-cases': '2' });
    expect(ok).toEqual({
      ok: true,
      plan: { requirements: 3 * MINUTE_MS, 'high-level': 8 * MINUTE_MS, 'deep-dive': 30_000, 'edge-cases': 2 * MINUTE_MS },
    });
    const bad = customPlan({ requirements: '', 'high-level': 'ten', 'deep-dive': 0, 'edge-cases': 500 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(bad.errors).sort()).toEqual(['deep-dive', 'edge-cases', 'high-level', 'requirements']);
    expect(isValidPlan(DEFAULT_PLAN)).toBe(true);
    expect(isValidPlan({ ...DEFAULT_PLAN, 'edge-cases': Number.NaN })).toBe(false);
    expect(isValidPlan(null)).toBe(false);
  });
});
