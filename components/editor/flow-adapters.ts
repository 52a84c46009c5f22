// Adapters between our document and React Flow. React Flow's own fields (selected, measured,
// dragging) live only on the objects made here and never reach a saved document.
//
// React Flow re-renders a node when its object identity changes, so the adapter keeps one
// cached flow object per node and rebuilds it only when the board node or its selection
// changed: dragging one node rebuilds one object, not a thousand.
import { MarkerType, type Edge, type Node } from '@xyflow/react';
import { isBoundaryKind } from '@/lib/catalog';
import { nodeSize } from '@/lib/model/document';
import type { BoardEdge, BoardNode } from '@/lib/model/types';
import { createCachedAdapter } from '@/lib/canvas/cached-adapter';
import { sideHandles } from '@/lib/canvas/side-handles';
import { boundaryZIndex } from '@/lib/canvas/z-order';

export type BoardFlowNode = Node<{ node: BoardNode }, 'component' | 'boundary' | 'note'>;
export type BoardFlowEdge = Edge<{ edge: BoardEdge }, 'board'>;

function flowTypeOf(node: BoardNode): 'component' | 'boundary' | 'note' {
  if (isBoundaryKind(node.kind)) return 'boundary';
  if (node.kind === 'note') return 'note';
  return 'component';
}

function toFlowNode(node: BoardNode, selected: boolean): BoardFlowNode {
  const { width, height } = nodeSize(node);
  const boundary = isBoundaryKind(node.kind);
  return {
    id: node.id,
    type: flowTypeOf(node),
    position: node.position,
    parentId: node.parentId,
    data: { node },
    selected,
    width,
    height,
    // Sizes are known from the catalog, so React Flow need not wait for a DOM measurement.
    measured: { width, height },
    // Handle positions given, not measured: nodes render their handles only when they can be
    // used (lib/canvas/side-handles.ts).
    handles: sideHandles(width, height) as Node['handles'],
    // Boundaries stay behind the components they hold, selected or not.
    zIndex: boundary ? boundaryZIndex(selected) : undefined,
    // Only the title bar of a boundary drags it, so box-selecting inside one still works.
    dragHandle: boundary ? '.boundary-drag-handle' : undefined,
    domAttributes: { 'data-kind': node.kind } as Node['domAttributes'],
    ariaLabel: node.label,
  };
}

export function createNodeAdapter(): (nodes: readonly BoardNode[], selectedIds: ReadonlySet<string>) => BoardFlowNode[] {
  return createCachedAdapter(toFlowNode);
}

function toFlowEdge(edge: BoardEdge, selected: boolean): BoardFlowEdge {
  return {
    id: edge.id,
    type: 'board',
    source: edge.source,
    target: edge.target,
    sourceHandle: edge.sourceHandle ?? null,
    targetHandle: edge.targetHandle ?? null,
    data: { edge },
    selected,
    // Only the selected edge gets the grab points that move its ends (as in draw.io): two
    // hit-test circles on each of 1,500 edges were paid for on every frame of a large board.
    reconnectable: selected,
    // Sized in board units, so a thick batch edge does not get a giant arrowhead.
    markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16, markerUnits: 'userSpaceOnUse' },
    ariaLabel: edge.label ? `Edge: ${edge.label}` : 'Edge',
  };
}

export function createEdgeAdapter(): (edges: readonly BoardEdge[], selectedIds: ReadonlySet<string>) => BoardFlowEdge[] {
  return createCachedAdapter(toFlowEdge);
}

// A hidden copy per flow object, so an element stays the same object from render to render
// while it is hidden: React Flow re-adopts only what changed identity.
const hiddenCopies = new WeakMap<object, object>();
function hiddenCopy<T extends Node | Edge>(item: T): T {
  let copy = hiddenCopies.get(item) as T | undefined;
  if (!copy) hiddenCopies.set(item, (copy = { ...item, hidden: true }));
  return copy;
}

/** Hidden nodes marked hidden: true, without changing the document; the same array when nothing is hidden. */
export function withHiddenNodes<N extends Node>(nodes: N[], hiddenIds: ReadonlySet<string>): N[] {
  return hiddenIds.size === 0 ? nodes : nodes.map((n) => (hiddenIds.has(n.id) ? hiddenCopy(n) : n));
}

/** Edges touching a hidden node marked hidden: true; the same array when nothing is hidden. */
export function withHiddenEdges<E extends Edge>(edges: E[], hiddenIds: ReadonlySet<string>): E[] {
  return hiddenIds.size === 0 ? edges : edges.map((e) => (hiddenIds.has(e.source) || hiddenIds.has(e.target) ? hiddenCopy(e) : e));
}
