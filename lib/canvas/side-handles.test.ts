import { describe, expect, it } from 'vitest';
import { HANDLE_SIZE, sideHandles } from './side-handles';

const centre = (h: { x: number; y: number; width: number; height: number }) => ({ x: h.x + h.width / 2, y: h.y + h.height / 2 });

describe('sideHandles', () => {
  it('centres one handle on the middle of each side', () => {
    const handles = sideHandles(184, 64);
    expect(handles.map((h) => [h.id, centre(h)])).toEqual([
      ['top', { x: 92, y: 0 }],
      ['right', { x: 184, y: 32 }],
      ['bottom', { x: 92, y: 64 }],
      ['left', { x: 0, y: 32 }],
    ]);
  });

  it('gives every handle the CSS box size and makes each side a source (loose mode)', () => {
    for (const h of sideHandles(400, 300)) {
      expect(h).toMatchObject({ type: 'source', position: h.id, width: HANDLE_SIZE, height: HANDLE_SIZE });
    }
  });

  it('follows the node size (a resized boundary)', () => {
    const [top, right, bottom, left] = sideHandles(600, 420);
    expect(centre(top)).toEqual({ x: 300, y: 0 });
    expect(centre(right)).toEqual({ x: 600, y: 210 });
    expect(centre(bottom)).toEqual({ x: 300, y: 420 });
    expect(centre(left)).toEqual({ x: 0, y: 210 });
  });
});
