// Nodes and edges, each restored on its own (Excalidraw's restore.ts): an element that throws
// is dropped and counted, never the file. Ids are checked here; parents in parents.ts.
import { getKind } from '@/lib/catalog';
import { newId } from '../document';
import { FIELDS, isValidId } from '../field-table';
import { isRawObject, own } from '../raw-object';
import type { BoardEdge, BoardNode } from '../types';
import {
  restoreChoice,
  restoreOptionalNumber,
  restoreOptionalText,
  restorePosition,
  restoreSize,
  restoreTags,
  restoreText,
} from './fields';
import { repairParents, type Placements, rememberDroppedPlacement } from './parents';
import { quote } from './refusals';
import type { Repairs } from './repairs';

/** A node as read, before its id and parent are checked against the others. */
interface Candidate {
  node: BoardNode;
  /** The id references in the file use (the first node with an id owns it). */
  sourceId: string | undefined;
}

function restoreNode(raw: unknown, repairs: Repairs): Candidate | 'unknown-kind' {
  if (!isRawObject(raw)) throw new Error('not an object');
  const kind = own(raw, 'kind');
  const catalogKind = typeof kind === 'string' ? getKind(kind) : undefined;
  if (typeof kind !== 'string' || !catalogKind) {
    repairs.add('node-unknown-kind', typeof kind === 'string' ? quote(kind) : undefined);
    return 'unknown-kind';
  }
  const rawId = own(raw, 'id');
  const node: BoardNode = {
    id: isValidId(rawId) ? rawId : '',
    kind,
    position: restorePosition(own(raw, 'position'), repairs),
    label: restoreText(own(raw, 'label'), FIELDS.node.label, repairs, catalogKind.label),
    tags: restoreTags(own(raw, 'tags'), repairs),
    notes: restoreText(own(raw, 'notes'), FIELDS.node.notes, repairs),
  };
  const parentId = own(raw, 'parentId');
  if (parentId !== undefined && parentId !== null) {
    if (isValidId(parentId)) node.parentId = parentId;
    else repairs.add('parent-missing');
  }
  const size = restoreSize(own(raw, 'size'), repairs);
  if (size) node.size = size;
  const replicas = restoreOptionalNumber(own(raw, 'replicas'), FIELDS.node.replicas, repairs);
  if (replicas !== undefined) node.replicas = replicas;
  const instance = restoreOptionalText(own(raw, 'instance'), FIELDS.node.instance, repairs);
  if (instance !== undefined) node.instance = instance;
  const cost = restoreOptionalNumber(own(raw, 'monthlyCostUsd'), FIELDS.node.monthlyCostUsd, repairs);
  if (cost !== undefined) node.monthlyCostUsd = cost;
  return { node, sourceId: isValidId(rawId) ? rawId : undefined };
}

function restoreEdge(raw: unknown, repairs: Repairs): BoardEdge {
  if (!isRawObject(raw)) throw new Error('not an object');
  const rawId = own(raw, 'id');
  const source = own(raw, 'source');
  const target = own(raw, 'target');
  const kind = restoreChoice(own(raw, 'kind'), FIELDS.edge.kind, repairs) ?? FIELDS.edge.kind.fallback;
  const edge: BoardEdge = {
    id: isValidId(rawId) ? rawId : '',
    source: isValidId(source) ? source : '',
    target: isValidId(target) ? target : '',
    label: restoreText(own(raw, 'label'), FIELDS.edge.label, repairs),
    kind,
  };
  for (const field of ['sourceHandle', 'targetHandle'] as const) {
    const handle = restoreChoice(own(raw, field), FIELDS.edge.handle, repairs);
    if (handle !== undefined) edge[field] = handle;
  }
  return edge;
}

function uniqueId(prefix: string, taken: Set<string>): string {
  let id = newId(prefix);
  while (taken.has(id)) id = newId(prefix);
  return id;
}

/** Every node that can be kept, with unique ids, valid parents, parents first. */
export function restoreNodes(rawNodes: unknown[], repairs: Repairs): BoardNode[] {
  // Where every node of the file sat (including ones dropped for an unknown kind), so a
  // child that loses its parent can keep its place on the board.
  const placements: Placements = new Map();
  const kept: BoardNode[] = [];
  const owners = new Map<string, BoardNode>();
  const takenIds = new Set<string>();

  for (const raw of rawNodes) {
    let candidate: Candidate | 'unknown-kind';
    try {
      candidate = restoreNode(raw, repairs);
    } catch {
      repairs.add('node-invalid');
      continue;
    }
    if (candidate === 'unknown-kind') {
      rememberDroppedPlacement(raw, placements);
      continue;
    }
    const { node, sourceId } = candidate;
    if (sourceId === undefined) {
      repairs.add('node-new-id');
      node.id = uniqueId('n', takenIds);
    } else if (takenIds.has(sourceId)) {
      // References in the file keep pointing to the first node with this id: nothing is
      // rewired by guesswork.
      repairs.add('node-duplicate-id');
      node.id = uniqueId('n', takenIds);
    } else {
      owners.set(sourceId, node);
      placements.set(sourceId, { position: node.position, parentId: node.parentId });
    }
    takenIds.add(node.id);
    kept.push(node);
  }
  return repairParents(kept, owners, placements, repairs);
}

/** Every edge between two kept, distinct nodes, with unique ids. */
export function restoreEdges(rawEdges: unknown[], nodes: BoardNode[], repairs: Repairs): BoardEdge[] {
  const nodeIds = new Set(nodes.map((n) => n.id));
  const takenIds = new Set<string>();
  const edges: BoardEdge[] = [];
  for (const raw of rawEdges) {
    let edge: BoardEdge;
    try {
      edge = restoreEdge(raw, repairs);
    } catch {
      repairs.add('edge-invalid');
      continue;
    }
    if (!nodeIds.has(edge.source) || !nodeIds.has(edge.target)) {
      repairs.add('edge-missing-node');
      continue;
    }
    if (edge.source === edge.target) {
      repairs.add('edge-self-loop');
      continue;
    }
    if (!edge.id) {
      repairs.add('edge-new-id');
      edge.id = uniqueId('e', takenIds);
    } else if (takenIds.has(edge.id)) {
      repairs.add('edge-duplicate-id');
      edge.id = uniqueId('e', takenIds);
    }
    takenIds.add(edge.id);
    edges.push(edge);
  }
  return edges;
}
