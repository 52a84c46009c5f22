// Document edits as pure functions: (doc, args) -> doc. They never mutate their input and
// return the same object when nothing changes, so the history can skip no-op steps and
// unchanged nodes keep their identity (React Flow then re-renders only what changed).
import { defaultSizeOf, getKind, isBoundaryKind, isResizableKind, BOUNDARY_MIN_SIZE } from '@/lib/catalog';
import {
  absolutePosition,
  absoluteRect,
  descendantIds,
  indexNodes,
  newId,
  nodeSize,
  sortParentsFirst,
} from '@/lib/model/document';
import { pendingSuggestion } from '@/lib/model/suggestions';
import {
  UNTITLED_BOARD_TITLE,
  type BoardDocument,
  type BoardEdge,
  type BoardNode,
  type EdgeKind,
  type HandleSide,
  type Point,
  type Size,
} from '@/lib/model/types';

function withNodes(doc: BoardDocument, nodes: BoardNode[]): BoardDocument {
  return { ...doc, nodes };
}

/**
 * A fresh node of a catalog kind at a board (absolute) position. Replicas, instance, cost and
 * tags start empty: the kind's usual values are only suggested (lib/model/suggestions.ts).
 */
export function createNode(kindId: string, position: Point, id = newId()): BoardNode {
  const kind = getKind(kindId);
  if (!kind) throw new Error(`Unknown component kind "${kindId}"`);
  const node: BoardNode = {
    id,
    kind: kindId,
    position: { x: Math.round(position.x), y: Math.round(position.y) },
    label: kind.label,
    tags: [],
    notes: '',
  };
  if (isResizableKind(kindId)) node.size = { ...defaultSizeOf(kindId) };
  if (kindId === 'note') node.label = 'Note';
  return node;
}

/**
 * Adds a node whose top-left is at `position` in board coordinates. If it lands inside a
 * boundary it becomes that boundary's child, exactly as if it had been dragged there; a
 * boundary dropped over components adopts them.
 */
export function addNode(doc: BoardDocument, node: BoardNode): BoardDocument {
  const added = withNodes(doc, [...doc.nodes, node]);
  return adoptCoveredNodes(reparentToContainingBoundary(added, [node.id]), [node.id]);
}

export interface ConnectArgs {
  source: string;
  target: string;
  sourceHandle?: HandleSide | null;
  targetHandle?: HandleSide | null;
  kind?: EdgeKind;
  label?: string;
  id?: string;
}

export function connect(doc: BoardDocument, args: ConnectArgs): BoardDocument {
  if (args.source === args.target) return doc;
  const ids = new Set(doc.nodes.map((n) => n.id));
  if (!ids.has(args.source) || !ids.has(args.target)) return doc;
  const duplicate = doc.edges.some(
    (e) =>
      e.source === args.source &&
      e.target === args.target &&
      (e.sourceHandle ?? null) === (args.sourceHandle ?? null) &&
      (e.targetHandle ?? null) === (args.targetHandle ?? null),
  );
  if (duplicate) return doc;
  const edge: BoardEdge = {
    id: args.id ?? newId('e'),
    source: args.source,
    target: args.target,
    label: args.label ?? '',
    kind: args.kind ?? 'sync',
  };
  if (args.sourceHandle) edge.sourceHandle = args.sourceHandle;
  if (args.targetHandle) edge.targetHandle = args.targetHandle;
  return { ...doc, edges: [...doc.edges, edge] };
}

/** Moves an existing edge to new endpoints (React Flow's "reconnect"). */
export function reconnectEdge(doc: BoardDocument, edgeId: string, to: ConnectArgs): BoardDocument {
  const edge = doc.edges.find((e) => e.id === edgeId);
  if (!edge || to.source === to.target) return doc;
  const unchanged =
    edge.source === to.source &&
    edge.target === to.target &&
    (edge.sourceHandle ?? null) === (to.sourceHandle ?? null) &&
    (edge.targetHandle ?? null) === (to.targetHandle ?? null);
  if (unchanged) return doc;
  const without = { ...doc, edges: doc.edges.filter((e) => e.id !== edgeId) };
  const next = connect(without, { ...to, id: edge.id, kind: edge.kind, label: edge.label });
  if (next === without) return doc;
  // Keep the edge in its old place in the list so exports stay stable.
  const moved = next.edges[next.edges.length - 1];
  return { ...doc, edges: doc.edges.map((e) => (e.id === edgeId ? moved : e)) };
}

