import { describe, expect, it } from 'vitest';
import { formatClock, formatDuration } from './format';

const sec = (s: number) => s * 1000;
const min = (m: number) => m * 60_000;

describe('formatClock and formatDuration', () => {
  it('formats a countdown as mm:ss, rounding seconds up', () => {
    expect(formatClock(min(5))).toBe('05:00');
    expect(formatClock(min(5) - 1)).toBe('05:00');
    expect(formatClock(1)).toBe('00:01');
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(-500)).toBe('00:00');
    expect(formatClock(-1000)).toBe('-00:01');
    expect(formatClock(-min(12) - sec(5))).toBe('-12:05');
    expect(formatClock(min(75))).toBe('75:00');
    expect(formatClock(NaN)).toBe('--:--');
  });

  it('formats elapsed time rounding down', () => {
    expect(formatDuration(sec(59) + 999)).toBe('00:59');
    expect(formatDuration(min(35) + sec(2))).toBe('35:02');
    expect(formatDuration(Infinity)).toBe('--:--');
  });
});
