import { describe, expect, it } from 'vitest';
import type { SyncStorage } from './journal';
import { readJson, readText, removeKey, writeJson, writeText } from './local-storage';

function memoryStorage(): SyncStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

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
    const s = memoryStorage();
    expect(writeJson('a', { x: 1 }, s)).toEqual({ ok: true });
    expect(readJson('a', s)).toEqual({ x: 1 });
    writeText('b', 'plain', s);
    expect(readText('b', s)).toBe('plain');
    removeKey('a', s);
    expect(readJson('a', s)).toBeUndefined();
  });

  it('reads nothing from missing or unparseable values', () => {
    const s = memoryStorage();
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
