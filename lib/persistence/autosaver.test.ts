import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleBoard } from '@/lib/model/fixtures/boards';
import type { BoardDocument } from '@/lib/model/types';
import { createAutosaver, createRevisionTrackingSave, type AutosaveStatus } from './autosaver';
import { createMemoryBoardStore } from './memory-store';
import type { SaveResult } from './types';

const doc = (title: string): BoardDocument => sampleBoard({ title });

/** A save whose results the test hands out one by one. */
function controlledSave() {
  const calls: { doc: BoardDocument; resolve: (r: SaveResult) => void }[] = [];
  const save = vi.fn((d: BoardDocument) => new Promise<SaveResult>((resolve) => calls.push({ doc: d, resolve })));
  return { save, calls };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createAutosaver', () => {
  it('saves the latest document once, delayMs after the first change', async () => {
    const statuses: AutosaveStatus[] = [];
    let revision = 0;
    const save = vi.fn(async (_doc: BoardDocument): Promise<SaveResult> => ({ ok: true, revision: ++revision }));
    const autosaver = createAutosaver({ save, delayMs: 500, onStatus: (s) => statuses.push(s) });
    autosaver.schedule(doc('one'));
    autosaver.schedule(doc('two'));
    await vi.advanceTimersByTimeAsync(499);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0][0]).toMatchObject({ title: 'two' });
    expect(statuses).toEqual([{ status: 'saving' }, { status: 'saved', revision: 1 }]);
    expect(autosaver.hasUnsavedChanges()).toBe(false);
  });

  it('a steady stream of edits cannot postpone saving past delayMs (unlike a debounce)', async () => {
    const save = vi.fn(async (_doc: BoardDocument): Promise<SaveResult> => ({ ok: true, revision: 1 }));
    const autosaver = createAutosaver({ save, delayMs: 500 });
    for (let t = 0; t < 2000; t += 100) {
      autosaver.schedule(doc(`edit at ${t}`));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(save).toHaveBeenCalledTimes(4);
    expect(save.mock.calls[0][0]).toMatchObject({ title: 'edit at 400' });
  });

  it('flush() starts the write synchronously (pagehide cannot wait for a timer)', async () => {
    const save = vi.fn(async (_doc: BoardDocument): Promise<SaveResult> => ({ ok: true, revision: 1 }));
    const autosaver = createAutosaver({ save });
    autosaver.schedule(doc('typed just before closing'));
    const flushing = autosaver.flush();
    expect(save).toHaveBeenCalledTimes(1);
    await flushing;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(save).toHaveBeenCalledTimes(1); // the timer was cancelled, not run again
  });

  it('flush() with nothing pending writes nothing', async () => {
    const save = vi.fn(async (_doc: BoardDocument): Promise<SaveResult> => ({ ok: true, revision: 1 }));
    await createAutosaver({ save }).flush();
    expect(save).not.toHaveBeenCalled();
  });

  it('runs one save at a time, then saves what changed meanwhile', async () => {
    const { save, calls } = controlledSave();
    const autosaver = createAutosaver({ save, delayMs: 100 });
    autosaver.schedule(doc('first'));
    await vi.advanceTimersByTimeAsync(100);
    autosaver.schedule(doc('second'));
    autosaver.schedule(doc('third'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toHaveLength(1);
    expect(autosaver.hasUnsavedChanges()).toBe(true);
    calls[0].resolve({ ok: true, revision: 1 });
    await vi.advanceTimersByTimeAsync(100);
    expect(calls.map((c) => c.doc.title)).toEqual(['first', 'third']);
  });

  it('flush() waits for the save in flight, then writes the rest', async () => {
    const { save, calls } = controlledSave();
    const autosaver = createAutosaver({ save, delayMs: 100 });
    autosaver.schedule(doc('first'));
    await vi.advanceTimersByTimeAsync(100);
    autosaver.schedule(doc('second'));
    const flushing = autosaver.flush();
    calls[0].resolve({ ok: true, revision: 1 });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => c.doc.title)).toEqual(['first', 'second']);
    calls[1].resolve({ ok: true, revision: 2 });
    await flushing;
    expect(autosaver.hasUnsavedChanges()).toBe(false);
  });

  it('on a conflict: reports it, stops writing, keeps the newest document until resume()', async () => {
    const statuses: AutosaveStatus[] = [];
    const results: SaveResult[] = [
      { ok: false, kind: 'conflict', storedRevision: 5, stored: doc('other tab'), message: 'changed elsewhere' },
      { ok: true, revision: 6 },
    ];
    const save = vi.fn(async (_doc: BoardDocument) => results.shift()!);
    const autosaver = createAutosaver({ save, delayMs: 100, onStatus: (s) => statuses.push(s) });
    autosaver.schedule(doc('mine'));
    await vi.advanceTimersByTimeAsync(100);
    expect(statuses[1]).toMatchObject({ status: 'conflict', storedRevision: 5, stored: { title: 'other tab' } });
    autosaver.schedule(doc('mine, edited further'));
    await vi.advanceTimersByTimeAsync(5000);
    await autosaver.flush();
    expect(save).toHaveBeenCalledTimes(1); // a stale tab never keeps hammering
    expect(autosaver.hasUnsavedChanges()).toBe(true);
    autosaver.resume();
    await vi.advanceTimersByTimeAsync(100);
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls[1][0]).toMatchObject({ title: 'mine, edited further' });
  });

  it('on a quota error: reports it, does not retry in a loop, retries on the next change', async () => {
    const statuses: AutosaveStatus[] = [];
    const results: SaveResult[] = [{ ok: false, kind: 'quota', message: 'full' }, { ok: true, revision: 1 }];
    const save = vi.fn(async (_doc: BoardDocument) => results.shift()!);
    const autosaver = createAutosaver({ save, delayMs: 100, onStatus: (s) => statuses.push(s) });
    autosaver.schedule(doc('big'));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(statuses).toEqual([{ status: 'saving' }, { status: 'error', kind: 'quota', message: 'full' }]);
    expect(autosaver.hasUnsavedChanges()).toBe(true);
    autosaver.schedule(doc('big, after deleting old boards'));
    await vi.advanceTimersByTimeAsync(100);
    expect(save).toHaveBeenCalledTimes(2);
    expect(statuses.at(-1)).toEqual({ status: 'saved', revision: 1 });
  });

  it('a failed save is retried by flush()', async () => {
    const results: SaveResult[] = [{ ok: false, kind: 'unavailable', message: 'blocked' }, { ok: true, revision: 1 }];
    const save = vi.fn(async (_doc: BoardDocument) => results.shift()!);
    const autosaver = createAutosaver({ save, delayMs: 100 });
    autosaver.schedule(doc('x'));
    await vi.advanceTimersByTimeAsync(100);
    await autosaver.flush();
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls[1][0]).toMatchObject({ title: 'x' });
  });

  it('newer-schema halts like a conflict', async () => {
    const save = vi.fn(async (_doc: BoardDocument): Promise<SaveResult> => ({ ok: false, kind: 'newer-schema', message: 'newer' }));
    const statuses: AutosaveStatus[] = [];
    const autosaver = createAutosaver({ save, delayMs: 100, onStatus: (s) => statuses.push(s) });
    autosaver.schedule(doc('x'));
    await vi.advanceTimersByTimeAsync(100);
    autosaver.schedule(doc('y'));
    await vi.advanceTimersByTimeAsync(1000);
    await autosaver.flush();
    expect(save).toHaveBeenCalledTimes(1);
    expect(statuses.at(-1)).toEqual({ status: 'error', kind: 'newer-schema', message: 'newer' });
  });

  it('a save that throws or rejects becomes an error status, never an unhandled rejection', async () => {
    const statuses: AutosaveStatus[] = [];
    const save = vi.fn().mockImplementationOnce(() => { throw new Error('sync boom'); }).mockRejectedValueOnce(new Error('async boom'));
    const autosaver = createAutosaver({ save, delayMs: 100, onStatus: (s) => statuses.push(s) });
    autosaver.schedule(doc('x'));
    await vi.advanceTimersByTimeAsync(100);
    await autosaver.flush();
    expect(statuses.filter((s) => s.status === 'error').map((s) => s.status === 'error' && s.kind)).toEqual(['other', 'other']);
  });

  it('dispose() cancels the pending save', async () => {
    const save = vi.fn(async (_doc: BoardDocument): Promise<SaveResult> => ({ ok: true, revision: 1 }));
    const autosaver = createAutosaver({ save, delayMs: 100 });
    autosaver.schedule(doc('x'));
    autosaver.dispose();
    autosaver.schedule(doc('y'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).not.toHaveBeenCalled();
  });
});

