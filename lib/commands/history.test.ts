import { describe, expect, it } from 'vitest';
import type { BoardDocument } from '@/lib/model/types';
import { moveNodes, setBoardTitle, updateNode } from './edits';
import {
  HISTORY_LIMIT,
  breakCoalescing,
  canRedo,
  canUndo,
  createHistory,
  cancelGesture,
  endGesture,
  record,
  redo,
  undo,
  type History,
} from './history';
import { boardOf, findNode, node } from './test-fixtures';

const start = () => boardOf(node('svc', 'k8s-service', 0, 0), node('db', 'relational-db', 300, 0)).doc;
const titled = (doc: BoardDocument, title: string) => setBoardTitle(doc, title);
const moved = (doc: BoardDocument, x: number) => moveNodes(doc, new Map([['svc', { x, y: 0 }]]));

/** Records one plain edit. */
const edit = (h: History, change: (d: BoardDocument) => BoardDocument) => record(h, change(h.present));

describe('record, undo and redo', () => {
  it('starts with nothing to undo or redo', () => {
    const h = createHistory(start());
    expect(canUndo(h)).toBe(false);
    expect(canRedo(h)).toBe(false);
    expect(undo(h).present).toBe(h.present);
    expect(redo(h).present).toBe(h.present);
  });

  it('undoes and redoes edits step by step, restoring the exact documents', () => {
    const d0 = start();
    let h = createHistory(d0);
    h = edit(h, (d) => titled(d, 'one'));
    const d1 = h.present;
    h = edit(h, (d) => titled(d, 'two'));
    const d2 = h.present;

    h = undo(h);
    expect(h.present).toBe(d1);
    h = undo(h);
    expect(h.present).toBe(d0);
    expect(canUndo(h)).toBe(false);
    expect(canRedo(h)).toBe(true);

    h = redo(h);
    expect(h.present).toBe(d1);
    h = redo(h);
    expect(h.present).toBe(d2);
    expect(canRedo(h)).toBe(false);
  });

  it('ignores a no-op edit (the same document object)', () => {
    const h = createHistory(start());
    expect(record(h, h.present)).toBe(h);
  });

  it(`keeps at least 100 steps (HISTORY_LIMIT = ${HISTORY_LIMIT})`, () => {
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(100);
    const d0 = start();
    let h = createHistory(d0);
    for (let i = 1; i <= 100; i++) h = edit(h, (d) => titled(d, `step ${i}`));
    for (let i = 99; i >= 1; i--) {
      h = undo(h);
      expect(h.present.title).toBe(`step ${i}`);
    }
    h = undo(h);
    expect(h.present).toBe(d0);
  });

  it('drops the oldest steps beyond the limit, never more', () => {
    let h = createHistory(start());
    const total = HISTORY_LIMIT + 25;
    for (let i = 1; i <= total; i++) h = edit(h, (d) => titled(d, `step ${i}`));
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    let undone = 0;
    while (canUndo(h)) {
      h = undo(h);
      undone++;
    }
    expect(undone).toBe(HISTORY_LIMIT);
    expect(h.present.title).toBe(`step ${total - HISTORY_LIMIT}`);
    // Redo still reaches the newest state.
    while (canRedo(h)) h = redo(h);
    expect(h.present.title).toBe(`step ${total}`);
  });

  it('a new edit clears redo', () => {
    let h = createHistory(start());
    h = edit(h, (d) => titled(d, 'one'));
    h = edit(h, (d) => titled(d, 'two'));
    h = undo(h);
    expect(canRedo(h)).toBe(true);
    h = edit(h, (d) => titled(d, 'branch'));
    expect(canRedo(h)).toBe(false);
    expect(redo(h).present.title).toBe('branch');
    h = undo(h);
    expect(h.present.title).toBe('one');
  });

  it('selection changes (which never touch the history) keep redo available', () => {
    let h = createHistory(start());
    h = edit(h, (d) => titled(d, 'one'));
    h = undo(h);
    // The UI changes its selection here: selection is not part of the document, so the
    // history is not recorded. A click may still start (and end) an empty drag, which
    // breaks coalescing and ends a gesture that never changed anything.
    h = breakCoalescing(h);
    h = endGesture(h);
    expect(canRedo(h)).toBe(true);
    h = redo(h);
    expect(h.present.title).toBe('one');
  });

  it('does not mutate the history it is given', () => {
    const h = createHistory(start());
    const h1 = edit(h, (d) => titled(d, 'one'));
    const frozenPast = [...h1.past];
    undo(h1);
    redo(undo(h1));
    edit(h1, (d) => titled(d, 'two'));
    expect(h1.past).toEqual(frozenPast);
    expect(h.past).toEqual([]);
  });
});

