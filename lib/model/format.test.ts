import { describe, expect, it } from 'vitest';
import { formatMonthlyCost } from './format';

describe('formatMonthlyCost', () => {
  it('formats whole dollars per month with thousands separators', () => {
    expect(formatMonthlyCost(1200)).toBe('$1,200/mo');
    expect(formatMonthlyCost(45)).toBe('$45/mo');
    expect(formatMonthlyCost(1_234_567)).toBe('$1,234,567/mo');
  });

  it('shows zero as $0', () => {
    expect(formatMonthlyCost(0)).toBe('$0/mo');
  });

  it('rounds cents away', () => {
    expect(formatMonthlyCost(99.4)).toBe('$99/mo');
    expect(formatMonthlyCost(99.5)).toBe('$100/mo');
    expect(formatMonthlyCost(1234.56)).toBe('$1,235/mo');
  });

  it('keeps the sign of a negative amount (a saving)', () => {
    expect(formatMonthlyCost(-300)).toBe('-$300/mo');
  });
});
