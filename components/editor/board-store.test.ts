import { beforeEach, describe, expect, it } from 'vitest';
import { canRedo, canUndo } from '@/lib/commands/history';
import { addNode, deleteElements, moveNodes } from '@/lib/commands/edits';
import { boardOf, node, screenPosition } from '@/lib/commands/test-fixtures';
import { currentDoc, useBoardStore } from './board-store';

const store = () => useBoardStore.getState();
const selectedNodes = () => [...store().selection.nodeIds].sort();
const selectedEdges = () => [...store().selection.edgeIds].sort();

beforeEach(() => {
  store().load(boardOf(node('a', 'api-gateway', 0, 0), node('b', 'cache', 200, 0)).edge('a', 'b').doc);
});

describe('selection follows the document', () => {
  it('undoing the edit that added a selected node drops it from the selection, and keeps the rest', () => {
    store().apply((d) => addNode(d, node('c', 'cache', 400, 0)));
    store().select(['a', 'c']);
    store().undo();
    expect(selectedNodes()).toEqual(['a']);
  });

  it('redoing a delete drops the deleted node and its edge from the selection', () => {
    store().apply((d) => deleteElements(d, new Set(['b']), new Set()));
    store().undo();
    store().select(['a', 'b'], ['a->b']);
    store().redo();
    expect(selectedNodes()).toEqual(['a']);
    expect(selectedEdges()).toEqual([]);
  });

  it('keeps the same selection object when nothing selected was removed (no re-render)', () => {
    store().apply((d) => addNode(d, node('c', 'cache', 400, 0)));
    store().select(['a']);
    const before = store().selection;
    store().undo();
    expect(store().selection).toBe(before);
  });

  it("another tab's copy of the board keeps the selection of what still exists", () => {
    store().select(['a', 'b']);
    const { doc } = boardOf(node('a', 'api-gateway', 0, 0));
    store().replaceFromElsewhere(doc);
    expect(selectedNodes()).toEqual(['a']);
    expect(canUndo(store().history)).toBe(false);
  });
});

describe('a drag is one gesture', () => {
  const dragTo = (x: number) => store().apply((d) => moveNodes(d, new Map([['a', { x, y: 0 }]])), { gesture: true });

  it('every frame moves the node, and the whole drag is one undo step', () => {
    const start = currentDoc();
    for (const x of [10, 20, 30]) dragTo(x);
    expect(screenPosition(currentDoc(), 'a')).toEqual({ x: 30, y: 0 });
    store().endGesture();
    expect(canUndo(store().history)).toBe(true);
    store().undo();
    expect(currentDoc()).toBe(start);
    expect(canUndo(store().history)).toBe(false);
  });

  it('a cancelled drag puts the board back and leaves no undo step', () => {
    const start = currentDoc();
    dragTo(10);
    dragTo(20);
    store().cancelGesture();
    expect(currentDoc()).toBe(start);
    expect(canUndo(store().history)).toBe(false);
  });
});

describe('the failure simulation leaves the board untouched', () => {
  it('starts with nothing selected or highlighted, and refuses edits, undo and redo', () => {
    store().apply((d) => addNode(d, node('c', 'cache', 400, 0)));
    store().undo();
    store().select(['a']);
    store().setHighlighted(['b']);
    const before = currentDoc();
    store().startSimulation();
    expect(selectedNodes()).toEqual([]);
    expect(store().highlightedIds.size).toBe(0);

    store().apply((d) => deleteElements(d, new Set(['a']), new Set()));
    store().redo();
    expect(currentDoc()).toBe(before);
    store().undo();
    expect(currentDoc()).toBe(before);
    expect(canRedo(store().history)).toBe(true);
  });

  it('ending it restores the selection it started with', () => {
    store().select(['a', 'b'], ['a->b']);
    store().startSimulation();
    store().toggleFailed('a');
    store().endSimulation();
    expect(store().simulation).toBeNull();
    expect(selectedNodes()).toEqual(['a', 'b']);
    expect(selectedEdges()).toEqual(['a->b']);
  });

  it('failing and bringing back a component is never an edit', () => {
    const before = currentDoc();
    store().startSimulation();
    store().toggleFailed('a');
    expect([...store().simulation!.failedIds]).toEqual(['a']);
    store().setAllReplicasFailed('a', true);
    expect([...store().simulation!.allReplicasIds]).toEqual(['a']);
    store().toggleFailed('a');
    expect(store().simulation!.failedIds.size).toBe(0);
    expect(store().simulation!.allReplicasIds.size).toBe(0);
    store().endSimulation();
    expect(currentDoc()).toBe(before);
    expect(canUndo(store().history)).toBe(false);
  });

  it('opening another board ends it', () => {
    store().startSimulation();
    store().load(boardOf(node('x', 'cache', 0, 0)).doc);
    expect(store().simulation).toBeNull();
  });
});

describe('the build-up view filter (hiddenIds)', () => {
  it('hides without touching the document or the history, and opening a board clears it', () => {
    const before = currentDoc();
    store().setHidden(['b']);
    expect([...store().hiddenIds]).toEqual(['b']);
    expect(currentDoc()).toBe(before);
    expect(canUndo(store().history)).toBe(false);
    store().load(boardOf(node('c', 'cache', 0, 0)).doc);
    expect(store().hiddenIds.size).toBe(0);
  });
});
