// Deterministic synthetic boards for benchmarks (checklist evaluation, canvas stress).
// Shaped like real designs so the analysis does real work: clients on the left, edges
// flowing towards data (client → edge → compute/messaging/ML → data), mostly sync calls,
// a few boundaries holding children, positions on a grid with no overlaps.
import { hasRole, isBoundaryKind, KINDS, LEAF_SIZE, type ComponentKind } from '@/lib/catalog';
import { SCHEMA_VERSION, type BoardDocument, type BoardEdge, type BoardNode, type EdgeKind } from '@/lib/model/types';

export interface SyntheticBoardOptions {
  /** Total number of nodes, boundaries included. */
  nodes: number;
  /** Edges per node on average (default 1.5). */
  edgesPerNode?: number;
  /** Number of boundary nodes (default: one per 50 nodes, at least 1 when nodes ≥ 4). */
  boundaries?: number;
  seed?: number;
}

/** mulberry32: tiny, fast, good enough for benchmarks, and identical on every platform. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Where a kind sits in the flow, so edges mostly go client → edge → services → data. */
function tierOf(kind: ComponentKind): number {
  if (kind.roles.includes('client')) return 0;
  if (kind.roles.includes('entry')) return 1;
  if (kind.roles.includes('datastore') || kind.roles.includes('cache')) return 3;
  return 2;
}

const GAP = 40;
const CELL = { width: LEAF_SIZE.width + GAP, height: LEAF_SIZE.height + GAP };
const BOUNDARY_PADDING = 24;
const BOUNDARY_HEADER = 40;
const ROW_WIDTH = 4000;