/** Deletes nodes (with everything inside deleted boundaries), their edges, and edges. */
export function deleteElements(
  doc: BoardDocument,
  nodeIds: Iterable<string>,
  edgeIds: Iterable<string> = [],
): BoardDocument {
  const doomed = new Set(nodeIds);
  for (const id of [...doomed]) for (const d of descendantIds(doc, id)) doomed.add(d);
  const doomedEdges = new Set(edgeIds);
  if (doomed.size === 0 && doomedEdges.size === 0) return doc;
  const nodes = doc.nodes.filter((n) => !doomed.has(n.id));
  const edges = doc.edges.filter(
    (e) => !doomedEdges.has(e.id) && !doomed.has(e.source) && !doomed.has(e.target),
  );
  if (nodes.length === doc.nodes.length && edges.length === doc.edges.length) return doc;
  return { ...doc, nodes, edges };
}

export type NodePatch = Partial<
  Pick<BoardNode, 'label' | 'replicas' | 'instance' | 'monthlyCostUsd' | 'tags' | 'notes'>
>;

export function updateNode(doc: BoardDocument, id: string, patch: NodePatch): BoardDocument {
  let changed = false;
  const nodes = doc.nodes.map((n) => {
    if (n.id !== id) return n;
    const next: BoardNode = { ...n };
    for (const [key, value] of Object.entries(patch) as [keyof NodePatch, unknown][]) {
      if (value === undefined) {
        if (key in next) {
          delete next[key];
          changed = true;
        }
      } else if (JSON.stringify(next[key]) !== JSON.stringify(value)) {
        (next as unknown as Record<string, unknown>)[key] = value;
        changed = true;
      }
    }
    return changed ? next : n;
  });
  return changed ? withNodes(doc, nodes) : doc;
}

/** Makes the node's pending suggestion its chosen values (fields already chosen are kept). */
export function acceptSuggestion(doc: BoardDocument, id: string): BoardDocument {
  const node = doc.nodes.find((n) => n.id === id);
  return node ? updateNode(doc, id, pendingSuggestion(node)) : doc;
}

export type EdgePatch = Partial<Pick<BoardEdge, 'label' | 'kind'>>;

export function updateEdge(doc: BoardDocument, id: string, patch: EdgePatch): BoardDocument {
  let changed = false;
  const edges = doc.edges.map((e) => {
    if (e.id !== id) return e;
    const next = { ...e, ...patch };
    if (next.label === e.label && next.kind === e.kind) return e;
    changed = true;
    return next;
  });
  return changed ? { ...doc, edges } : doc;
}

export function setBoardNotes(doc: BoardDocument, notes: string): BoardDocument {
  return doc.notes === notes ? doc : { ...doc, notes };
}

export function setBoardTitle(doc: BoardDocument, title: string): BoardDocument {
  const trimmed = title.trim() || UNTITLED_BOARD_TITLE;
  return doc.title === trimmed ? doc : { ...doc, title: trimmed };
}

/** Sets positions (in each node's own coordinate space, i.e. relative to its parent). */
export function moveNodes(doc: BoardDocument, positions: ReadonlyMap<string, Point>): BoardDocument {
  let changed = false;
  const nodes = doc.nodes.map((n) => {
    const p = positions.get(n.id);
    if (!p || (p.x === n.position.x && p.y === n.position.y)) return n;
    changed = true;
    return { ...n, position: { x: p.x, y: p.y } };
  });
  return changed ? withNodes(doc, nodes) : doc;
}

