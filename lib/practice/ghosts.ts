// Where the review draws the missing roles on the candidate's board: each ghost sits next to
// the board components it would connect to (the kinds its reference counterpart is wired
// to), in free space, and is linked to them. Ghosts are never part of the document.
import { defaultSizeOf, getKind, isBoundaryKind } from '@/lib/catalog';
import { addNode, connect, createNode } from '@/lib/commands/edits';
import { absoluteRect, indexNodes, type Rect } from '@/lib/model/document';
import type { BoardDocument, BoardEdge, BoardNode } from '@/lib/model/types';
import { coreRoles } from './compare';
import type { RankedGap } from './gaps';
import { borderPoint } from './preview';

export const GHOST_PREFIX = 'ghost:';

export interface Ghost {
  node: BoardNode;
  /** Board nodes it would connect to (may be empty: then it stands beside the board). */
  anchorIds: string[];
  edges: BoardEdge[];
}

const GAP = 40;

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width + GAP / 2 && b.x < a.x + a.width + GAP / 2 && a.y < b.y + b.height + GAP / 2 && b.y < a.y + a.height + GAP / 2;
}

/** How the reference wires the gap to a neighbour kind: which way, and what sort of edge. */
interface NeighbourWiring {
  outgoing: boolean;
  kind: BoardEdge['kind'];
}

/** The kinds the reference wires the gap to, with the first wiring seen for each. */
function neighboursOf(gap: RankedGap, reference: BoardDocument): Map<string, NeighbourWiring> {
  const refById = indexNodes(reference);
  const gapIds = new Set(gap.referenceNodeIds);
  const neighbours = new Map<string, NeighbourWiring>();
  for (const e of reference.edges) {
    const outgoing = gapIds.has(e.source);
    const other = outgoing ? e.target : gapIds.has(e.target) ? e.source : null;
    const kind = other ? refById.get(other)?.kind : undefined;
    if (kind && !isBoundaryKind(kind) && !neighbours.has(kind)) neighbours.set(kind, { outgoing, kind: e.kind });
  }
  return neighbours;
}

/** Board nodes playing the job of the reference neighbours (same kind, or one sharing a core role), with the wiring they would get. */
function anchorsFor(gap: RankedGap, board: BoardDocument, reference: BoardDocument): Map<string, NeighbourWiring> {
  const leaves = board.nodes.filter((n) => !isBoundaryKind(n.kind) && getKind(n.kind));
  const anchors = new Map<string, NeighbourWiring>();
  for (const [kind, wiring] of neighboursOf(gap, reference)) {
    const sameKind = leaves.filter((n) => n.kind === kind);
    const roles = getKind(kind) ? coreRoles(getKind(kind)!) : [];
    const sameJob = sameKind.length > 0 ? sameKind : leaves.filter((n) => coreRoles(getKind(n.kind)!).some((r) => roles.includes(r)));
    for (const n of sameJob) if (!anchors.has(n.id)) anchors.set(n.id, wiring);
  }
  return new Map(leaves.filter((n) => anchors.has(n.id)).map((n) => [n.id, anchors.get(n.id)!]));
}

/** Free spots around a point, nearest rings first: right, below, left, above. */
function* candidates(cx: number, cy: number, width: number, height: number) {
  for (let ring = 1; ring <= 12; ring++) {
    const dx = ring * (width + GAP);
    const dy = ring * (height + GAP);
    yield { x: cx + dx - width / 2, y: cy - height / 2 };
    yield { x: cx - width / 2, y: cy + dy - height / 2 };
    yield { x: cx - dx - width / 2, y: cy - height / 2 };
    yield { x: cx - width / 2, y: cy - dy - height / 2 };
    yield { x: cx + dx - width / 2, y: cy + dy - height / 2 };
    yield { x: cx - dx - width / 2, y: cy + dy - height / 2 };
  }
}

