import { describe, expect, it } from 'vitest';
import { createEmptyDocument } from '@/lib/model/document';
import { createNode, addNode } from '@/lib/commands/edits';
import { createMemoryBoardStore } from './memory-store';
import { JOURNAL_KEY, clearJournal, recoverJournal, writeJournal, type SyncStorage } from './journal';
import { createMemoryStorage } from './local-storage';

describe('unsaved-edit journal', () => {
  it('replays an edit whose save never finished', async () => {
    const store = createMemoryBoardStore();
    const doc = createEmptyDocument('journal');
    const first = await store.save(doc, 0);
    expect(first.ok).toBe(true);
    const edited = addNode(doc, createNode('cache', { x: 10, y: 10 }, 'c1'));
    const storage = createMemoryStorage();
    expect(writeJournal(storage, { boardId: doc.id, baseRevision: 1, document: edited })).toBe(true);

    const outcome = await recoverJournal(storage, store);
    expect(outcome).toEqual({ recovered: true, boardId: doc.id, revision: 2 });
    const loaded = await store.load(doc.id);
    expect(loaded.ok && loaded.document.nodes.map((n) => n.id)).toEqual(['c1']);
    expect(storage.items.has(JOURNAL_KEY)).toBe(false);
  });

  it('never overwrites a newer stored revision', async () => {
    const store = createMemoryBoardStore();
    const doc = createEmptyDocument('journal');
    await store.save(doc, 0);
    await store.save({ ...doc, title: 'newer from another tab' }, 1);
    const storage = createMemoryStorage();
    writeJournal(storage, { boardId: doc.id, baseRevision: 1, document: { ...doc, title: 'stale' } });
    expect(await recoverJournal(storage, store)).toEqual({ recovered: false, reason: 'stale' });
    const loaded = await store.load(doc.id);
    expect(loaded.ok && loaded.document.title).toBe('newer from another tab');
    expect(storage.items.has(JOURNAL_KEY)).toBe(false);
  });

  it('drops an unreadable journal and reports nothing when there is none', async () => {
    const store = createMemoryBoardStore();
    const storage = createMemoryStorage();
    expect(await recoverJournal(storage, store)).toEqual({ recovered: false, reason: 'none' });
    storage.setItem(JOURNAL_KEY, '{"boardId": "x", "baseRevision": 0, "document": {"nodes": "nope"');
    expect(await recoverJournal(storage, store)).toEqual({ recovered: false, reason: 'unreadable' });
    storage.setItem(JOURNAL_KEY, JSON.stringify({ boardId: 'x', baseRevision: 0, document: null }));
    expect(await recoverJournal(storage, store)).toEqual({ recovered: false, reason: 'unreadable' });
    expect(storage.items.size).toBe(0);
  });

  it('survives storage that throws', async () => {
    const throwing: SyncStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('nope');
      },
    };
    expect(writeJournal(throwing, { boardId: 'b', baseRevision: 0, document: createEmptyDocument() })).toBe(false);
    expect(() => clearJournal(throwing)).not.toThrow();
    expect(await recoverJournal(throwing, createMemoryBoardStore())).toEqual({ recovered: false, reason: 'none' });
    expect(writeJournal(undefined, { boardId: 'b', baseRevision: 0, document: createEmptyDocument() })).toBe(false);
  });
});