/** Moves nodes by a delta; a node whose ancestor also moves is left to move with it. */
export function nudgeNodes(doc: BoardDocument, ids: Iterable<string>, dx: number, dy: number): BoardDocument {
  const selected = new Set(ids);
  const byId = indexNodes(doc);
  const hasMovingAncestor = (n: BoardNode) => {
    let p = n.parentId;
    while (p) {
      if (selected.has(p)) return true;
      p = byId.get(p)?.parentId;
    }
    return false;
  };
  const positions = new Map<string, Point>();
  for (const n of doc.nodes) {
    if (selected.has(n.id) && !hasMovingAncestor(n)) {
      positions.set(n.id, { x: n.position.x + dx, y: n.position.y + dy });
    }
  }
  return moveNodes(doc, positions);
}

/** Resizes a boundary or note; `position` is set too when resizing from the top or left. */
export function resizeNode(doc: BoardDocument, id: string, size: Size, position?: Point): BoardDocument {
  let changed = false;
  const nodes = doc.nodes.map((n) => {
    if (n.id !== id || !isResizableKind(n.kind)) return n;
    const min = isBoundaryKind(n.kind) ? BOUNDARY_MIN_SIZE : { width: 120, height: 60 };
    const width = Math.max(min.width, Math.round(size.width));
    const height = Math.max(min.height, Math.round(size.height));
    const pos = position ? { x: Math.round(position.x), y: Math.round(position.y) } : n.position;
    if (width === n.size?.width && height === n.size?.height && pos.x === n.position.x && pos.y === n.position.y) {
      return n;
    }
    changed = true;
    return { ...n, size: { width, height }, position: pos };
  });
  return changed ? withNodes(doc, nodes) : doc;
}

/** Membership is decided by a node's centre: in when its centre is inside (edges included). */
function centreOf(node: BoardNode, byId: ReadonlyMap<string, BoardNode>): Point {
  const abs = absolutePosition(node, byId);
  const size = nodeSize(node);
  return { x: abs.x + size.width / 2, y: abs.y + size.height / 2 };
}

function rectContains(r: Point & Size, p: Point): boolean {
  return p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height;
}

/**
 * After nodes moved (or were added): each one becomes the child of the innermost boundary
 * that contains its centre, or a top-level node when none does. Positions are converted so
 * nothing jumps on screen. This is how "drop into a boundary" and "drag out" work.
 */
export function reparentToContainingBoundary(doc: BoardDocument, movedIds: Iterable<string>): BoardDocument {
  let byId = indexNodes(doc);
  let nodes = doc.nodes;
  let changed = false;
  for (const id of movedIds) {
    const node = byId.get(id);
    if (!node) continue;
    const abs = absolutePosition(node, byId);
    const size = nodeSize(node);
    const centre = centreOf(node, byId);
    const excluded = isBoundaryKind(node.kind) ? descendantIds({ ...doc, nodes }, id) : new Set<string>();
    excluded.add(id);
    let best: { node: BoardNode; area: number } | null = null;
    for (const candidate of nodes) {
      if (!isBoundaryKind(candidate.kind) || excluded.has(candidate.id)) continue;
      const r = { ...absolutePosition(candidate, byId), ...nodeSize(candidate) };
      const inside = rectContains(r, centre);
      // A boundary can only take a node that fits in it (a big boundary dropped on a small one stays out).
      const fits = size.width <= r.width && size.height <= r.height;
      if (inside && fits && (!best || r.width * r.height < best.area)) best = { node: candidate, area: r.width * r.height };
    }
    const newParentId = best?.node.id;
    if (newParentId === node.parentId) continue;
    const parentAbs = best ? absolutePosition(best.node, byId) : { x: 0, y: 0 };
    const updated: BoardNode = { ...node, position: { x: abs.x - parentAbs.x, y: abs.y - parentAbs.y } };
    if (newParentId) updated.parentId = newParentId;
    else delete updated.parentId;
    nodes = nodes.map((n) => (n.id === id ? updated : n));
    byId = new Map(byId).set(id, updated);
    changed = true;
  }
  if (!changed) return doc;
  return withNodes(doc, sortParentsFirst(nodes));
}

