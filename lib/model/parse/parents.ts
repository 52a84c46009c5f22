// Parent repair: a node whose parent is missing or cannot hold children moves to the top
// level where it was drawn; a cycle among boundaries is broken at its first member.
import { isBoundaryKind } from '@/lib/catalog';
import { absolutePosition, sortParentsFirst } from '../document';
import { isValidId } from '../field-table';
import { isRawObject, own } from '../raw-object';
import type { BoardNode, Point } from '../types';
import { clampCoordinate, isFiniteNumber } from './fields';
import type { Repairs } from './repairs';

/** Where each node id of the file sat, relative to its parent, as the file said. */
export type Placements = Map<string, { position: Point; parentId?: string }>;

/** A node dropped for its kind still tells where its children were drawn. */
export function rememberDroppedPlacement(raw: unknown, placements: Placements): void {
  if (!isRawObject(raw)) return;
  const id = own(raw, 'id');
  const position = own(raw, 'position');
  if (!isValidId(id) || placements.has(id) || !isRawObject(position)) return;
  const x = own(position, 'x');
  const y = own(position, 'y');
  if (!isFiniteNumber(x) || !isFiniteNumber(y)) return;
  const parentId = own(raw, 'parentId');
  placements.set(id, { position: { x, y }, parentId: isValidId(parentId) ? parentId : undefined });
}

/** `kept` with every parent valid and acyclic, sorted parents first. `owners` maps a file id to the node that owns it. */
export function repairParents(kept: BoardNode[], owners: Map<string, BoardNode>, placements: Placements, repairs: Repairs): BoardNode[] {
  detachFromInvalidParents(kept, owners, placements, repairs);
  breakParentCycles(kept, owners, repairs);
  return sortParentsFirst(kept);
}

// Parents that do not exist or cannot hold children: the node moves to the top level
// where it was drawn. Offsets are read from the file's original placements.
function detachFromInvalidParents(kept: BoardNode[], owners: Map<string, BoardNode>, placements: Placements, repairs: Repairs): void {
  const detachKeepingPlace = (node: BoardNode, parentId: string) => {
    const parent = placements.get(parentId);
    const offset = parent ? absolutePosition({ id: parentId, ...parent }, placements) : { x: 0, y: 0 };
    node.position = { x: clampCoordinate(node.position.x + offset.x), y: clampCoordinate(node.position.y + offset.y) };
    delete node.parentId;
  };
  for (const node of kept) {
    const parentId = node.parentId;
    if (parentId === undefined) continue;
    if (parentId === node.id) continue; // a self-parent is a cycle, handled below
    const parent = owners.get(parentId);
    if (!parent) {
      repairs.add('parent-missing');
      detachKeepingPlace(node, parentId);
    } else if (!isBoundaryKind(parent.kind)) {
      repairs.add('parent-not-boundary');
      detachKeepingPlace(node, parentId);
    }
  }
}

// Cycles among boundaries (A inside B inside A): the member that comes first in the file
// moves to the top level; its position has no well-defined meaning, so it is kept.
function breakParentCycles(kept: BoardNode[], owners: Map<string, BoardNode>, repairs: Repairs): void {
  const order = new Map(kept.map((node, index) => [node, index]));
  const state = new Map<BoardNode, 'walking' | 'done'>();
  for (const start of kept) {
    const path: BoardNode[] = [];
    let current: BoardNode | undefined = start;
    while (current && !state.has(current)) {
      state.set(current, 'walking');
      path.push(current);
      current = current.parentId !== undefined ? owners.get(current.parentId) : undefined;
    }
    if (current && state.get(current) === 'walking') {
      const cycle = path.slice(path.indexOf(current));
      const first = cycle.reduce((a, b) => (order.get(a)! <= order.get(b)! ? a : b));
      delete first.parentId;
      repairs.add('parent-cycle');
    }
    for (const node of path) state.set(node, 'done');
  }
}
