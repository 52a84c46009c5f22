import { describe, expect, it } from 'vitest';
import { DETAIL_CLASS, detailAt, LOW_DETAIL_ZOOM, OVERVIEW_ZOOM } from './level-of-detail';

describe('detailAt', () => {
  it('is full detail from LOW_DETAIL_ZOOM up, reduced below it, the overview below OVERVIEW_ZOOM', () => {
    expect(OVERVIEW_ZOOM).toBeLessThan(LOW_DETAIL_ZOOM);
    expect(detailAt(1)).toBe('full');
    expect(detailAt(LOW_DETAIL_ZOOM)).toBe('full');
    expect(detailAt(LOW_DETAIL_ZOOM - 0.01)).toBe('reduced');
    expect(detailAt(OVERVIEW_ZOOM)).toBe('reduced');
    expect(detailAt(OVERVIEW_ZOOM - 0.01)).toBe('overview');
    expect(detailAt(0.05)).toBe('overview');
  });

  it('gives the overview the reduced level’s class too, so everything hidden there stays hidden', () => {
    expect(DETAIL_CLASS.full).toBe('');
    expect(DETAIL_CLASS.reduced).toContain('is-zoomed-out');
    expect(DETAIL_CLASS.overview).toContain('is-zoomed-out');
    expect(DETAIL_CLASS.overview).toContain('is-overview');
  });
});