/**
 * After boundaries were dropped or resized: every node whose centre they now cover joins the
 * innermost boundary holding its centre, and members whose centre a shrink left outside leave
 * (the same centre rule as dragging, so a node half inside is never ambiguous). As in draw.io,
 * merely moving a boundary does not sweep up what it passes over.
 */
export function adoptCoveredNodes(doc: BoardDocument, boundaryIds: Iterable<string>): BoardDocument {
  let next = doc;
  for (const boundaryId of boundaryIds) {
    const byId = indexNodes(next);
    const boundary = byId.get(boundaryId);
    if (!boundary || !isBoundaryKind(boundary.kind)) continue;
    const r = absoluteRect(boundary, byId);
    const ancestors = new Set<string>();
    for (let p = boundary.parentId; p && !ancestors.has(p); p = byId.get(p)?.parentId) ancestors.add(p);
    const affected = next.nodes.filter((n) => {
      if (n.id === boundaryId || ancestors.has(n.id)) return false;
      return n.parentId === boundaryId || rectContains(r, centreOf(n, byId));
    });
    next = reparentToContainingBoundary(next, affected.map((n) => n.id));
  }
  return next;
}

/** A self-contained piece of a board: what copy puts on the clipboard. */
export interface Fragment {
  nodes: BoardNode[];
  edges: BoardEdge[];
}

/**
 * Copies the given nodes (and everything inside copied boundaries) plus the edges among them.
 * Top-level nodes of the fragment get absolute positions so the fragment can land anywhere.
 */
export function extractFragment(doc: BoardDocument, nodeIds: Iterable<string>): Fragment {
  const ids = new Set(nodeIds);
  for (const id of [...ids]) for (const d of descendantIds(doc, id)) ids.add(d);
  const byId = indexNodes(doc);
  const nodes = doc.nodes
    .filter((n) => ids.has(n.id))
    .map((n) => {
      if (n.parentId && ids.has(n.parentId)) return n;
      const { parentId: _dropped, ...rest } = n;
      return { ...rest, position: absolutePosition(n, byId) };
    });
  const edges = doc.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  return { nodes, edges };
}

/** Inserts a fragment with fresh ids, shifted by `offset`; returns the ids of every inserted node. */
export function insertFragment(
  doc: BoardDocument,
  fragment: Fragment,
  offset: Point,
): { doc: BoardDocument; insertedIds: string[] } {
  if (fragment.nodes.length === 0) return { doc, insertedIds: [] };
  const idMap = new Map(fragment.nodes.map((n) => [n.id, newId()]));
  const nodes = fragment.nodes.map((n) => {
    const copy: BoardNode = { ...n, id: idMap.get(n.id)!, tags: [...n.tags] };
    if (n.parentId && idMap.has(n.parentId)) copy.parentId = idMap.get(n.parentId);
    else {
      delete copy.parentId;
      copy.position = { x: n.position.x + offset.x, y: n.position.y + offset.y };
    }
    return copy;
  });
  const edges = fragment.edges
    .filter((e) => idMap.has(e.source) && idMap.has(e.target))
    .map((e) => ({ ...e, id: newId('e'), source: idMap.get(e.source)!, target: idMap.get(e.target)! }));
  const topLevel = nodes.filter((n) => !n.parentId).map((n) => n.id);
  let next: BoardDocument = { ...doc, nodes: sortParentsFirst([...doc.nodes, ...nodes]), edges: [...doc.edges, ...edges] };
  next = reparentToContainingBoundary(next, topLevel);
  return { doc: next, insertedIds: nodes.map((n) => n.id) };
}

/** Duplicate = copy + paste next to the original, in one step. */
export function duplicateNodes(
  doc: BoardDocument,
  nodeIds: Iterable<string>,
  offset: Point = { x: 32, y: 32 },
): { doc: BoardDocument; insertedIds: string[] } {
  return insertFragment(doc, extractFragment(doc, nodeIds), offset);
}
