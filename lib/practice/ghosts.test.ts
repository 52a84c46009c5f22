import { describe, expect, it } from 'vitest';
import { isBoundaryKind } from '@/lib/catalog';
import { absoluteRect, indexNodes } from '@/lib/model/document';
import type { BoardDocument } from '@/lib/model/types';
import { loadTemplate, TEMPLATE_IDS } from '@/templates';
import { compareWithReference } from './compare';
import { rankGaps } from './gaps';
import { addGhost, GHOST_PREFIX, ghostLinks, isGhostId, placeGhosts, shownGhosts, withGhosts, type ShownGhost } from './ghosts';

function node(id: string, kind: string, x: number, y: number) {
  return { id, kind, label: id, position: { x, y }, tags: [], notes: '' };
}

function doc(nodes: ReturnType<typeof node>[], edges: [string, string][] = []): BoardDocument {
  return {
    schemaVersion: 1 as BoardDocument['schemaVersion'], id: 'b', title: '', notes: '', createdAt: '', updatedAt: '', nodes,
    edges: edges.map(([s, t]) => ({ id: `${s}-${t}`, source: s, target: t, label: '', kind: 'sync' as const })),
  };
}

const centre = (r: { x: number; y: number; width: number; height: number }) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

describe('placeGhosts', () => {
  const reference = doc(
    [node('web', 'web-app', 0, 0), node('gw', 'api-gateway', 300, 0), node('api', 'k8s-service', 600, 0), node('c', 'cache', 600, 200), node('db', 'relational-db', 900, 0)],
    [['web', 'gw'], ['gw', 'api'], ['api', 'c'], ['api', 'db']],
  );
  const board = doc([node('w', 'web-app', 0, 0), node('a', 'worker-service', 400, 0), node('d', 'relational-db', 800, 0), node('far', 'metrics', 3000, 3000)], [['w', 'a'], ['a', 'd']]);

  it('puts each ghost next to the components it would connect to, without overlapping the board', () => {
    const gaps = rankGaps(compareWithReference(board, reference), null);
    const ghosts = placeGhosts(board, reference, gaps);
    expect(ghosts.map((g) => g.node.kind).sort()).toEqual(['api-gateway', 'cache']);
    const byId = indexNodes(board);
    const cache = ghosts.find((g) => g.node.kind === 'cache')!;
    // The reference's cache talks to the API (a compute node): the board's worker plays that role.
    expect(cache.anchorIds).toEqual(['a']);
    const gateway = ghosts.find((g) => g.node.kind === 'api-gateway')!;
    expect(gateway.anchorIds.sort()).toEqual(['a', 'w']);
    // Wired the way the reference wires them: the web app calls the gateway, the gateway calls the API.
    const ends = (g: typeof gateway) => g.edges.map((e) => `${e.source}>${e.target}`).sort();
    expect(ends(gateway)).toEqual([`${gateway.node.id}>a`, `w>${gateway.node.id}`]);
    expect(ends(cache)).toEqual([`a>${cache.node.id}`]);
    for (const ghost of ghosts) {
      expect(isGhostId(ghost.node.id)).toBe(true);
      const rect = absoluteRect(ghost.node, new Map([[ghost.node.id, ghost.node]]));
      for (const n of board.nodes) {
        const r = absoluteRect(n, byId);
        const apart = rect.x >= r.x + r.width || r.x >= rect.x + rect.width || rect.y >= r.y + r.height || r.y >= rect.y + rect.height;
        expect(apart, `${ghost.node.kind} over ${n.id}`).toBe(true);
      }
      // Nearer its anchors than the far-away node.
      const c = centre(rect);
      const anchor = centre(absoluteRect(byId.get(ghost.anchorIds[0])!, byId));
      const far = centre(absoluteRect(byId.get('far')!, byId));
      expect(Math.hypot(c.x - anchor.x, c.y - anchor.y)).toBeLessThan(Math.hypot(c.x - far.x, c.y - far.y));
    }
  });

  it('never changes the board it is given', () => {
    const before = JSON.stringify(board);
    const ghosts = placeGhosts(board, reference, rankGaps(compareWithReference(board, reference), null));
    const drawn = withGhosts(board, ghosts);
    expect(JSON.stringify(board)).toBe(before);
    expect(drawn.nodes.filter((n) => n.id.startsWith(GHOST_PREFIX))).toHaveLength(ghosts.length);
    expect(drawn.edges.every((e) => drawn.nodes.some((n) => n.id === e.source) && drawn.nodes.some((n) => n.id === e.target))).toBe(true);
  });

  it('places the top gaps of every reference without overlaps, also on an empty board', async () => {
    for (const id of TEMPLATE_IDS) {
      const result = await loadTemplate(id);
      if (!result.ok) throw new Error(result.reason);
      const ref = result.document;
      const keep = ref.nodes.filter((n) => !isBoundaryKind(n.kind)).slice(0, 6).map((n) => ({ ...n, parentId: undefined, position: { ...n.position } }));
      for (const attempt of [doc(keep.map((n) => node(n.id, n.kind, n.position.x, n.position.y))), doc([])]) {
        const ghosts = placeGhosts(attempt, ref, rankGaps(compareWithReference(attempt, ref), `use-case-${id}`));
        expect(ghosts.length).toBeGreaterThan(0);
        const rects = [...attempt.nodes, ...ghosts.map((g) => g.node)].map((n) => absoluteRect(n, indexNodes(attempt)));
        for (let i = 0; i < rects.length; i++)
          for (let j = i + 1; j < rects.length; j++) {
            const [a, b] = [rects[i], rects[j]];
            const apart = a.x >= b.x + b.width || b.x >= a.x + a.width || a.y >= b.y + b.height || b.y >= a.y + a.height;
            if (i >= attempt.nodes.length || j >= attempt.nodes.length) expect(apart, `${id}: ${i} ${j}`).toBe(true);
          }
      }
    }
  });
});