describe('gestures (a drag is one undo step)', () => {
  it('many gesture frames then endGesture make one step; undo restores exactly the pre-drag document', () => {
    const before = start();
    let h = createHistory(before);
    for (let x = 1; x <= 30; x++) h = record(h, moved(h.present, x * 10), { gesture: true });
    expect(findNode(h.present, 'svc').position.x).toBe(300);
    h = endGesture(h);
    expect(h.past).toEqual([before]);
    const after = h.present;

    h = undo(h);
    expect(h.present).toBe(before);
    expect(canUndo(h)).toBe(false);
    h = redo(h);
    expect(h.present).toBe(after);
  });

  it('can undo while the gesture runs (counted as one step)', () => {
    const before = start();
    let h = createHistory(before);
    h = record(h, moved(h.present, 10), { gesture: true });
    expect(canUndo(h)).toBe(true);
  });

  it('undo during a running gesture ends it first, then undoes it', () => {
    const d0 = start();
    let h = createHistory(d0);
    h = edit(h, (d) => titled(d, 'one'));
    const d1 = h.present;
    h = record(h, moved(h.present, 10), { gesture: true });
    h = record(h, moved(h.present, 20), { gesture: true });
    const dragged = h.present;

    h = undo(h);
    expect(h.present).toBe(d1);
    expect(h.gestureBase).toBeNull();
    h = redo(h);
    expect(h.present).toBe(dragged);
    h = undo(h);
    h = undo(h);
    expect(h.present).toBe(d0);
  });

  it('a gesture that ends where it started adds no step', () => {
    const before = start();
    let h = createHistory(before);
    h = record(h, moved(h.present, 50), { gesture: true });
    h = record(h, before, { gesture: true });
    h = endGesture(h);
    expect(h.past).toEqual([]);
    expect(h.gestureBase).toBeNull();
    expect(canUndo(h)).toBe(false);
  });

  it('endGesture without a running gesture changes nothing', () => {
    const h = createHistory(start());
    expect(endGesture(h)).toBe(h);
  });

  it('a plain edit after an unfinished gesture records the gesture as its own step', () => {
    const d0 = start();
    let h = createHistory(d0);
    h = record(h, moved(h.present, 40), { gesture: true });
    const dragged = h.present;
    h = edit(h, (d) => titled(d, 'renamed'));
    expect(h.past).toEqual([d0, dragged]);
  });

  it('cancelGesture restores the document the gesture started from and records nothing', () => {
    let h = createHistory(start());
    h = edit(h, (d) => titled(d, 'one'));
    h = undo(h);
    const before = h.present;
    h = record(h, moved(h.present, 10), { gesture: true });
    h = record(h, moved(h.present, 20), { gesture: true });
    h = cancelGesture(h);
    expect(h.present).toBe(before);
    expect(h.gestureBase).toBeNull();
    expect(h.past).toEqual([]);
    expect(canRedo(h)).toBe(true);
  });

  it('cancelGesture without a running gesture changes nothing', () => {
    let h = createHistory(start());
    h = edit(h, (d) => titled(d, 'one'));
    expect(cancelGesture(h)).toBe(h);
  });

  it('a gesture clears redo once it ends', () => {
    let h = createHistory(start());
    h = edit(h, (d) => titled(d, 'one'));
    h = undo(h);
    h = record(h, moved(h.present, 10), { gesture: true });
    h = endGesture(h);
    expect(canRedo(h)).toBe(false);
  });
});

describe('coalescing (typing is one undo step)', () => {
  const typeLabel = (h: History, text: string) => record(h, updateNode(h.present, 'svc', { label: text }), { coalesceKey: 'label:svc' });

  it('consecutive edits with the same key merge into one step', () => {
    const d0 = start();
    let h = createHistory(d0);
    for (const text of ['O', 'Or', 'Ord', 'Orders']) h = typeLabel(h, text);
    expect(findNode(h.present, 'svc').label).toBe('Orders');
    expect(h.past).toEqual([d0]);
    h = undo(h);
    expect(h.present).toBe(d0);
    h = redo(h);
    expect(findNode(h.present, 'svc').label).toBe('Orders');
  });

  it('breakCoalescing (e.g. on blur) makes the next edit a new step', () => {
    const d0 = start();
    let h = createHistory(d0);
    h = typeLabel(h, 'Orders');
    const typed = h.present;
    h = breakCoalescing(h);
    h = typeLabel(h, 'Orders API');
    expect(h.past).toEqual([d0, typed]);
    h = undo(h);
    expect(h.present).toBe(typed);
  });

  it('breakCoalescing with nothing to break changes nothing', () => {
    const h = createHistory(start());
    expect(breakCoalescing(h)).toBe(h);
  });

  it('an edit with another key (or none) ends the merge', () => {
    const d0 = start();
    let h = createHistory(d0);
    h = typeLabel(h, 'Orders');
    h = record(h, updateNode(h.present, 'svc', { notes: 'why' }), { coalesceKey: 'notes:svc' });
    h = typeLabel(h, 'Orders API');
    expect(h.past).toHaveLength(3);
    h = edit(h, (d) => titled(d, 'board'));
    h = typeLabel(h, 'Orders API v2');
    expect(h.past).toHaveLength(5);
  });

  it('undo ends the merge, so typing after it is a new step', () => {
    const d0 = start();
    let h = createHistory(d0);
    h = typeLabel(h, 'A');
    h = edit(h, (d) => titled(d, 'board'));
    h = undo(h);
    const afterUndo = h.present;
    h = typeLabel(h, 'AB');
    expect(h.past[h.past.length - 1]).toBe(afterUndo);
    h = undo(h);
    expect(h.present).toBe(afterUndo);
  });

  it('a gesture ends the merge', () => {
    const d0 = start();
    let h = createHistory(d0);
    h = typeLabel(h, 'A');
    const typed = h.present;
    h = record(h, moved(h.present, 10), { gesture: true });
    h = endGesture(h);
    const dragged = h.present;
    h = typeLabel(h, 'AB');
    expect(h.past).toEqual([d0, typed, dragged]);
  });

  it('a merged edit clears redo', () => {
    let h = createHistory(start());
    h = typeLabel(h, 'A');
    h = edit(h, (d) => titled(d, 'board'));
    h = undo(h);
    h = typeLabel(h, 'AB');
    h = typeLabel(h, 'ABC');
    expect(canRedo(h)).toBe(false);
  });
});
