// The same behaviour is required of the IndexedDB store and the in-memory fallback.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { sampleBoard } from '@/lib/model/fixtures/boards';
import { SCHEMA_VERSION, type BoardDocument } from '@/lib/model/types';
import { openIndexedDbBoardStore } from './indexeddb-store';
import { createMemoryBoardStore } from './memory-store';
import type { BoardStore, StoredBoardRecord } from './types';

/** Writes records the way a newer app (or a damaged disk) might have left them. */
async function plantInIndexedDb(factory: IDBFactory, dbName: string, records: StoredBoardRecord[]) {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open(dbName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(['boards', 'board-meta'], 'readwrite');
    for (const record of records) {
      tx.objectStore('boards').put(record);
      const doc = (record.document ?? {}) as Partial<BoardDocument>;
      tx.objectStore('board-meta').put({ id: record.id, title: doc.title, updatedAt: doc.updatedAt, revision: record.revision, schemaVersion: record.schemaVersion });
    }
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

type Setup = (records?: StoredBoardRecord[]) => Promise<BoardStore>;
const implementations: [string, Setup][] = [
  ['memory', async (records = []) => createMemoryBoardStore(records)],
  [
    'IndexedDB',
    async (records = []) => {
      const factory = new IDBFactory();
      const opened = await openIndexedDbBoardStore({ indexedDB: factory, dbName: 'contract' });
      if (!opened.ok) throw new Error(opened.message);
      if (records.length) await plantInIndexedDb(factory, 'contract', records);
      return opened.store;
    },
  ],
];

const board = (id: string, title: string, updatedAt = '2025-01-01T00:00:00.000Z') => sampleBoard({ id, title, updatedAt });

describe.each(implementations)('%s board store', (_name, setup) => {
  it('saves a new board at revision 1 and loads it back through the parser', async () => {
    const store = await setup();
    expect(await store.save(board('a', 'First'), 0)).toEqual({ ok: true, revision: 1 });
    expect(await store.load('a')).toEqual({ ok: true, document: board('a', 'First'), revision: 1, warnings: [] });
  });

  it('counts revisions up by one on every save', async () => {
    const store = await setup();
    await store.save(board('a', 'v1'), 0);
    expect(await store.save(board('a', 'v2'), 1)).toEqual({ ok: true, revision: 2 });
    expect(await store.save(board('a', 'v3'), 2)).toEqual({ ok: true, revision: 3 });
    expect(await store.list()).toEqual([{ id: 'a', title: 'v3', updatedAt: '2025-01-01T00:00:00.000Z', revision: 3, schemaVersion: SCHEMA_VERSION }]);
  });

  it('refuses a stale write and hands back the newer stored copy', async () => {
    const store = await setup();
    await store.save(board('a', 'tab A, first'), 0);
    await store.save(board('a', 'tab B, newer'), 1);
    const stale = await store.save(board('a', 'tab A, stale'), 1);
    expect(stale).toMatchObject({ ok: false, kind: 'conflict', storedRevision: 2, stored: { title: 'tab B, newer' } });
    const loaded = await store.load('a');
    expect(loaded.ok && [loaded.revision, loaded.document.title]).toEqual([2, 'tab B, newer']);
  });

  it('never loads or overwrites a board saved by a newer schema', async () => {
    const future: StoredBoardRecord = { id: 'f', revision: 4, schemaVersion: SCHEMA_VERSION + 1, document: { ...board('f', 'From the future'), schemaVersion: SCHEMA_VERSION + 1, hologram: true } };
    const store = await setup([future]);
    expect(await store.load('f')).toMatchObject({ ok: false, kind: 'newer-schema' });
    expect(await store.save(board('f', 'Overwrite attempt'), 4)).toMatchObject({ ok: false, kind: 'newer-schema' });
    expect(await store.save(board('f', 'Overwrite attempt'), 99)).toMatchObject({ ok: false, kind: 'newer-schema' });
    expect(await store.list()).toEqual([expect.objectContaining({ id: 'f', title: 'From the future', revision: 4, schemaVersion: SCHEMA_VERSION + 1 })]);
  });

  it('reports a damaged record as corrupt, and repairs it with warnings where it can', async () => {
    const damaged = { ...board('r', 'Repairable'), edges: [{ id: 'x', source: 'api', target: 'ghost', label: '', kind: 'sync' }] };
    const store = await setup([
      { id: 'c', revision: 1, schemaVersion: 1, document: 'not a board' },
      { id: 'r', revision: 3, schemaVersion: 1, document: damaged },
    ]);
    expect(await store.load('c')).toMatchObject({ ok: false, kind: 'corrupt', message: expect.stringContaining('could not be read') });
    expect(await store.load('r')).toMatchObject({ ok: true, revision: 3, warnings: ['1 edge to missing nodes dropped'] });
  });

  it('keeps the storage key as the board id even if the stored document lost its id', async () => {
    const store = await setup([{ id: 'k', revision: 1, schemaVersion: 1, document: { ...board('k', 'Keyed'), id: 42 } }]);
    const loaded = await store.load('k');
    expect(loaded.ok && loaded.document.id).toBe('k');
  });

  it('says when a board does not exist', async () => {
    const store = await setup();
    expect(await store.load('nope')).toMatchObject({ ok: false, kind: 'not-found' });
  });

  it('lists boards newest first', async () => {
    const store = await setup();
    await store.save(board('old', 'Old', '2024-01-01T00:00:00.000Z'), 0);
    await store.save(board('new', 'New', '2025-06-01T00:00:00.000Z'), 0);
    await store.save(board('mid', 'Mid', '2025-01-01T00:00:00.000Z'), 0);
    expect((await store.list()).map((m) => m.id)).toEqual(['new', 'mid', 'old']);
  });

  it('stores a copy with only the model\'s fields', async () => {
    const store = await setup();
    const doc = board('a', 'Copy');
    Object.assign(doc.nodes[0], { selected: true, measured: { width: 1, height: 1 } });
    await store.save(doc, 0);
    doc.nodes[1].label = 'changed after saving';
    const loaded = await store.load('a');
    expect(loaded.ok && loaded.document).toEqual(board('a', 'Copy'));
  });

  it('removes a board and forgets it as the last open one', async () => {
    const store = await setup();
    await store.save(board('a', 'A'), 0);
    await store.save(board('b', 'B'), 0);
    await store.setLastOpenId('a');
    expect((await store.loadLastOpen()).id).toBe('a');
    expect(await store.remove('a')).toEqual({ ok: true });
    expect(await store.load('a')).toMatchObject({ ok: false, kind: 'not-found' });
    expect((await store.list()).map((m) => m.id)).toEqual(['b']);
    expect((await store.loadLastOpen()).id).toBeNull();
  });

  it('loads the last open board in one call, and says when there is none or it is gone', async () => {
    const store = await setup();
    expect(await store.loadLastOpen()).toEqual({ id: null, board: null });
    await store.save(board('a', 'A'), 0);
    await store.save(board('a', 'A again'), 1);
    await store.setLastOpenId('a');
    const last = await store.loadLastOpen();
    expect(last.id).toBe('a');
    expect(last.board).toMatchObject({ ok: true, revision: 2, document: { id: 'a', title: 'A again' } });
    await store.setLastOpenId('gone');
    expect(await store.loadLastOpen()).toMatchObject({ id: 'gone', board: { ok: false, kind: 'not-found' } });
  });

  it('remembers the last open board', async () => {
    const store = await setup();
    expect((await store.loadLastOpen()).id).toBeNull();
    await store.setLastOpenId('b');
    expect((await store.loadLastOpen()).id).toBe('b');
    await store.setLastOpenId(null);
    expect((await store.loadLastOpen()).id).toBeNull();
  });

  it('re-creates a board deleted in another tab when this tab saves it again (its work is not lost)', async () => {
    const store = await setup();
    await store.save(board('a', 'A'), 0);
    await store.remove('a');
    expect(await store.save(board('a', 'A, still open elsewhere'), 1)).toEqual({ ok: true, revision: 2 });
  });
});
