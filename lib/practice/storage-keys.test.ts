import { describe, expect, it } from 'vitest';
import { PRACTICE_SESSION_KEY_PREFIX, estimatesStorageKey, questionsStorageKey, sessionStorageKey } from './storage-keys';

describe('practice storage keys', () => {
  it('are per board, and session and estimates never share a key', () => {
    expect(sessionStorageKey('b_1')).toBe(`${PRACTICE_SESSION_KEY_PREFIX}b_1`);
    expect(sessionStorageKey('b_1')).not.toBe(sessionStorageKey('b_2'));
    expect(sessionStorageKey('b_1')).not.toBe(estimatesStorageKey('b_1'));
    expect(new Set([sessionStorageKey('b_1'), estimatesStorageKey('b_1'), questionsStorageKey('b_1')]).size).toBe(3);
  });
});
