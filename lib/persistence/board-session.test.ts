// The board session without a browser: the memory store stands in for IndexedDB, a fake editor
// for the React store, and a channel hub links "tabs" (sessions sharing one store) as
// BroadcastChannel does (asynchronously, never back to the sender).
import { describe, expect, it, vi } from 'vitest';
import { sampleBoard } from '@/lib/model/fixtures/boards';
import { serializeBoardFile } from '@/lib/model/serialize';
import { SCHEMA_VERSION, type BoardDocument } from '@/lib/model/types';
import type { BoardChannel, BoardSavedMessage } from './board-channel';
import { createBoardSession, type IncomingBoard, type SessionNoticeKind } from './board-session';
import { JOURNAL_KEY } from './journal';
import { createMemoryBoardStore } from './memory-store';
import { readLastBoard } from './startup';
import { MESSAGES, type BoardStore, type StoredBoardRecord } from './types';
import { createMemoryStorage } from './local-storage';

function channelHub() {
  const tabs = new Set<Set<(message: BoardSavedMessage) => void>>();
  return (): BoardChannel => {
    const listeners = new Set<(message: BoardSavedMessage) => void>();
    tabs.add(listeners);
    return {
      post: (message) => {
        for (const other of tabs) if (other !== listeners) for (const listener of other) setTimeout(() => listener(message), 0);
      },
      subscribe: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      close: () => void tabs.delete(listeners),
    };
  };
}

