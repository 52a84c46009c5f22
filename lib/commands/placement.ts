// Where a component added from the palette goes: centred on a point of the board, and, for a
// click (not a drop), moved down and right past nodes already there, so repeated clicks
// cascade instead of stacking nodes exactly on top of each other.
import { absoluteRect, indexNodes } from '@/lib/model/document';
import type { BoardDocument, Point, Size } from '@/lib/model/types';

/** How far each cascade step moves the new node, down and right. */
export const CASCADE_STEP = 24;
/** A node whose corner is closer than this (on both axes) counts as in the way. */
const STACKED_WITHIN = 8;

/** The top-left corner of a node of `size` centred on `centre`. */
export function centredAt(centre: Point, size: Size): Point {
  return { x: centre.x - size.width / 2, y: centre.y - size.height / 2 };
}

/** Like centredAt, moved down and right in steps until no node of `doc` has its corner there. */
export function cascadedAt(doc: BoardDocument, centre: Point, size: Size): Point {
  const byId = indexNodes(doc);
  const taken = doc.nodes.map((n) => absoluteRect(n, byId));
  let { x, y } = centredAt(centre, size);
  while (taken.some((r) => Math.abs(r.x - x) < STACKED_WITHIN && Math.abs(r.y - y) < STACKED_WITHIN)) {
    x += CASCADE_STEP;
    y += CASCADE_STEP;
  }
  return { x, y };
}