export function generateSyntheticBoard({ nodes: total, edgesPerNode = 1.5, boundaries, seed = 1 }: SyntheticBoardOptions): BoardDocument {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const leafKinds = KINDS.filter((k) => !isBoundaryKind(k.id) && k.id !== 'note');
  const clientKinds = leafKinds.filter((k) => k.roles.includes('client'));
  const boundaryKinds = KINDS.filter((k) => isBoundaryKind(k.id));

  const boundaryCount = Math.min(boundaries ?? (total >= 4 ? Math.max(1, Math.round(total / 50)) : 0), Math.floor(total / 2));
  const leafCount = total - boundaryCount;

  // Leaves: about 1 in 25 is a client (at least one) so there are request paths to analyse.
  const leafKindsChosen: ComponentKind[] = [];
  for (let i = 0; i < leafCount; i++) leafKindsChosen.push(i === 0 || random() < 0.04 ? pick(clientKinds) : pick(leafKinds));

  // Boundaries hold about a third of the non-client leaves, spread evenly.
  const parentOfLeaf: (number | null)[] = leafKindsChosen.map((k) => (boundaryCount > 0 && tierOf(k) > 0 && random() < 0.35 ? Math.floor(random() * boundaryCount) : null));

  const boundaryNodes: BoardNode[] = [];
  const leafNodes: BoardNode[] = [];
  const boundaryChildren: BoardNode[][] = Array.from({ length: boundaryCount }, () => []);
  for (let b = 0; b < boundaryCount; b++) {
    const kind = pick(boundaryKinds);
    boundaryNodes.push({ id: `b${b}`, kind: kind.id, position: { x: 0, y: 0 }, size: { width: 1, height: 1 }, label: `${kind.label} ${b}`, tags: [...(kind.defaults.tags ?? [])], notes: '' });
  }
  leafKindsChosen.forEach((kind, i) => {
    const d = kind.defaults;
    const node: BoardNode = {
      id: `n${i}`,
      kind: kind.id,
      position: { x: 0, y: 0 },
      label: `${kind.label} ${i}`,
      tags: random() < 0.8 ? [...(d.tags ?? [])] : [],
      notes: hasRole(kind.id, 'datastore') && random() < 0.6 ? `Holds the records of service ${i}` : '',
    };
    if (d.replicas !== undefined) node.replicas = random() < 0.8 ? d.replicas : 1;
    if (d.monthlyCostUsd !== undefined && random() < 0.9) node.monthlyCostUsd = d.monthlyCostUsd;
    if (d.instance) node.instance = d.instance;
    const parent = parentOfLeaf[i];
    if (parent !== null) {
      node.parentId = `b${parent}`;
      boundaryChildren[parent].push(node);
    }
    leafNodes.push(node);
  });

  // Children on a grid inside their boundary; the boundary sized to fit them.
  boundaryNodes.forEach((boundary, b) => {
    const children = boundaryChildren[b];
    const columns = Math.max(1, Math.ceil(Math.sqrt(children.length)));
    children.forEach((child, j) => {
      child.position = { x: BOUNDARY_PADDING + (j % columns) * CELL.width, y: BOUNDARY_HEADER + Math.floor(j / columns) * CELL.height };
    });
    const rows = Math.max(1, Math.ceil(children.length / columns));
    boundary.size = { width: 2 * BOUNDARY_PADDING + columns * CELL.width - GAP, height: BOUNDARY_HEADER + BOUNDARY_PADDING + rows * CELL.height - GAP };
  });

  // Top-level items (boundaries, then free leaves) packed in shelves, left to right.
  let x = 0;
  let y = 0;
  let shelfHeight = 0;
  const topLevel = [...boundaryNodes, ...leafNodes.filter((n) => !n.parentId)];
  for (const node of topLevel) {
    const size = node.size ?? LEAF_SIZE;
    if (x > 0 && x + size.width > ROW_WIDTH) {
      x = 0;
      y += shelfHeight + GAP;
      shelfHeight = 0;
    }
    node.position = { x, y };
    x += size.width + GAP;
    shelfHeight = Math.max(shelfHeight, size.height);
  }

  const edges = generateEdges(leafNodes, leafKindsChosen, Math.round(total * edgesPerNode), random);
  return {
    schemaVersion: SCHEMA_VERSION,
    id: `synthetic-${seed}-${total}`,
    title: `Synthetic board (${total} nodes, seed ${seed})`,
    notes: 'Functional: synthetic. Non-functional: p99 < 200 ms at 5k QPS.',
    nodes: [...boundaryNodes, ...leafNodes], // boundaries first: parents before children
    edges,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
  };
}

function generateEdges(leaves: BoardNode[], kinds: ComponentKind[], wanted: number, random: () => number): BoardEdge[] {
  const edges: BoardEdge[] = [];
  if (leaves.length < 2) return edges;
  const byTier: number[][] = [[], [], [], []];
  kinds.forEach((k, i) => byTier[tierOf(k)].push(i));
  const seen = new Set<string>();
  const edgeKind = (): EdgeKind => {
    const r = random();
    return r < 0.7 ? 'sync' : r < 0.85 ? 'async' : r < 0.95 ? 'stream' : 'batch';
  };
  // Give up on duplicates after a while: a tiny board cannot hold 1.5 × n distinct edges.
  for (let attempts = 0; edges.length < wanted && attempts < wanted * 20; attempts++) {
    const s = Math.floor(random() * leaves.length);
    // Mostly forwards (to the next tier or the one after), sometimes within the tier.
    const sourceTier = tierOf(kinds[s]);
    const targetTier = Math.min(3, sourceTier + (random() < 0.25 ? 0 : random() < 0.7 ? 1 : 2));
    const pool = byTier[targetTier].length ? byTier[targetTier] : byTier[3].length ? byTier[3] : byTier[2];
    const t = pool[Math.floor(random() * pool.length)];
    if (t === undefined || t === s) continue;
    const key = `${s}>${t}`;
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push({ id: `e${edges.length}`, source: leaves[s].id, target: leaves[t].id, label: random() < 0.7 ? `call ${edges.length}` : '', kind: edgeKind() });
  }
  return edges;
}
