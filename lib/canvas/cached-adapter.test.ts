import { describe, expect, it } from 'vitest';
import { createCachedAdapter } from './cached-adapter';

interface Item {
  id: string;
  value: number;
}

function setup() {
  let conversions = 0;
  const adapt = createCachedAdapter((item: Item, selected: boolean) => {
    conversions++;
    return { id: item.id, value: item.value, selected };
  });
  return { adapt, conversions: () => conversions };
}

describe('createCachedAdapter', () => {
  const a: Item = { id: 'a', value: 1 };
  const b: Item = { id: 'b', value: 2 };
  const none = new Set<string>();

  it('returns the previous array when no item and no selection changed', () => {
    const { adapt, conversions } = setup();
    const first = adapt([a, b], none);
    const again = adapt([a, b], new Set());
    expect(again).toBe(first);
    expect(conversions()).toBe(2);
  });

  it('rebuilds only the item that changed, and returns a new array', () => {
    const { adapt, conversions } = setup();
    const first = adapt([a, b], none);
    const movedB = { ...b, value: 3 };
    const second = adapt([a, movedB], none);
    expect(second).not.toBe(first);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toEqual({ id: 'b', value: 3, selected: false });
    expect(conversions()).toBe(3);
  });

  it('rebuilds an item whose selection changed', () => {
    const { adapt } = setup();
    const first = adapt([a, b], none);
    const second = adapt([a, b], new Set(['a']));
    expect(second).not.toBe(first);
    expect(second[0]).toEqual({ id: 'a', value: 1, selected: true });
    expect(second[1]).toBe(first[1]);
  });

  it('returns a new array when items are removed, reordered or added, and forgets removed ones', () => {
    const { adapt, conversions } = setup();
    const first = adapt([a, b], none);
    const removed = adapt([a], none);
    expect(removed).not.toBe(first);
    expect(removed).toEqual([first[0]]);
    const reordered = adapt([b, a], none);
    expect(reordered.map((f) => f.id)).toEqual(['b', 'a']);
    // b was forgotten when it left the list, so it is converted again.
    expect(conversions()).toBe(3);
    expect(adapt([b, a], none)).toBe(reordered);
  });

  it('handles the empty list', () => {
    const { adapt } = setup();
    const empty = adapt([], none);
    expect(empty).toEqual([]);
    expect(adapt([], none)).toBe(empty);
  });
});
