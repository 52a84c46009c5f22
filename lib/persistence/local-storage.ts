// The one way the app touches localStorage. Private mode, a blocked storage or a full quota
// must never break an edit, so every call here is total: reads fall back, writes report.
import type { SyncStorage } from './journal';

/** The page's localStorage, or undefined where there is none (server, blocked by the browser). */
export function browserStorage(): SyncStorage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

export type WriteResult = { ok: true } | { ok: false; reason: 'unavailable' | 'quota' };

/** The stored text, or null when nothing is stored or storage cannot be read. */
export function readText(key: string, storage: SyncStorage | undefined = browserStorage()): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** The stored JSON value, or undefined when nothing (or nothing parseable) is stored. Callers validate the shape. */
export function readJson(key: string, storage: SyncStorage | undefined = browserStorage()): unknown {
  const text = readText(key, storage);
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function writeText(key: string, value: string, storage: SyncStorage | undefined = browserStorage()): WriteResult {
  if (!storage) return { ok: false, reason: 'unavailable' };
  try {
    storage.setItem(key, value);
    return { ok: true };
  } catch {
    return { ok: false, reason: 'quota' };
  }
}

export function writeJson(key: string, value: unknown, storage: SyncStorage | undefined = browserStorage()): WriteResult {
  return writeText(key, JSON.stringify(value), storage);
}

export function removeKey(key: string, storage: SyncStorage | undefined = browserStorage()): void {
  try {
    storage?.removeItem(key);
  } catch {
    // A key that cannot be removed is read again later; every reader validates what it finds.
  }
}

/** Storage held in memory: where the browser offers none, and in tests. `items` is the backing map. */
export function createMemoryStorage(entries: Record<string, string> = {}): SyncStorage & { items: Map<string, string> } {
  const items = new Map(Object.entries(entries));
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) };
}
