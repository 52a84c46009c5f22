// The parser loads on demand; these tests pin down what happens when its chunk cannot be
// fetched (network gone after the page loaded): nothing rejects, nothing is opened or
// overwritten, and the journal is kept for the next start.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEmptyDocument } from '@/lib/model/document';
import { JOURNAL_KEY, recoverJournal, writeJournal } from './journal';
import { createMemoryBoardStore } from './memory-store';
import { MESSAGES } from './types';
import * as documentParser from './document-parser';
import { createMemoryStorage } from './local-storage';

afterEach(() => vi.restoreAllMocks());

describe('loadDocumentParser', () => {
  it('loads the one document parser and its limits', async () => {
    const parser = await documentParser.loadDocumentParser();
    expect(parser).not.toBeNull();
    expect(parser!.LIMITS.maxFileChars).toBeGreaterThan(0);
    expect(parser!.parseBoardFileText('not json').ok).toBe(false);
    expect(parser!.parseDocument(createEmptyDocument('x')).ok).toBe(true);
  });
});

describe('when the parser cannot be loaded', () => {
  it('a stored board is not opened, and load resolves with a message instead of rejecting', async () => {
    const store = createMemoryBoardStore();
    const doc = createEmptyDocument('kept');
    expect((await store.save(doc, 0)).ok).toBe(true);
    vi.spyOn(documentParser, 'loadDocumentParser').mockResolvedValue(null);
    expect(await store.load(doc.id)).toEqual({ ok: false, kind: 'other', message: MESSAGES.parserUnavailable });
  });

  it('a conflicting save still reports the conflict (without the other copy) and writes nothing', async () => {
    const store = createMemoryBoardStore();
    const doc = createEmptyDocument('board');
    await store.save(doc, 0);
    await store.save({ ...doc, title: 'other tab' }, 1);
    vi.spyOn(documentParser, 'loadDocumentParser').mockResolvedValue(null);
    const stale = await store.save({ ...doc, title: 'mine' }, 1);
    expect(stale).toMatchObject({ ok: false, kind: 'conflict', storedRevision: 2, stored: null });
    vi.restoreAllMocks();
    const loaded = await store.load(doc.id);
    expect(loaded.ok && loaded.document.title).toBe('other tab');
  });

  it('the journal is neither replayed nor dropped', async () => {
    const store = createMemoryBoardStore();
    const doc = createEmptyDocument('journal');
    await store.save(doc, 0);
    const storage = createMemoryStorage();
    writeJournal(storage, { boardId: doc.id, baseRevision: 1, document: { ...doc, title: 'unsaved edit' } });
    vi.spyOn(documentParser, 'loadDocumentParser').mockResolvedValue(null);
    expect(await recoverJournal(storage, store)).toEqual({ recovered: false, reason: 'parser-unavailable' });
    expect(storage.items.has(JOURNAL_KEY)).toBe(true);
    vi.restoreAllMocks();
    expect(await recoverJournal(storage, store)).toMatchObject({ recovered: true, boardId: doc.id });
  });
});
