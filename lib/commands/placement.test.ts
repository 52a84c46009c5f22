import { describe, expect, it } from 'vitest';
import { boardOf, node } from './test-fixtures';
import { CASCADE_STEP, cascadedAt, centredAt } from './placement';

const size = { width: 100, height: 40 };

describe('centredAt', () => {
  it('puts the centre of the node on the point', () => {
    expect(centredAt({ x: 200, y: 100 }, size)).toEqual({ x: 150, y: 80 });
  });
});

describe('cascadedAt', () => {
  it('is centredAt on a board with nothing there', () => {
    const doc = boardOf(node('far', 'cache', 1000, 1000)).doc;
    expect(cascadedAt(doc, { x: 200, y: 100 }, size)).toEqual(centredAt({ x: 200, y: 100 }, size));
  });

  it('steps down and right past each node already at the spot', () => {
    const corner = centredAt({ x: 200, y: 100 }, size);
    const doc = boardOf(
      node('first', 'cache', corner.x, corner.y),
      node('second', 'cache', corner.x + CASCADE_STEP + 3, corner.y + CASCADE_STEP - 3),
    ).doc;
    expect(cascadedAt(doc, { x: 200, y: 100 }, size)).toEqual({ x: corner.x + 2 * CASCADE_STEP, y: corner.y + 2 * CASCADE_STEP });
  });

  it('compares board positions, so a child counts where it is drawn, not where its offset points', () => {
    const corner = centredAt({ x: 200, y: 100 }, size);
    const doc = boardOf(
      node('vpc', 'vpc', corner.x - 40, corner.y - 60, { size: { width: 400, height: 300 } }),
      node('child', 'cache', 40, 60, { parentId: 'vpc' }),
    ).doc;
    expect(cascadedAt(doc, { x: 200, y: 100 }, size)).toEqual({ x: corner.x + CASCADE_STEP, y: corner.y + CASCADE_STEP });
  });
});
