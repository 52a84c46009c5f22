import { describe, expect, it } from 'vitest';
import type { SyncStorage } from './journal';
import { createMemoryStorage, readJson, readText, removeKey, writeJson, writeText } from './local-storage';

const throwing: SyncStorage = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

describe('local storage helpers', () => {
  it('round-trips JSON and text', () => {
    const s = createMemoryStorage();
    expect(writeJson('a', { x: 1 }, s)).toEqual({ ok: true });
    expect(readJson('a', s)).toEqual({ x: 1 });
    writeText('b', 'plain', s);
    expect(readText('b', s)).toBe('plain');
    removeKey('a', s);
    expect(readJson('a', s)).toBeUndefined();
  });

  it('reads nothing from missing or unparseable values', () => {
    const s = createMemoryStorage();
    s.setItem('bad', '{not json');
    expect(readJson('bad', s)).toBeUndefined();
    expect(readText('missing', s)).toBeNull();
  });

  it('never throws when storage refuses, and says why a write failed', () => {
    expect(readText('a', throwing)).toBeNull();
    expect(readJson('a', throwing)).toBeUndefined();
    expect(writeJson('a', 1, throwing)).toEqual({ ok: false, reason: 'quota' });
    expect(writeText('a', 'x', undefined)).toEqual({ ok: false, reason: 'unavailable' });
    expect(() => removeKey('a', throwing)).not.toThrow();
  });
});
