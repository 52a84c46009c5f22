import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { sampleBoard } from '@/lib/model/fixtures/boards';
import { SCHEMA_VERSION, type BoardDocument } from '@/lib/model/types';
import { BOARDS, DB_VERSION, LAST_OPEN_KEY, openIndexedDbBoardStore, SETTINGS } from './indexeddb-store';
import { JOURNAL_KEY } from './journal';
import { createMemoryBoardStore } from './memory-store';
import {
  beginStartup,
  EARLY_READ_GLOBAL,
  earlyReadScript,
  lastOpenFromEarlyRead,
  readLastBoard,
  readLastBoardEarly,
  takeEarlyRead,
  type EarlyRead,
} from './startup';
import { MESSAGES } from './types';
import { createMemoryStorage } from './local-storage';

const DB = 'early';
const readEarly = (factory: IDBFactory | undefined) => readLastBoardEarly(factory, DB, DB_VERSION, SETTINGS, BOARDS, LAST_OPEN_KEY);

async function storeWithBoards(factory: IDBFactory) {
  const opened = await openIndexedDbBoardStore({ indexedDB: factory, dbName: DB });
  if (!opened.ok) throw new Error(opened.message);
  return opened.store;
}

/** A store holding the boards, the last of them remembered as open. */
async function storeRemembering(factory: IDBFactory, ...boards: BoardDocument[]) {
  const store = await storeWithBoards(factory);
  for (const board of boards) await store.save(board, 0);
  await store.setLastOpenId(boards.at(-1)!.id);
  return store;
}

describe('the early read of the last board', () => {
  it('reads the remembered board as the store wrote it', async () => {
    const factory = new IDBFactory();
    const store = await storeRemembering(factory, sampleBoard({ id: 'a', title: 'Feed ranking' }));
    const read = await readEarly(factory);
    expect(read?.id).toBe('a');
    expect(read?.record).toMatchObject({ id: 'a', revision: 1, document: { title: 'Feed ranking' } });
    // Through the parser, it is what the store itself would load.
    expect(await lastOpenFromEarlyRead(read!)).toEqual(await store.loadLastOpen());
  });

  it('says when no board is remembered', async () => {
    const factory = new IDBFactory();
    await storeWithBoards(factory);
    expect(await readEarly(factory)).toEqual({ id: null });
    expect(await lastOpenFromEarlyRead({ id: null })).toEqual({ id: null, board: null });
  });

  it('gives up without creating the database on a first visit, and the store then creates it', async () => {
    const factory = new IDBFactory();
    expect(await readEarly(factory)).toBeNull();
    expect((await factory.databases()).map((d) => d.name)).not.toContain(DB);
    const store = await storeWithBoards(factory);
    expect(await store.save(sampleBoard({ id: 'b' }), 0)).toEqual({ ok: true, revision: 1 });
  });

  it('gives up when there is no IndexedDB at all', async () => {
    expect(await readEarly(undefined)).toBeNull();
  });

  it('leaves the refusal of a board from a newer app to the parser', async () => {
    const read: EarlyRead = { id: 'n', record: { id: 'n', revision: 3, schemaVersion: SCHEMA_VERSION + 1, document: {} } };
    expect((await lastOpenFromEarlyRead(read)).board).toMatchObject({ ok: false, kind: 'newer-schema' });
  });

  it('works as the inline script: self-contained, its promise left in a global and taken once', async () => {
    const factory = new IDBFactory();
    await storeRemembering(factory, sampleBoard({ id: 'c', title: 'Search' }));
    const scope: Record<string, unknown> = { indexedDB: factory };
    // Evaluated with nothing but `self` in reach, as in the page before any bundle has loaded.
    new Function('self', earlyReadScript(DB))(scope);
    expect(scope).toHaveProperty(EARLY_READ_GLOBAL);
    const pending = takeEarlyRead(scope);
    expect(await pending).toMatchObject({ id: 'c', record: { document: { title: 'Search' } } });
    expect(takeEarlyRead(scope)).toBeNull();
  });
});

describe('reading the last board at startup', () => {
  it('takes the board from the early read, and the early read only once', async () => {
    const factory = new IDBFactory();
    const store = await storeRemembering(factory, sampleBoard({ id: 'a', title: 'Feed ranking' }));
    // The early read found a record the store no longer has: proof that it was the one used.
    const scope: Record<string, unknown> = {
      [EARLY_READ_GLOBAL]: Promise.resolve({ id: 'a', record: { id: 'a', revision: 7, schemaVersion: 1, document: sampleBoard({ id: 'a', title: 'Read early' }) } }),
    };
    const read = await readLastBoard({ journal: createMemoryStorage(), openStore: async () => ({ store }), scope });
    expect(read).toMatchObject({ lastId: 'a', last: { ok: true, revision: 7, document: { title: 'Read early' } } });
    expect(scope).not.toHaveProperty(EARLY_READ_GLOBAL);
  });

  it('reads from the store when there was no early read', async () => {
    const store = await storeRemembering(new IDBFactory(), sampleBoard({ id: 'a', title: 'Feed ranking' }));
    const read = await readLastBoard({ journal: createMemoryStorage(), openStore: async () => ({ store }), scope: {} });
    expect(read).toMatchObject({ lastId: 'a', last: { ok: true, revision: 1, document: { title: 'Feed ranking' } } });
  });

  it('replays a journalled edit first, and then ignores the early read it makes out of date', async () => {
    const store = await storeRemembering(new IDBFactory(), sampleBoard({ id: 'a', title: 'Saved' }), sampleBoard({ id: 'b', title: 'Other' }));
    const journal = createMemoryStorage({ [JOURNAL_KEY]: JSON.stringify({ boardId: 'a', baseRevision: 1, document: sampleBoard({ id: 'a', title: 'Journalled' }) }) });
    const scope: Record<string, unknown> = { [EARLY_READ_GLOBAL]: Promise.resolve({ id: 'b', record: null }) };
    const read = await readLastBoard({ journal, openStore: async () => ({ store }), scope });
    expect(read).toMatchObject({ lastId: 'a', last: { ok: true, revision: 2, document: { title: 'Journalled' } } });
    expect(journal.items.has(JOURNAL_KEY)).toBe(false);
  });

  it('passes on why storage fell back to memory', async () => {
    const problem = { kind: 'unavailable' as const, message: MESSAGES.unavailable };
    const read = await readLastBoard({ journal: undefined, openStore: async () => ({ store: createMemoryBoardStore(), problem }), scope: {} });
    expect(read).toMatchObject({ opened: { problem }, lastId: null, last: null });
  });

  it('begins once and hands over its result without waiting once finished', async () => {
    const store = createMemoryBoardStore();
    await store.save(sampleBoard({ id: 'm' }), 0);
    await store.setLastOpenId('m');
    const startup = beginStartup({ journal: undefined, openStore: async () => ({ store }), scope: {} });
    expect(startup.result()).toBeNull();
    const read = await startup.read;
    expect(startup.result()).toBe(read);
    expect(read).toMatchObject({ lastId: 'm', last: { ok: true } });
  });
});