describe('two tabs through createRevisionTrackingSave', () => {
  it('the stale tab is stopped and the newer work survives', async () => {
    const store = createMemoryBoardStore();
    await store.save(doc('base'), 0);
    const tabA = createRevisionTrackingSave(store, 1);
    const tabB = createRevisionTrackingSave(store, 1);
    const statusesB: AutosaveStatus[] = [];
    const autosaveA = createAutosaver({ save: tabA.save, delayMs: 100 });
    const autosaveB = createAutosaver({ save: tabB.save, delayMs: 100, onStatus: (s) => statusesB.push(s) });

    autosaveA.schedule(doc('A: newer work'));
    await autosaveA.flush();
    expect(tabA.revision).toBe(2);

    autosaveB.schedule(doc('B: stale edit'));
    await autosaveB.flush();
    expect(statusesB.at(-1)).toMatchObject({ status: 'conflict', storedRevision: 2, stored: { title: 'A: newer work' } });
    const stored = await store.load(doc('').id);
    expect(stored.ok && stored.document.title).toBe('A: newer work');

    // B's user chooses to keep theirs: adopt the stored revision and carry on.
    tabB.setRevision(2);
    autosaveB.resume();
    await autosaveB.flush();
    const after = await store.load(doc('').id);
    expect(after.ok && [after.revision, after.document.title]).toEqual([3, 'B: stale edit']);
  });
});