export function placeGhosts(board: BoardDocument, reference: BoardDocument, gaps: readonly RankedGap[]): Ghost[] {
  const byId = indexNodes(board);
  const taken: Rect[] = board.nodes.filter((n) => !isBoundaryKind(n.kind)).map((n) => absoluteRect(n, byId));
  const bounds = taken.reduce((b, r) => ({ right: Math.max(b.right, r.x + r.width), top: Math.min(b.top, r.y) }), { right: 0, top: taken.length ? Infinity : 0 });
  const ghosts: Ghost[] = [];
  for (const gap of gaps) {
    const size = defaultSizeOf(gap.kind);
    const anchors = anchorsFor(gap, board, reference);
    const anchorIds = [...anchors.keys()];
    let spot: { x: number; y: number } | undefined;
    if (anchorIds.length > 0) {
      const rects = anchorIds.map((id) => absoluteRect(byId.get(id)!, byId));
      const cx = rects.reduce((s, r) => s + r.x + r.width / 2, 0) / rects.length;
      const cy = rects.reduce((s, r) => s + r.y + r.height / 2, 0) / rects.length;
      for (const c of candidates(cx, cy, size.width, size.height)) {
        if (!taken.some((t) => overlaps(t, { ...c, ...size }))) {
          spot = c;
          break;
        }
      }
    }
    // No anchor (or no room near it): a column to the right of the board.
    if (!spot) {
      spot = { x: bounds.right + 2 * GAP, y: bounds.top };
      while (taken.some((t) => overlaps(t, { ...spot!, ...size }))) spot.y += size.height / 2;
    }
    const rect = { ...spot, ...size };
    taken.push(rect);
    const id = `${GHOST_PREFIX}${gap.role}`;
    ghosts.push({
      node: { id, kind: gap.kind, label: gap.title.replace(/^No /, ''), position: { x: rect.x, y: rect.y }, tags: [], notes: '' },
      anchorIds,
      // Wired as the reference wires it, so adding the ghost to the board gives the right edges.
      edges: [...anchors].map(([a, w]) => ({ id: `${id}->${a}`, source: w.outgoing ? id : a, target: w.outgoing ? a : id, label: '', kind: w.kind })),
    });
  }
  return ghosts;
}

/** A copy of the board with the ghosts drawn in, for a read-only picture; the board itself is untouched. */
export function withGhosts(board: BoardDocument, ghosts: readonly Ghost[]): BoardDocument {
  return { ...board, nodes: [...board.nodes, ...ghosts.map((g) => g.node)], edges: [...board.edges, ...ghosts.flatMap((g) => g.edges)] };
}

export function isGhostId(id: string): boolean {
  return id.startsWith(GHOST_PREFIX);
}

/** A ghost as the live canvas shows it: in flow coordinates, with why it is missing. */
export interface ShownGhost {
  id: string;
  kind: string;
  /** "A/B test router" */
  label: string;
  /** Why the interviewer misses it, one sentence. */
  why: string;
  rect: Rect;
  /** Its edges to the board components it would connect to, as the reference wires them. */
  edges: readonly BoardEdge[];
}

/** The placed ghosts, named as components on the board ("Feature store", not the gap's "feature store"). */
export function shownGhosts(ghosts: readonly Ghost[], gaps: readonly RankedGap[]): ShownGhost[] {
  return ghosts.map((g, i) => ({
    id: g.node.id,
    kind: g.node.kind,
    label: getKind(g.node.kind)?.label ?? g.node.label,
    why: gaps[i].why,
    rect: { ...g.node.position, ...defaultSizeOf(g.node.kind) },
    edges: g.edges,
  }));
}

export interface GhostLink {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Dashed links from each ghost to the components it would connect to, border to border, where they stand now. */
export function ghostLinks(ghosts: readonly ShownGhost[], doc: BoardDocument): GhostLink[] {
  const byId = indexNodes(doc);
  const links: GhostLink[] = [];
  for (const ghost of ghosts) {
    for (const edge of ghost.edges) {
      const anchorId = edge.source === ghost.id ? edge.target : edge.source;
      const anchor = byId.get(anchorId);
      if (!anchor) continue;
      const rect = absoluteRect(anchor, byId);
      const from = borderPoint(ghost.rect, { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 });
      const to = borderPoint(rect, { x: ghost.rect.x + ghost.rect.width / 2, y: ghost.rect.y + ghost.rect.height / 2 });
      links.push({ id: `${ghost.id}->${anchorId}`, x1: from.x, y1: from.y, x2: to.x, y2: to.y });
    }
  }
  return links;
}

/** The board with the ghost made a real component (id `id`) and wired like the ghost to the components still there. */
export function addGhost(doc: BoardDocument, ghost: ShownGhost, id: string): BoardDocument {
  const real = (end: string) => (end === ghost.id ? id : end);
  return ghost.edges.reduce(
    (d, e) => connect(d, { source: real(e.source), target: real(e.target), kind: e.kind }),
    addNode(doc, { ...createNode(ghost.kind, ghost.rect, id), label: ghost.label }),
  );
}