function fakeEditor() {
  let doc: BoardDocument | null = null;
  let gestureRunning = false;
  const listeners = new Set<(doc: BoardDocument, gestureRunning: boolean) => void>();
  const set = (next: BoardDocument) => {
    if (next === doc) return;
    doc = next;
    for (const listener of listeners) listener(next, gestureRunning);
  };
  const replaced: BoardDocument[] = [];
  return {
    replaced,
    port: {
      load: set,
      replaceFromElsewhere: (next: BoardDocument) => {
        replaced.push(next);
        set(next);
      },
      current: () => {
        if (!doc) throw new Error('no board shown yet');
        return doc;
      },
      setTitle: (title: string) => set({ ...doc!, title }),
      subscribe: (listener: (doc: BoardDocument, gestureRunning: boolean) => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    edit: (change: (doc: BoardDocument) => BoardDocument) => set(change(doc!)),
    drag: (steps: ((doc: BoardDocument) => BoardDocument)[]) => {
      gestureRunning = true;
      for (const step of steps) set(step(doc!));
      gestureRunning = false;
      set({ ...doc! });
    },
  };
}

function fakeNotices() {
  const shown: { id: number; kind: SessionNoticeKind; text: string; actions: { label: string; run: () => void }[] }[] = [];
  let nextId = 1;
  const show = (kind: SessionNoticeKind, text: string, actions: { label: string; run: () => void }[] = []) => {
    shown.push({ id: nextId, kind, text, actions });
    return nextId++;
  };
  return {
    shown,
    port: {
      info: (text: string) => show('info', text),
      warning: (text: string) => show('warning', text),
      error: (text: string) => show('error', text),
      show,
      dismiss: (id: number) => {
        const at = shown.findIndex((n) => n.id === id);
        if (at !== -1) shown.splice(at, 1);
      },
    },
    texts: (kind: SessionNoticeKind) => shown.filter((n) => n.kind === kind).map((n) => n.text),
    action: (label: string) => {
      const notice = shown.find((n) => n.actions.some((a) => a.label === label));
      if (!notice) throw new Error(`no notice offers “${label}”`);
      shown.splice(shown.indexOf(notice), 1);
      notice.actions.find((a) => a.label === label)!.run();
    },
  };
}

/** The memory store, persistent as IndexedDB is, with its writes counted. */
function persistentStore(records: StoredBoardRecord[] = []) {
  const memory = createMemoryBoardStore(records);
  const writes: string[] = [];
  const store: BoardStore = {
    ...memory,
    persistent: true,
    save: (doc, expected) => {
      writes.push(`save ${doc.id}`);
      return memory.save(doc, expected);
    },
    remove: (id) => {
      writes.push(`remove ${id}`);
      return memory.remove(id);
    },
    setLastOpenId: (id) => {
      writes.push(`last-open ${id}`);
      return memory.setLastOpenId(id);
    },
  };
  return { store, writes };
}

let clock = Date.parse('2026-03-01T09:00:00.000Z');
const now = () => (clock += 1000);

/** A tab: a session over the shared store, started the way the page starts it. */
async function openTab(store: BoardStore, hub = channelHub(), options: { autosaveDelayMs?: number; incoming?: IncomingBoard; problem?: string } = {}) {
  const editor = fakeEditor();
  const notices = fakeNotices();
  const journal = createMemoryStorage();
  const session = createBoardSession({ editor: editor.port, notices: notices.port, journal, channel: hub(), now, autosaveDelayMs: options.autosaveDelayMs ?? 0 });
  const problem = options.problem ? { kind: 'unavailable' as const, message: options.problem } : undefined;
  const read = await readLastBoard({ journal, openStore: async () => ({ store, problem }), scope: {} });
  await session.start(read, options.incoming);
  await vi.waitFor(() => expect(session.getState().boards.length).toBeGreaterThan(0));
  return { session, editor, notices, journal };
}

async function seeded(...docs: BoardDocument[]) {
  const { store, writes } = persistentStore();
  for (const doc of docs) expect((await store.save(doc, 0)).ok).toBe(true);
  await store.setLastOpenId(docs.at(-1)!.id);
  writes.length = 0;
  return { store, writes };
}

const titled = (title: string) => (doc: BoardDocument) => ({ ...doc, title });

describe('opening the first board', () => {
  it('restores the last board and writes nothing', async () => {
    const { store, writes } = await seeded(sampleBoard({ id: 'a', title: 'Feed' }));
    const tab = await openTab(store);
    expect(tab.session.getState()).toMatchObject({ boardId: 'a', saveState: 'saved' });
    expect(tab.editor.port.current().title).toBe('Feed');
    expect(writes).toEqual([]);
    expect(tab.notices.shown).toEqual([]);
  });

  it('falls back to a recent board when the last one is from a newer app, and never overwrites it', async () => {
    const newer: StoredBoardRecord = { id: 'n', revision: 4, schemaVersion: SCHEMA_VERSION + 1, document: { ...sampleBoard({ id: 'n' }), updatedAt: '2030-01-01T00:00:00.000Z' } };
    const { store, writes } = persistentStore([newer]);
    await store.save(sampleBoard({ id: 'a', title: 'Older board' }), 0);
    await store.setLastOpenId('n');
    writes.length = 0;
    const tab = await openTab(store);
    expect(tab.notices.texts('error')).toEqual([MESSAGES.newerSchema]);
    expect(tab.session.getState().boardId).toBe('a');
    tab.editor.edit(titled('Edited'));
    await vi.waitFor(() => expect(tab.session.getState().saveState).toBe('saved'));
    expect(writes.filter((w) => w.endsWith(' n'))).toEqual([]);
    expect(await store.load('n')).toMatchObject({ ok: false, kind: 'newer-schema' });
    expect((await store.list()).find((b) => b.id === 'n')).toMatchObject({ revision: 4, schemaVersion: SCHEMA_VERSION + 1 });
  });

  it('opens a new board when the last board cannot be read and there is no other', async () => {
    const { store } = persistentStore([{ id: 'x', revision: 1, schemaVersion: 1, document: 'not a board' }]);
    await store.setLastOpenId('x');
    const tab = await openTab(store);
    expect(tab.notices.texts('error')).toHaveLength(1);
    const { boardId, boards } = tab.session.getState();
    expect(boardId).not.toBe('x');
    expect(tab.editor.port.current()).toMatchObject({ id: boardId, title: 'Untitled board', nodes: [] });
    expect(boards.map((b) => b.id)).toContain(boardId);
  });

  it('says when storage fell back to memory', async () => {
    const tab = await openTab(createMemoryBoardStore(), channelHub(), { problem: MESSAGES.unavailable });
    expect(tab.notices.texts('error')).toEqual([MESSAGES.unavailable]);
    expect(tab.session.getState().saveState).toBe('memory-only');
  });

  it('opens a board passed with the page as a new board, and reports one that could not be read', async () => {
    const { store } = await seeded(sampleBoard({ id: 'a', title: 'Feed' }));
    const shared: IncomingBoard = () => Promise.resolve({ parsed: { ok: true, document: sampleBoard({ title: 'Shared' }), warnings: [] }, source: 'The shared board' });
    const tab = await openTab(store, channelHub(), { incoming: shared });
    expect(tab.editor.port.current().title).toBe('Shared');
    expect(tab.session.getState().boardId).not.toBe('a');
    expect(tab.notices.texts('info')).toEqual(['The shared board opened as a new board: “Shared”.']);

    const damaged: IncomingBoard = () => Promise.resolve({ error: 'The shared link could not be opened: This link is damaged.' });
    const other = await openTab(store, channelHub(), { incoming: damaged });
    expect(other.notices.texts('error')).toEqual(['The shared link could not be opened: This link is damaged.']);
    expect(other.session.getState().boardId).toBe(tab.session.getState().boardId);
  });

  it('starts once however often it is asked', async () => {
    const { store } = await seeded(sampleBoard({ id: 'a' }));
    const editor = fakeEditor();
    const session = createBoardSession({ editor: editor.port, notices: fakeNotices().port, journal: undefined, channel: channelHub()(), now });
    const read = await readLastBoard({ journal: undefined, openStore: async () => ({ store }), scope: {} });
    // Given a finished read, the board is shown before start returns.
    const first = session.start(read);
    expect(session.getState().boardId).toBe('a');
    expect(session.start(read)).toBe(first);
  });
});

describe('editing and saving', () => {
  it('saves an edit, and a drag once it ends', async () => {
    const { store, writes } = await seeded(sampleBoard({ id: 'a' }));
    const tab = await openTab(store);
    tab.editor.drag([(d) => ({ ...d, notes: 'step 1' }), (d) => ({ ...d, notes: 'step 2' })]);
    await vi.waitFor(() => expect(tab.session.getState().saveState).toBe('saved'));
    expect(writes).toEqual(['save a']);
    expect(await store.load('a')).toMatchObject({ ok: true, revision: 2, document: { notes: 'step 2' } });
  });

  it('journals unsaved work when the page goes away, and clears the journal once it is saved', async () => {
    const { store } = await seeded(sampleBoard({ id: 'a' }));
    const tab = await openTab(store, channelHub(), { autosaveDelayMs: 60_000 });
    tab.editor.edit(titled('Not saved yet'));
    tab.session.flushSaves();
    expect(JSON.parse(tab.journal.items.get(JOURNAL_KEY)!)).toMatchObject({ boardId: 'a', baseRevision: 1, document: { title: 'Not saved yet' } });
    await vi.waitFor(() => expect(tab.session.getState().saveState).toBe('saved'));
    expect(tab.journal.items.has(JOURNAL_KEY)).toBe(false);
  });
});

describe('another tab saves the open board', () => {
  it('while this tab is clean: the document is replaced and its revision followed', async () => {
    const { store } = await seeded(sampleBoard({ id: 'a', title: 'Feed' }));
    const hub = channelHub();
    const mine = await openTab(store, hub);
    const theirs = await openTab(store, hub);
    theirs.editor.edit(titled('Their title'));
    await vi.waitFor(() => expect(mine.editor.replaced).toHaveLength(1));
    expect(mine.editor.port.current().title).toBe('Their title');
    // The next save here builds on their revision: no conflict.
    mine.editor.edit((d) => ({ ...d, notes: 'mine after theirs' }));
    await vi.waitFor(() => expect(store.load('a')).resolves.toMatchObject({ revision: 3, document: { title: 'Their title', notes: 'mine after theirs' } }));
    expect(mine.session.getState().saveState).toBe('saved');
    expect(mine.notices.shown).toEqual([]);
  });

  it('while this tab has unsaved edits: a conflict, with nothing overwritten', async () => {
    const { mine, store } = await conflictBetweenTabs();
    expect(mine.session.getState().saveState).toBe('conflict');
    expect(mine.editor.port.current().title).toBe('My title');
    expect(mine.notices.shown.find((n) => n.kind === 'error')?.actions.map((a) => a.label)).toEqual(['Open newer version', 'Keep mine as a copy']);
    expect(await store.load('a')).toMatchObject({ revision: 2, document: { title: 'Their title' } });
  });

  it('resolved “take theirs”: their version opens, mine is kept as a copy', async () => {
    const { mine, store } = await conflictBetweenTabs();
    mine.notices.action('Open newer version');
    await vi.waitFor(() => expect(mine.notices.texts('info')).toHaveLength(1));
    expect(mine.session.getState()).toMatchObject({ boardId: 'a', saveState: 'saved' });
    expect(mine.editor.port.current().title).toBe('Their title');
    const copy = await onlyCopy(store, 'My title (my copy)');
    expect(copy.document).toMatchObject({ title: 'My title (my copy)', nodes: sampleBoard().nodes });
    expect(await store.load('a')).toMatchObject({ revision: 2, document: { title: 'Their title' } });
  });

  it('resolved “keep mine”: my version goes on as a board of its own, theirs is unchanged', async () => {
    const { mine, store } = await conflictBetweenTabs();
    mine.notices.action('Keep mine as a copy');
    await vi.waitFor(() => expect(mine.notices.texts('info')).toHaveLength(1));
    const copy = await onlyCopy(store, 'My title (my copy)');
    expect(mine.session.getState().boardId).toBe(copy.document.id);
    expect(mine.editor.port.current().title).toBe('My title (my copy)');
    mine.editor.edit((d) => ({ ...d, notes: 'still mine' }));
    // This tab's autosave waits a minute (to stay dirty above): write now, as on pagehide.
    mine.session.flushSaves();
    await vi.waitFor(() => expect(store.load(copy.document.id)).resolves.toMatchObject({ revision: 2, document: { notes: 'still mine' } }));
    expect(await store.load('a')).toMatchObject({ revision: 2, document: { title: 'Their title' } });
  });

  it('a save that meets a newer revision (the message never came) is a conflict too', async () => {
    const { store } = await seeded(sampleBoard({ id: 'a', title: 'Feed' }));
    const mine = await openTab(store, channelHub());
    const theirs = await openTab(store, channelHub());
    theirs.editor.edit(titled('Their title'));
    await vi.waitFor(() => expect(theirs.session.getState().saveState).toBe('saved'));
    mine.editor.edit(titled('My title'));
    await vi.waitFor(() => expect(mine.session.getState().saveState).toBe('conflict'));
    expect(mine.notices.shown.filter((n) => n.actions.length)).toHaveLength(1);
    expect(await store.load('a')).toMatchObject({ revision: 2, document: { title: 'Their title' } });
  });
});

/** Two tabs on board “a”; the other saves while this one has an edit not yet saved. */
async function conflictBetweenTabs() {
  const { store } = await seeded(sampleBoard({ id: 'a', title: 'Feed' }));
  const hub = channelHub();
  const mine = await openTab(store, hub, { autosaveDelayMs: 60_000 });
  const theirs = await openTab(store, hub);
  mine.editor.edit(titled('My title'));
  theirs.editor.edit(titled('Their title'));
  await vi.waitFor(() => expect(mine.session.getState().saveState).toBe('conflict'));
  return { mine, theirs, store };
}

async function onlyCopy(store: BoardStore, title: string) {
  const copies = (await store.list()).filter((b) => b.title === title);
  expect(copies).toHaveLength(1);
  const loaded = await store.load(copies[0].id);
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded;
}

describe('the board list', () => {
  it('deleting the open board opens the most recent other one', async () => {
    const { store } = await seeded(
      sampleBoard({ id: 'old', title: 'Old', updatedAt: '2025-01-01T00:00:00.000Z' }),
      sampleBoard({ id: 'recent', title: 'Recent', updatedAt: '2025-06-01T00:00:00.000Z' }),
      sampleBoard({ id: 'open', title: 'Open', updatedAt: '2025-03-01T00:00:00.000Z' }),
    );
    const tab = await openTab(store);
    await tab.session.deleteBoard('open');
    expect(tab.session.getState().boardId).toBe('recent');
    expect(tab.editor.port.current().title).toBe('Recent');
    expect(tab.session.getState().boards.map((b) => b.id)).toEqual(['recent', 'old']);
  });

  it('deleting the only board opens a new empty one', async () => {
    const { store } = await seeded(sampleBoard({ id: 'only' }));
    const tab = await openTab(store);
    await tab.session.deleteBoard('only');
    const { boardId, boards } = tab.session.getState();
    expect(boardId).not.toBe('only');
    expect(tab.editor.port.current()).toMatchObject({ title: 'Untitled board', nodes: [] });
    expect(boards.map((b) => b.id)).toEqual([boardId]);
  });

  it('renames the open board as an edit and another board in storage', async () => {
    const { store } = await seeded(sampleBoard({ id: 'other', title: 'Other' }), sampleBoard({ id: 'open', title: 'Open' }));
    const tab = await openTab(store);
    await tab.session.renameBoard('open', 'Renamed open');
    await tab.session.renameBoard('other', '  ');
    expect(tab.editor.port.current().title).toBe('Renamed open');
    expect(tab.session.getState().boards.map((b) => b.title).sort()).toEqual(['Renamed open', 'Untitled board']);
  });

  it('duplicates a board under a title within the limit', async () => {
    const { store } = await seeded(sampleBoard({ id: 'a', title: 'x'.repeat(200) }));
    const tab = await openTab(store);
    await tab.session.duplicateBoard('a');
    const copy = tab.session.getState().boards.find((b) => b.id !== 'a');
    expect(copy?.title).toHaveLength(200);
    expect(tab.notices.texts('info')).toEqual([`Duplicated as “${copy?.title}”.`]);
  });
});

describe('import', () => {
  it('refuses bad text: the board is unchanged and the user is told why', async () => {
    const { store } = await seeded(sampleBoard({ id: 'a', title: 'Feed' }));
    const tab = await openTab(store);
    const shown = tab.editor.port.current();
    const result = await tab.session.importBoardText('{"type": "design-drill/board", ', '“broken.json”');
    expect(result.ok).toBe(false);
    expect(tab.editor.port.current()).toBe(shown);
    expect(tab.session.getState().boardId).toBe('a');
    expect(tab.notices.texts('error')).toEqual([expect.stringMatching(/^“broken\.json” could not be opened: .+ Your board is unchanged\.$/)]);
    expect((await store.list()).map((b) => b.id)).toEqual(['a']);
  });

  it('opens a good file as a new board, and the open board stays in the list', async () => {
    const { store } = await seeded(sampleBoard({ id: 'a', title: 'Feed' }));
    const tab = await openTab(store);
    await tab.session.importBoardFile({ name: 'search.json', size: 100, text: async () => serializeBoardFile(sampleBoard({ id: 'a', title: 'Search' })) });
    const { boardId } = tab.session.getState();
    expect(boardId).not.toBe('a');
    expect(tab.editor.port.current().title).toBe('Search');
    expect((await store.list()).map((b) => b.id).sort()).toEqual([boardId, 'a'].sort());
  });
});