describe('ghosts shown on the live board', () => {
  const board = doc([node('a', 'api-gateway', 0, 0), node('b', 'model-server', 400, 0)], [['a', 'b']]);
  /** A feature-store ghost feeding each anchor. */
  function ghost(id: string, x: number, y: number, anchorIds: string[]): ShownGhost {
    const edges = anchorIds.map((a) => ({ id: `${id}->${a}`, source: id, target: a, label: '', kind: 'async' as const }));
    return { id, kind: 'feature-store', label: 'Feature store', why: 'training/serving skew', rect: { x, y, width: 184, height: 64 }, edges };
  }

  it('are named as components on the board, with why each is missing and where it stands', () => {
    const reference = doc([node('f', 'feature-store', 0, 0), node('m', 'model-server', 300, 0)], [['f', 'm']]);
    const gaps = rankGaps(compareWithReference(board, reference), null);
    const [shown] = shownGhosts(placeGhosts(board, reference, gaps), gaps);
    expect(shown).toMatchObject({ kind: 'feature-store', label: 'Feature store', why: gaps[0].why, rect: { width: 184, height: 64 } });
    expect(shown.edges.map((e) => [e.source, e.target])).toEqual([[shown.id, 'b']]);
  });

  it('link border to border to each anchor still on the board, where it stands now', () => {
    // The ghost sits straight below b: the link leaves the ghost's top edge and reaches b's bottom edge.
    const g = ghost('ghost:f', 400, 200, ['b', 'gone']);
    expect(ghostLinks([g], board)).toEqual([{ id: 'ghost:f->b', x1: 492, y1: 200, x2: 492, y2: 64 }]);
    const moved = { ...board, nodes: board.nodes.map((n) => (n.id === 'b' ? { ...n, position: { x: 400, y: -100 } } : n)) };
    expect(ghostLinks([g], moved)[0]).toMatchObject({ y1: 200, y2: -36 });
  });

  it('become a real component wired like the ghost when added, leaving out anchors since removed', () => {
    const added = addGhost(board, ghost('ghost:f', 400, 200, ['b', 'gone']), 'n1');
    expect(added.nodes.find((n) => n.id === 'n1')).toMatchObject({ kind: 'feature-store', label: 'Feature store', position: { x: 400, y: 200 } });
    expect(added.edges.filter((e) => e.source === 'n1').map((e) => [e.target, e.kind])).toEqual([['b', 'async']]);
    expect(added.edges).toHaveLength(2);
  });
});
