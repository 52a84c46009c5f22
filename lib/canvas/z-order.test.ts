import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { boundaryZIndex, SELECTED_NODE_LIFT } from './z-order';

describe('boundaryZIndex', () => {
  it('a selected boundary ends up where an unselected one is, below components (z 0)', () => {
    expect(boundaryZIndex(true) + SELECTED_NODE_LIFT).toBe(boundaryZIndex(false));
    expect(boundaryZIndex(false)).toBeLessThan(0);
  });

  it('matches the lift React Flow applies to a selected node', () => {
    const source = readFileSync(fileURLToPath(new URL('../../node_modules/@xyflow/system/dist/esm/index.js', import.meta.url)), 'utf8');
    expect(source).toMatch(new RegExp(`SELECTED_NODE_Z = ${SELECTED_NODE_LIFT}\\b`));
  });
});
