import { describe, expect, it } from 'vitest';
import { requestEdgeLabelFocus, takeEdgeLabelFocus } from './edge-label-focus';

describe('edge label focus request', () => {
  it('is granted once, to the edge that asked', () => {
    requestEdgeLabelFocus('e1');
    expect(takeEdgeLabelFocus('e2')).toBe(false);
    expect(takeEdgeLabelFocus('e1')).toBe(true);
    expect(takeEdgeLabelFocus('e1')).toBe(false);
  });
});
