import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleBoard } from '@/lib/model/fixtures/boards';
import { classifyStorageError, openIndexedDbBoardStore } from './indexeddb-store';
import { openBoardStore } from './open-board-store';
import type { BoardStore } from './types';

async function open(factory = new IDBFactory(), dbName = 'test'): Promise<BoardStore> {
  const opened = await openIndexedDbBoardStore({ indexedDB: factory, dbName });
  if (!opened.ok) throw new Error(opened.message);
  return opened.store;
}

type PutFn = IDBObjectStore['put'];
const originalPut: PutFn = IDBObjectStore.prototype.put;
afterEach(() => {
  IDBObjectStore.prototype.put = originalPut;
});

/**
 * Makes put() on `storeName` fail the way browsers report a full disk: the request errors
 * and the transaction aborts with error.name === 'QuotaExceededError'.
 */
function failPutsAsynchronously(storeName: string) {
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<PutFn>) {
    const request = originalPut.apply(this, args);
    if (this.name === storeName) {
      const pending = (this.transaction as unknown as { _requests: { request: IDBRequest; operation: () => unknown }[] })._requests;
      const entry = pending.find((r) => r.request === request)!;
      entry.operation = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    }
    return request;
  } as PutFn;
}

const board = (title: string) => sampleBoard({ id: 'a', title });

describe('IndexedDB board store: failures', () => {
  it('QuotaExceededError during the write: reported as quota, the saved revision untouched', async () => {
    const store = await open();
    await store.save(board('saved before the disk filled'), 0);
    failPutsAsynchronously('boards');
    expect(await store.save(board('does not fit'), 1)).toMatchObject({ ok: false, kind: 'quota', message: expect.stringContaining('Export JSON') });
    const loaded = await store.load('a');
    expect(loaded.ok && [loaded.revision, loaded.document.title]).toEqual([1, 'saved before the disk filled']);
    expect((await store.list())[0]).toMatchObject({ revision: 1, title: 'saved before the disk filled' });
  });

  it('QuotaExceededError thrown synchronously by put(): same outcome', async () => {
    const store = await open();
    await store.save(board('kept'), 0);
    IDBObjectStore.prototype.put = (() => {
      throw new DOMException('full', 'QuotaExceededError');
    }) as PutFn;
    expect(await store.save(board('lost?'), 1)).toMatchObject({ ok: false, kind: 'quota' });
    IDBObjectStore.prototype.put = originalPut;
    const loaded = await store.load('a');
    expect(loaded.ok && loaded.document.title).toBe('kept');
  });

  it('a failure after the board record was written rolls the whole save back (no half-written board)', async () => {
    const store = await open();
    await store.save(board('revision 1'), 0);
    failPutsAsynchronously('board-meta'); // the second of the two puts in the transaction
    expect(await store.save(board('revision 2, half written'), 1)).toMatchObject({ ok: false, kind: 'quota' });
    IDBObjectStore.prototype.put = originalPut;
    const loaded = await store.load('a');
    expect(loaded.ok && [loaded.revision, loaded.document.title]).toEqual([1, 'revision 1']);
    expect(await store.save(board('revision 2'), 1)).toEqual({ ok: true, revision: 2 });
  });

  it('two tabs saving on the same revision at once: exactly one wins, the other gets a conflict', async () => {
    const factory = new IDBFactory();
    const tabA = await open(factory, 'shared');
    const tabB = await open(factory, 'shared');
    await tabA.save(board('base'), 0);
    const [a, b] = await Promise.all([tabA.save(board('from A'), 1), tabB.save(board('from B'), 1)]);
    expect([a, b].filter((r) => r.ok)).toHaveLength(1);
    const conflict = [a, b].find((r) => !r.ok);
    expect(conflict).toMatchObject({ ok: false, kind: 'conflict', storedRevision: 2 });
    const loaded = await tabB.load('a');
    expect(loaded.ok && loaded.revision).toBe(2);
  });

  it('stops writing when a newer app upgrades the database in another tab', async () => {
    const factory = new IDBFactory();
    const store = await open(factory, 'upgrade');
    await store.save(board('before upgrade'), 0);
    await new Promise<void>((resolve) => {
      const request = factory.open('upgrade', 2);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
    expect(await store.save(board('after upgrade'), 1)).toMatchObject({ ok: false, kind: 'unavailable', message: expect.stringContaining('Reload this tab') });
  });

  it('refuses a database already upgraded by a newer app', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve) => {
      const request = factory.open('newer', 7);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
    expect(await openIndexedDbBoardStore({ indexedDB: factory, dbName: 'newer' })).toMatchObject({ ok: false, kind: 'newer-schema' });
  });

  it('gives up on an open() that never answers (blocked) instead of hanging', async () => {
    vi.useFakeTimers();
    const hanging = { open: () => ({}) } as unknown as IDBFactory;
    const opening = openIndexedDbBoardStore({ indexedDB: hanging, openTimeoutMs: 3000 });
    await vi.advanceTimersByTimeAsync(3000);
    expect(await opening).toMatchObject({ ok: false, kind: 'unavailable' });
    vi.useRealTimers();
  });
});

describe('openBoardStore', () => {
  it('uses IndexedDB when it works', async () => {
    const opened = await openBoardStore({ indexedDB: new IDBFactory(), dbName: 'works' });
    expect(opened.problem).toBeUndefined();
    expect(opened.store.persistent).toBe(true);
  });

  it('falls back to memory, with a visible reason, when IndexedDB is blocked (private mode)', async () => {
    const blocked = {
      open: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const opened = await openBoardStore({ indexedDB: blocked });
    expect(opened.store.persistent).toBe(false);
    expect(opened.problem).toMatchObject({ kind: 'unavailable', message: expect.stringContaining('kept in memory only') });
    expect(await opened.store.save(sampleBoard(), 0)).toEqual({ ok: true, revision: 1 });
  });

  it('falls back to memory when there is no IndexedDB at all', async () => {
    const original = (globalThis as { indexedDB?: unknown }).indexedDB;
    delete (globalThis as { indexedDB?: unknown }).indexedDB;
    try {
      expect((await openBoardStore()).problem?.kind).toBe('unavailable');
    } finally {
      if (original !== undefined) (globalThis as { indexedDB?: unknown }).indexedDB = original;
    }
  });
});

describe('classifyStorageError', () => {
  it.each([
    [new DOMException('x', 'QuotaExceededError'), 'quota'],
    [{ name: 'NS_ERROR_DOM_QUOTA_REACHED' }, 'quota'],
    [new DOMException('x', 'InvalidStateError'), 'unavailable'],
    [new DOMException('x', 'UnknownError'), 'unavailable'],
    [new DOMException('x', 'VersionError'), 'newer-schema'],
    [new DOMException('x', 'DataCloneError'), 'other'],
    ['weird', 'other'],
    [null, 'other'],
  ])('%s → %s', (error, kind) => {
    expect(classifyStorageError(error).kind).toBe(kind);
  });
});
