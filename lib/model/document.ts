// Small pure helpers over a BoardDocument that every part of lib/ shares.
import { defaultSizeOf, isBoundaryKind } from '@/lib/catalog';
import { SCHEMA_VERSION, UNTITLED_BOARD_TITLE, type BoardDocument, type BoardNode, type Point, type Size } from './types';

let idCounter = 0;
/** Ids only need to be unique within a board; random + counter keeps pastes apart. */
export function newId(prefix = 'n'): string {
  idCounter = (idCounter + 1) % 1_000_000;
  return `${prefix}_${Math.random().toString(36).slice(2, 8)}${idCounter.toString(36)}`;
}

export function createEmptyDocument(title = UNTITLED_BOARD_TITLE, now = new Date()): BoardDocument {
  const stamp = now.toISOString();
  return {
    schemaVersion: SCHEMA_VERSION,
    id: newId('b'),
    title,
    notes: '',
    nodes: [],
    edges: [],
    createdAt: stamp,
    updatedAt: stamp,
  };
}

export function nodeSize(node: BoardNode): Size {
  return node.size ?? defaultSizeOf(node.kind);
}

export function indexNodes(doc: BoardDocument): Map<string, BoardNode> {
  return new Map(doc.nodes.map((n) => [n.id, n]));
}

/** What absolutePosition reads of a node (the parser passes the file's raw placements too). */
type Placed = Pick<BoardNode, 'position' | 'parentId'>;

/** The node's top-left corner in board coordinates, adding up parent offsets. */
export function absolutePosition(node: Placed & Pick<BoardNode, 'id'>, byId: ReadonlyMap<string, Placed>): Point {
  let x = node.position.x;
  let y = node.position.y;
  let parentId = node.parentId;
  const seen = new Set<string>([node.id]);
  while (parentId && !seen.has(parentId)) {
    seen.add(parentId);
    const parent = byId.get(parentId);
    if (!parent) break;
    x += parent.position.x;
    y += parent.position.y;
    parentId = parent.parentId;
  }
  return { x, y };
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function absoluteRect(node: BoardNode, byId: Map<string, BoardNode>): Rect {
  return { ...absolutePosition(node, byId), ...nodeSize(node) };
}

/** The bounding box of all nodes in board coordinates, or null for an empty board. */
export function boardBounds(doc: BoardDocument): Rect | null {
  if (doc.nodes.length === 0) return null;
  const byId = indexNodes(doc);
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const node of doc.nodes) {
    const r = absoluteRect(node, byId);
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.width);
    maxY = Math.max(maxY, r.y + r.height);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** Ids of every node inside the given boundary, at any depth. */
export function descendantIds(doc: BoardDocument, boundaryId: string): Set<string> {
  return descendantsOf(childrenByParent(doc), boundaryId);
}

/** Children of every boundary, so repeated descendant look-ups do not rescan the node list. */
export function childrenByParent(doc: BoardDocument): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const n of doc.nodes) {
    if (!n.parentId) continue;
    const list = children.get(n.parentId);
    if (list) list.push(n.id);
    else children.set(n.parentId, [n.id]);
  }
  return children;
}

/** Like descendantIds, but reusing a prebuilt children index (see childrenByParent). */
export function descendantsOf(children: ReadonlyMap<string, readonly string[]>, boundaryId: string): Set<string> {
  const out = new Set<string>();
  const stack = [...(children.get(boundaryId) ?? [])];
  while (stack.length) {
    const id = stack.pop()!;
    // A parent cycle in a hand-edited file must not loop forever.
    if (out.has(id)) continue;
    out.add(id);
    const kids = children.get(id);
    if (kids) stack.push(...kids);
  }
  return out;
}

export function isBoundary(node: BoardNode): boolean {
  return isBoundaryKind(node.kind);
}

/**
 * Reorders nodes so every parent comes before its children (React Flow requires it),
 * keeping the existing order otherwise. Nodes whose parent is missing keep their place.
 */
export function sortParentsFirst(nodes: BoardNode[]): BoardNode[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const placed = new Set<string>();
  const out: BoardNode[] = [];
  const visiting = new Set<string>();
  const place = (node: BoardNode) => {
    if (placed.has(node.id) || visiting.has(node.id)) return;
    visiting.add(node.id);
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    if (parent) place(parent);
    visiting.delete(node.id);
    placed.add(node.id);
    out.push(node);
  };
  nodes.forEach(place);
  return out;
}
