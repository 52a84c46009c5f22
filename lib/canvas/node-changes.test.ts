import { describe, expect, it } from 'vitest';
import { dragStepPositions, readNodeChanges, selectionAfter, type NodeChangeLike } from './node-changes';

describe('dragStepPositions', () => {
  it('gives the rounded positions of a batch made only of drag steps', () => {
    const changes: NodeChangeLike[] = [
      { type: 'position', id: 'a', position: { x: 10.4, y: 19.6 }, dragging: true },
      { type: 'position', id: 'b', position: { x: -3.5, y: 0 }, dragging: true },
    ];
    expect(dragStepPositions(changes)).toEqual([
      ['a', { x: 10, y: 20 }],
      ['b', { x: -3, y: 0 }],
    ]);
  });

  it('is null when anything else is in the batch (a drop, a selection, a measurement)', () => {
    const step: NodeChangeLike = { type: 'position', id: 'a', position: { x: 1, y: 1 }, dragging: true };
    expect(dragStepPositions([step, { type: 'position', id: 'a', position: { x: 1, y: 1 }, dragging: false }])).toBeNull();
    expect(dragStepPositions([step, { type: 'select', id: 'a', selected: true }])).toBeNull();
    expect(dragStepPositions([{ type: 'position', id: 'a', dragging: true }])).toBeNull();
    expect(dragStepPositions([step, { type: 'dimensions', id: 'a', dimensions: { width: 5, height: 5 } }])).toBeNull();
  });
});

describe('readNodeChanges', () => {
  it('collects moves, rounded, the last position per node winning', () => {
    const effect = readNodeChanges(
      [
        { type: 'position', id: 'a', position: { x: 1.2, y: 2.7 } },
        { type: 'position', id: 'b', position: { x: 5, y: 5 } },
        { type: 'position', id: 'a', position: { x: 7.5, y: 8 } },
      ],
      [],
    );
    expect(effect.positions).toEqual(new Map([['a', { x: 8, y: 8 }], ['b', { x: 5, y: 5 }]]));
    expect(effect.resizes).toEqual([]);
    expect(effect.selection).toBeNull();
  });

  it('turns a resize from the handles into a resize that carries the move reported with it', () => {
    const effect = readNodeChanges(
      [
        { type: 'position', id: 'note', position: { x: 40.4, y: 60 } },
        { type: 'dimensions', id: 'note', dimensions: { width: 300, height: 200 }, setAttributes: true },
        { type: 'dimensions', id: 'vpc', dimensions: { width: 500, height: 400 }, setAttributes: true },
      ],
      [],
    );
    expect(effect.resizes).toEqual([
      { id: 'note', size: { width: 300, height: 200 }, position: { x: 40, y: 60 } },
      { id: 'vpc', size: { width: 500, height: 400 } },
    ]);
    expect(effect.positions.size).toBe(0);
  });

  it('ignores plain DOM measurements and changes it does not handle', () => {
    const effect = readNodeChanges(
      [
        { type: 'dimensions', id: 'a', dimensions: { width: 184, height: 64 } },
        { type: 'remove' },
        { type: 'position', id: 'b' },
      ],
      ['a'],
    );
    expect(effect).toEqual({ positions: new Map(), resizes: [], selection: null });
  });

  it('applies select changes to the current selection without changing the one passed in', () => {
    const current = new Set(['a', 'b']);
    const { selection } = readNodeChanges(
      [
        { type: 'select', id: 'a', selected: false },
        { type: 'select', id: 'c', selected: true },
      ],
      current,
    );
    expect(selection).toEqual(new Set(['b', 'c']));
    expect(current).toEqual(new Set(['a', 'b']));
  });
});

describe('selectionAfter', () => {
  it('reports a selection, even an unchanged one, when any select change is in the batch', () => {
    expect(selectionAfter([{ type: 'select', id: 'e1', selected: true }], ['e1'])).toEqual(new Set(['e1']));
    expect(selectionAfter([{ type: 'remove', id: 'e1' }], ['e1'])).toBeNull();
    expect(selectionAfter([], [])).toBeNull();
  });
});
