import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isValidBoardDocument } from '@/lib/model/schema';
import { BOUNDARY_DEFAULT_SIZE, BOUNDARY_MIN_SIZE, LEAF_SIZE, NOTE_DEFAULT_SIZE, getKind } from '@/lib/catalog';
import type { BoardDocument } from '@/lib/model/types';
import { pendingSuggestion } from '@/lib/model/suggestions';
import {
  acceptSuggestion,
  addNode,
  connect,
  createNode,
  deleteElements,
  duplicateNodes,
  extractFragment,
  insertFragment,
  moveNodes,
  nudgeNodes,
  reconnectEdge,
  reparentToContainingBoundary,
  resizeNode,
  setBoardNotes,
  setBoardTitle,
  updateEdge,
  updateNode,
} from './edits';
import { boardOf, findNode, node, parentsComeFirst, screenPosition } from './test-fixtures';

const ids = (doc: BoardDocument) => doc.nodes.map((n) => n.id);
const edgeIds = (doc: BoardDocument) => doc.edges.map((e) => e.id);

/** Region ⊃ VPC ⊃ namespace, with screen rects (0,0,1000,800) ⊃ (100,100,600,500) ⊃ (150,150,300,200). */
function nestedBoundaries() {
  return boardOf(
    node('region', 'region', 0, 0, { size: { width: 1000, height: 800 } }),
    node('vpc', 'vpc', 100, 100, { parentId: 'region', size: { width: 600, height: 500 } }),
    node('ns', 'namespace', 50, 50, { parentId: 'vpc', size: { width: 300, height: 200 } }),
  );
}

describe('createNode', () => {
  it('leaves every decision empty: the kind\'s usual values are only suggested', () => {
    const kind = getKind('model-server')!;
    const n = createNode('model-server', { x: 10, y: 20 }, 'm1');
    expect(n).toEqual({ id: 'm1', kind: 'model-server', position: { x: 10, y: 20 }, label: kind.label, tags: [], notes: '' });
    expect(pendingSuggestion(n)).toEqual({ replicas: kind.defaults.replicas, monthlyCostUsd: kind.defaults.monthlyCostUsd });
    // Leaf components have the fixed catalog size and store none.
    expect(n.size).toBeUndefined();
  });

  it('leaves suggested tags out too', () => {
    expect(createNode('tenant-boundary', { x: 0, y: 0 }).tags).toEqual([]);
    expect(createNode('load-balancer', { x: 0, y: 0 }).tags).toEqual([]);
  });

  it('gives boundaries and notes their default size', () => {
    expect(createNode('vpc', { x: 0, y: 0 }).size).toEqual(BOUNDARY_DEFAULT_SIZE);
    const note = createNode('note', { x: 0, y: 0 });
    expect(note.size).toEqual(NOTE_DEFAULT_SIZE);
    expect(note.label).toBe('Note');
  });

  it('rounds the position to whole pixels', () => {
    expect(createNode('cache', { x: 10.4, y: 19.6 }).position).toEqual({ x: 10, y: 20 });
  });

  it('makes a fresh id when none is given', () => {
    const a = createNode('cache', { x: 0, y: 0 });
    const b = createNode('cache', { x: 0, y: 0 });
    expect(a.id).not.toBe(b.id);
  });

  it('refuses an unknown kind', () => {
    expect(() => createNode('flux-capacitor', { x: 0, y: 0 })).toThrow(/flux-capacitor/);
  });
});

describe('acceptSuggestion', () => {
  it('makes the pending suggestion the chosen values, in one edit', () => {
    const doc = boardOf(createNode('k8s-service', { x: 0, y: 0 }, 'svc')).doc;
    const kind = getKind('k8s-service')!;
    const next = acceptSuggestion(doc, 'svc');
    expect(findNode(next, 'svc')).toMatchObject({ replicas: kind.defaults.replicas, instance: kind.defaults.instance, monthlyCostUsd: kind.defaults.monthlyCostUsd });
    expect(pendingSuggestion(findNode(next, 'svc'))).toEqual({});
    expect(doc.nodes[0].replicas).toBeUndefined(); // input untouched
  });

  it('keeps what was already chosen and fills only the empty fields', () => {
    const doc = boardOf(node('lb', 'load-balancer', 0, 0, { monthlyCostUsd: 10 })).doc;
    const lb = findNode(acceptSuggestion(doc, 'lb'), 'lb');
    expect(lb.monthlyCostUsd).toBe(10);
    expect(lb.tags).toEqual(getKind('load-balancer')!.defaults.tags);
  });

  it('copies suggested tags, so editing the node never edits the catalog', () => {
    const doc = boardOf(node('t', 'tenant-boundary', 0, 0, { size: { width: 400, height: 300 } })).doc;
    findNode(acceptSuggestion(doc, 't'), 't').tags.push('mutated');
    expect(getKind('tenant-boundary')!.defaults.tags).toEqual(['per-tenant']);
  });

  it('returns the same document when there is nothing to accept', () => {
    const doc = boardOf(node('web', 'web-app', 0, 0), node('svc', 'k8s-service', 200, 0, { replicas: 1, instance: 'x', monthlyCostUsd: 1 })).doc;
    expect(acceptSuggestion(doc, 'web')).toBe(doc);
    expect(acceptSuggestion(doc, 'svc')).toBe(doc);
    expect(acceptSuggestion(doc, 'missing')).toBe(doc);
  });
});

describe('addNode', () => {
  it('adds a top-level node on empty space', () => {
    const doc = boardOf().doc;
    const next = addNode(doc, node('a', 'cache', 300, 200));
    expect(ids(next)).toEqual(['a']);
    expect(findNode(next, 'a').position).toEqual({ x: 300, y: 200 });
    expect(findNode(next, 'a').parentId).toBeUndefined();
    expect(doc.nodes).toEqual([]); // input untouched
  });

  it('makes a node that lands inside a boundary its child, with a relative position', () => {
    const doc = boardOf(node('vpc', 'vpc', 100, 50, { size: { width: 600, height: 400 } })).doc;
    const next = addNode(doc, node('svc', 'k8s-service', 250, 150));
    const svc = findNode(next, 'svc');
    expect(svc.parentId).toBe('vpc');
    expect(svc.position).toEqual({ x: 150, y: 100 });
    expect(screenPosition(next, 'svc')).toEqual({ x: 250, y: 150 });
  });

  it('picks the innermost of nested boundaries', () => {
    const next = addNode(nestedBoundaries().doc, node('svc', 'k8s-service', 200, 200));
    expect(findNode(next, 'svc').parentId).toBe('ns');
    expect(findNode(next, 'svc').position).toEqual({ x: 50, y: 50 });
    expect(screenPosition(next, 'svc')).toEqual({ x: 200, y: 200 });
  });

  it('decides by the centre of the node, not its corner', () => {
    // Top-left is inside the VPC, but the centre (x = 590 + 92) is outside it.
    const doc = boardOf(node('vpc', 'vpc', 0, 0, { size: { width: 600, height: 400 } })).doc;
    const next = addNode(doc, node('svc', 'k8s-service', 590, 10));
    expect(findNode(next, 'svc').parentId).toBeUndefined();
  });
});

describe('connect', () => {
  const two = () => boardOf(node('a', 'web-app', 0, 0), node('b', 'api-gateway', 300, 0)).doc;

  it('adds a sync edge with an empty label by default', () => {
    const next = connect(two(), { source: 'a', target: 'b', id: 'e1' });
    expect(next.edges).toEqual([{ id: 'e1', source: 'a', target: 'b', label: '', kind: 'sync' }]);
  });

  it('keeps kind, label and handles', () => {
    const next = connect(two(), { source: 'a', target: 'b', kind: 'async', label: 'POST /jobs', sourceHandle: 'right', targetHandle: 'left' });
    expect(next.edges[0]).toMatchObject({ source: 'a', target: 'b', kind: 'async', label: 'POST /jobs', sourceHandle: 'right', targetHandle: 'left' });
    expect(next.edges[0].id).toBeTruthy();
  });

  it('does not store null handles', () => {
    const next = connect(two(), { source: 'a', target: 'b', sourceHandle: null, targetHandle: null });
    expect('sourceHandle' in next.edges[0]).toBe(false);
    expect('targetHandle' in next.edges[0]).toBe(false);
  });

  it('refuses a self-loop', () => {
    const doc = two();
    expect(connect(doc, { source: 'a', target: 'a' })).toBe(doc);
  });

  it('refuses a duplicate of an existing edge (same endpoints and handles)', () => {
    const once = connect(two(), { source: 'a', target: 'b', sourceHandle: 'right', targetHandle: 'left' });
    expect(connect(once, { source: 'a', target: 'b', sourceHandle: 'right', targetHandle: 'left' })).toBe(once);
  });

  it('treats a missing handle and a null handle as the same', () => {
    const once = connect(two(), { source: 'a', target: 'b' });
    expect(connect(once, { source: 'a', target: 'b', sourceHandle: null, targetHandle: null })).toBe(once);
  });

  it('allows the reverse direction and other handles', () => {
    let doc = connect(two(), { source: 'a', target: 'b' });
    doc = connect(doc, { source: 'b', target: 'a' });
    doc = connect(doc, { source: 'a', target: 'b', sourceHandle: 'bottom' });
    expect(doc.edges).toHaveLength(3);
  });

  it('ignores edges to or from nodes that do not exist', () => {
    const doc = two();
    expect(connect(doc, { source: 'a', target: 'ghost' })).toBe(doc);
    expect(connect(doc, { source: 'ghost', target: 'b' })).toBe(doc);
  });

  it('keeps node objects shared', () => {
    const doc = two();
    const next = connect(doc, { source: 'a', target: 'b' });
    expect(next.nodes).toBe(doc.nodes);
  });
});

describe('reconnectEdge', () => {
  const three = () =>
    boardOf(node('a', 'web-app', 0, 0), node('b', 'api-gateway', 300, 0), node('c', 'cache', 600, 0))
      .edge('a', 'b', { id: 'first', kind: 'async', label: 'events' })
      .edge('b', 'c', { id: 'second' }).doc;

  it('moves an edge to new endpoints, keeping its id, kind, label and place in the list', () => {
    const next = reconnectEdge(three(), 'first', { source: 'a', target: 'c', targetHandle: 'top' });
    expect(edgeIds(next)).toEqual(['first', 'second']);
    expect(next.edges[0]).toEqual({ id: 'first', source: 'a', target: 'c', targetHandle: 'top', kind: 'async', label: 'events' });
  });

  it('changes nothing for a self-loop, a duplicate, a missing node or a missing edge', () => {
    const doc = three();
    expect(reconnectEdge(doc, 'first', { source: 'a', target: 'a' })).toBe(doc);
    expect(reconnectEdge(doc, 'first', { source: 'b', target: 'c' })).toBe(doc); // duplicates "second"
    expect(reconnectEdge(doc, 'first', { source: 'a', target: 'ghost' })).toBe(doc);
    expect(reconnectEdge(doc, 'nope', { source: 'a', target: 'c' })).toBe(doc);
  });

  it('can move an edge onto other handles of the same endpoints', () => {
    const next = reconnectEdge(three(), 'first', { source: 'a', target: 'b', sourceHandle: 'bottom' });
    expect(next.edges[0]).toMatchObject({ id: 'first', source: 'a', target: 'b', sourceHandle: 'bottom' });
    expect(next.edges).toHaveLength(2);
  });
});

describe('deleteElements', () => {
  const board = () =>
    boardOf(
      node('vpc', 'vpc', 0, 0, { size: { width: 800, height: 600 } }),
      node('ns', 'namespace', 20, 20, { parentId: 'vpc', size: { width: 400, height: 300 } }),
      node('svc', 'k8s-service', 20, 40, { parentId: 'ns' }),
      node('db', 'relational-db', 500, 40, { parentId: 'vpc' }),
      node('web', 'web-app', -400, 0),
      node('lb', 'load-balancer', -200, 0),
    )
      .edge('web', 'lb', { id: 'web-lb' })
      .edge('lb', 'svc', { id: 'lb-svc' })
      .edge('svc', 'db', { id: 'svc-db' })
      .edge('lb', 'db', { id: 'lb-db' }).doc;

  it('deletes a node and every edge touching it', () => {
    const next = deleteElements(board(), ['lb']);
    expect(ids(next)).toEqual(['vpc', 'ns', 'svc', 'db', 'web']);
    expect(edgeIds(next)).toEqual(['svc-db']);
  });

  it('deleting a boundary deletes everything inside it, at any depth, and their edges', () => {
    const next = deleteElements(board(), ['vpc']);
    expect(ids(next)).toEqual(['web', 'lb']);
    expect(edgeIds(next)).toEqual(['web-lb']);
  });

  it('deleting an inner boundary keeps its parent and siblings', () => {
    const next = deleteElements(board(), ['ns']);
    expect(ids(next)).toEqual(['vpc', 'db', 'web', 'lb']);
    expect(edgeIds(next)).toEqual(['web-lb', 'lb-db']);
  });

  it('deletes edges alone', () => {
    const doc = board();
    const next = deleteElements(doc, [], ['lb-db']);
    expect(edgeIds(next)).toEqual(['web-lb', 'lb-svc', 'svc-db']);
    expect(ids(next)).toEqual(ids(doc));
    for (const n of next.nodes) expect(n).toBe(findNode(doc, n.id));
  });

  it('returns the same object when nothing changes', () => {
    const doc = board();
    expect(deleteElements(doc, [])).toBe(doc);
    expect(deleteElements(doc, [], [])).toBe(doc);
    expect(deleteElements(doc, ['ghost'], ['no-such-edge'])).toBe(doc);
  });

  it('keeps the surviving nodes as the same objects', () => {
    const doc = board();
    const next = deleteElements(doc, ['lb']);
    for (const n of next.nodes) expect(n).toBe(findNode(doc, n.id));
  });
});

describe('updateNode', () => {
  const one = () =>
    boardOf(node('svc', 'k8s-service', 0, 0, { replicas: 2, instance: 'm6i.large', tags: ['ha'] }), node('other', 'cache', 300, 0)).doc;

  it('applies a patch and leaves other fields alone', () => {
    const next = updateNode(one(), 'svc', { label: 'Orders API', replicas: 3, monthlyCostUsd: 450 });
    expect(findNode(next, 'svc')).toMatchObject({ label: 'Orders API', replicas: 3, monthlyCostUsd: 450, instance: 'm6i.large', tags: ['ha'] });
  });

  it('removes a field set to undefined', () => {
    const next = updateNode(one(), 'svc', { replicas: undefined });
    expect('replicas' in findNode(next, 'svc')).toBe(false);
    expect(findNode(next, 'svc').instance).toBe('m6i.large');
  });

  it('returns the same object for a no-op patch', () => {
    const doc = one();
    expect(updateNode(doc, 'svc', {})).toBe(doc);
    expect(updateNode(doc, 'svc', { replicas: 2, instance: 'm6i.large' })).toBe(doc);
    expect(updateNode(doc, 'svc', { tags: ['ha'] })).toBe(doc); // equal content, new array
    expect(updateNode(doc, 'svc', { monthlyCostUsd: undefined })).toBe(doc); // already absent
    expect(updateNode(doc, 'ghost', { label: 'x' })).toBe(doc);
  });

  it('does not mutate the input and keeps other nodes shared', () => {
    const doc = one();
    const before = structuredClone(doc);
    const next = updateNode(doc, 'svc', { tags: ['ha', 'multi-az'] });
    expect(doc).toEqual(before);
    expect(findNode(next, 'other')).toBe(findNode(doc, 'other'));
    expect(findNode(next, 'svc')).not.toBe(findNode(doc, 'svc'));
    expect(next.edges).toBe(doc.edges);
  });
});

describe('updateEdge', () => {
  const doc = () => boardOf(node('a', 'web-app', 0, 0), node('b', 'cache', 300, 0)).edge('a', 'b', { id: 'e', label: 'GET /x' }).edge('b', 'a', { id: 'back' }).doc;

  it('changes label and kind', () => {
    const next = updateEdge(doc(), 'e', { label: 'POST /predict', kind: 'stream' });
    expect(next.edges[0]).toMatchObject({ id: 'e', label: 'POST /predict', kind: 'stream', source: 'a', target: 'b' });
  });

  it('returns the same object for a no-op, and keeps other edges shared', () => {
    const d = doc();
    expect(updateEdge(d, 'e', { label: 'GET /x' })).toBe(d);
    expect(updateEdge(d, 'e', {})).toBe(d);
    expect(updateEdge(d, 'ghost', { label: 'y' })).toBe(d);
    const next = updateEdge(d, 'e', { kind: 'batch' });
    expect(next.edges[1]).toBe(d.edges[1]);
    expect(next.nodes).toBe(d.nodes);
  });
});

describe('board notes and title', () => {
  it('sets notes, and returns the same object when they are unchanged', () => {
    const doc = boardOf().doc;
    const next = setBoardNotes(doc, '10k QPS, p99 < 100 ms');
    expect(next.notes).toBe('10k QPS, p99 < 100 ms');
    expect(setBoardNotes(next, '10k QPS, p99 < 100 ms')).toBe(next);
  });

  it('trims the title and falls back to "Untitled board" when it is blank', () => {
    const doc = boardOf().doc;
    expect(setBoardTitle(doc, '  Search  ').title).toBe('Search');
    expect(setBoardTitle(doc, '   ').title).toBe('Untitled board');
    expect(setBoardTitle(doc, ' Test board ')).toBe(doc);
  });
});

describe('moveNodes', () => {
  it('sets positions and keeps unmoved nodes shared', () => {
    const doc = boardOf(node('a', 'cache', 0, 0), node('b', 'cache', 300, 0)).doc;
    const next = moveNodes(doc, new Map([['a', { x: 10, y: 20 }]]));
    expect(findNode(next, 'a').position).toEqual({ x: 10, y: 20 });
    expect(findNode(next, 'b')).toBe(findNode(doc, 'b'));
    expect(findNode(doc, 'a').position).toEqual({ x: 0, y: 0 });
  });

  it('returns the same object when no position changes', () => {
    const doc = boardOf(node('a', 'cache', 0, 0)).doc;
    expect(moveNodes(doc, new Map([['a', { x: 0, y: 0 }]]))).toBe(doc);
    expect(moveNodes(doc, new Map([['ghost', { x: 5, y: 5 }]]))).toBe(doc);
  });
});

describe('nudgeNodes', () => {
  const board = () =>
    boardOf(
      node('vpc', 'vpc', 100, 100, { size: { width: 600, height: 400 } }),
      node('svc', 'k8s-service', 20, 30, { parentId: 'vpc' }),
      node('free', 'cache', 900, 0),
    ).doc;

  it('moves every selected node by the delta', () => {
    const next = nudgeNodes(board(), ['free', 'svc'], 5, -1);
    expect(findNode(next, 'free').position).toEqual({ x: 905, y: -1 });
    expect(findNode(next, 'svc').position).toEqual({ x: 25, y: 29 });
  });

  it('does not move a child twice when its parent moves too', () => {
    const doc = board();
    const next = nudgeNodes(doc, ['vpc', 'svc'], 10, 10);
    expect(findNode(next, 'vpc').position).toEqual({ x: 110, y: 110 });
    expect(findNode(next, 'svc')).toBe(findNode(doc, 'svc'));
    expect(screenPosition(next, 'svc')).toEqual({ x: 130, y: 140 });
  });

  it('does not move a grandchild whose grandparent moves', () => {
    const doc = nestedBoundaries().doc;
    const next = nudgeNodes(doc, ['region', 'ns'], 1, 0);
    expect(findNode(next, 'ns')).toBe(findNode(doc, 'ns'));
    expect(screenPosition(next, 'ns')).toEqual({ x: 151, y: 150 });
  });

  it('returns the same object for a zero delta or empty selection', () => {
    const doc = board();
    expect(nudgeNodes(doc, ['free'], 0, 0)).toBe(doc);
    expect(nudgeNodes(doc, [], 10, 10)).toBe(doc);
  });
});

describe('resizeNode', () => {
  const board = () =>
    boardOf(
      node('vpc', 'vpc', 0, 0, { size: { width: 600, height: 400 } }),
      node('note', 'note', 700, 0, { size: { width: 220, height: 120 } }),
      node('svc', 'k8s-service', 900, 0),
    ).doc;

  it('resizes a boundary, rounding to whole pixels', () => {
    const next = resizeNode(board(), 'vpc', { width: 700.4, height: 500.6 });
    expect(findNode(next, 'vpc').size).toEqual({ width: 700, height: 501 });
    expect(findNode(next, 'vpc').position).toEqual({ x: 0, y: 0 });
  });

  it('moves the top-left corner when resizing from the top or left', () => {
    const next = resizeNode(board(), 'vpc', { width: 650, height: 420 }, { x: -50, y: -20 });
    expect(findNode(next, 'vpc')).toMatchObject({ size: { width: 650, height: 420 }, position: { x: -50, y: -20 } });
  });

  it('keeps boundaries and notes at least their minimum size', () => {
    let next = resizeNode(board(), 'vpc', { width: 10, height: 10 });
    expect(findNode(next, 'vpc').size).toEqual(BOUNDARY_MIN_SIZE);
    next = resizeNode(board(), 'note', { width: 10, height: 10 });
    expect(findNode(next, 'note').size).toEqual({ width: 120, height: 60 });
  });

  it('only resizes resizable kinds', () => {
    const doc = board();
    expect(resizeNode(doc, 'svc', { width: 400, height: 400 })).toBe(doc);
    expect(findNode(doc, 'svc').size).toBeUndefined();
  });

  it('returns the same object when the size does not change', () => {
    const doc = board();
    expect(resizeNode(doc, 'vpc', { width: 600, height: 400 })).toBe(doc);
    expect(resizeNode(doc, 'ghost', { width: 600, height: 400 })).toBe(doc);
  });

  it('stores a size on a note that had none', () => {
    const doc = boardOf(node('n', 'note', 0, 0)).doc;
    const next = resizeNode(doc, 'n', { width: 300, height: 200 });
    expect(findNode(next, 'n').size).toEqual({ width: 300, height: 200 });
  });
});

describe('reparentToContainingBoundary', () => {
  it('drops a top-level node into a boundary, keeping it where it is on screen', () => {
    const doc = boardOf(node('svc', 'k8s-service', 250, 150), node('vpc', 'vpc', 100, 50, { size: { width: 600, height: 400 } })).doc;
    const next = reparentToContainingBoundary(doc, ['svc']);
    expect(findNode(next, 'svc').parentId).toBe('vpc');
    expect(findNode(next, 'svc').position).toEqual({ x: 150, y: 100 });
    expect(screenPosition(next, 'svc')).toEqual(screenPosition(doc, 'svc'));
    // The boundary was after its new child: the list is reordered so parents come first.
    expect(ids(next)).toEqual(['vpc', 'svc']);
    expect(parentsComeFirst(next)).toBe(true);
  });

  it('releases a node dragged out of its boundary', () => {
    const doc = boardOf(
      node('vpc', 'vpc', 100, 50, { size: { width: 600, height: 400 } }),
      // Dragged (relative position) to the right, beyond the VPC's right edge.
      node('svc', 'k8s-service', 700, 100, { parentId: 'vpc' }),
    ).doc;
    const next = reparentToContainingBoundary(doc, ['svc']);
    expect(findNode(next, 'svc').parentId).toBeUndefined();
    expect('parentId' in findNode(next, 'svc')).toBe(false);
    expect(findNode(next, 'svc').position).toEqual({ x: 800, y: 150 });
    expect(screenPosition(next, 'svc')).toEqual(screenPosition(doc, 'svc'));
  });

  it('moves a node from one boundary to a sibling boundary', () => {
    const doc = boardOf(
      node('a', 'namespace', 0, 0, { size: { width: 400, height: 300 } }),
      node('b', 'namespace', 500, 0, { size: { width: 400, height: 300 } }),
      node('svc', 'k8s-service', 550, 100, { parentId: 'a' }),
    ).doc;
    const next = reparentToContainingBoundary(doc, ['svc']);
    expect(findNode(next, 'svc')).toMatchObject({ parentId: 'b', position: { x: 50, y: 100 } });
    expect(screenPosition(next, 'svc')).toEqual({ x: 550, y: 100 });
  });

  it('picks the innermost boundary, and converts from any depth to any depth', () => {
    const base = nestedBoundaries();
    // Start inside the namespace, then dragged into the region only (bottom right).
    const doc = boardOf(...base.doc.nodes, node('svc', 'k8s-service', 700, 600, { parentId: 'ns' })).doc;
    const before = screenPosition(doc, 'svc');
    expect(before).toEqual({ x: 850, y: 750 });
    const next = reparentToContainingBoundary(doc, ['svc']);
    expect(findNode(next, 'svc').parentId).toBe('region');
    expect(screenPosition(next, 'svc')).toEqual(before);

    // And from the region root into the namespace.
    const back = moveNodes(next, new Map([['svc', { x: 200, y: 200 }]]));
    const inner = reparentToContainingBoundary(back, ['svc']);
    expect(findNode(inner, 'svc')).toMatchObject({ parentId: 'ns', position: { x: 50, y: 50 } });
    expect(screenPosition(inner, 'svc')).toEqual({ x: 200, y: 200 });
  });

  it('returns the same object when the parent does not change', () => {
    const doc = nestedBoundaries().doc;
    const inside = boardOf(...doc.nodes, node('svc', 'k8s-service', 10, 10, { parentId: 'ns' })).doc;
    expect(reparentToContainingBoundary(inside, ['svc'])).toBe(inside);
    expect(reparentToContainingBoundary(inside, ['ghost'])).toBe(inside);
    expect(reparentToContainingBoundary(inside, [])).toBe(inside);
  });

  it('a boundary dropped into a bigger one becomes its child and takes its children along', () => {
    const doc = boardOf(
      node('ns', 'namespace', 900, 100, { size: { width: 300, height: 200 } }),
      node('svc', 'k8s-service', 20, 20, { parentId: 'ns' }),
      node('cluster', 'k8s-cluster', 800, 0, { size: { width: 600, height: 500 } }),
    ).doc;
    const svcBefore = screenPosition(doc, 'svc');
    const next = reparentToContainingBoundary(doc, ['ns']);
    expect(findNode(next, 'ns')).toMatchObject({ parentId: 'cluster', position: { x: 100, y: 100 } });
    expect(findNode(next, 'svc').parentId).toBe('ns');
    expect(screenPosition(next, 'svc')).toEqual(svcBefore);
    expect(ids(next)).toEqual(['cluster', 'ns', 'svc']);
    expect(parentsComeFirst(next)).toBe(true);
  });

  it('never puts a boundary inside its own descendant', () => {
    const doc = boardOf(
      node('outer', 'vpc', 0, 0, { size: { width: 400, height: 300 } }),
      node('inner', 'namespace', 0, 0, { parentId: 'outer', size: { width: 400, height: 300 } }),
    ).doc;
    const next = reparentToContainingBoundary(doc, ['outer']);
    expect(findNode(next, 'outer').parentId).toBeUndefined();
    expect(findNode(next, 'inner').parentId).toBe('outer');
  });

  it('a big boundary dropped on a smaller one stays out of it', () => {
    const doc = boardOf(
      node('small', 'namespace', 0, 0, { size: { width: 300, height: 200 } }),
      node('big', 'vpc', -100, -100, { size: { width: 600, height: 500 } }),
    ).doc;
    // The big one's centre (200, 150) is inside the small one, but it does not fit.
    expect(reparentToContainingBoundary(doc, ['big'])).toBe(doc);
  });

  it('handles a boundary and its child moved together without moving the child on screen', () => {
    const doc = boardOf(
      node('ns', 'namespace', 900, 100, { size: { width: 300, height: 200 } }),
      node('svc', 'k8s-service', 20, 20, { parentId: 'ns' }),
      node('cluster', 'k8s-cluster', 800, 0, { size: { width: 600, height: 500 } }),
    ).doc;
    for (const order of [['ns', 'svc'], ['svc', 'ns']]) {
      const next = reparentToContainingBoundary(doc, order);
      expect(findNode(next, 'ns').parentId).toBe('cluster');
      expect(findNode(next, 'svc').parentId).toBe('ns');
      expect(screenPosition(next, 'svc')).toEqual({ x: 920, y: 120 });
      expect(parentsComeFirst(next)).toBe(true);
    }
  });

  it('keeps untouched nodes as the same objects', () => {
    const doc = boardOf(
      node('other', 'cache', -500, 0),
      node('svc', 'k8s-service', 250, 150),
      node('vpc', 'vpc', 100, 50, { size: { width: 600, height: 400 } }),
    ).doc;
    const next = reparentToContainingBoundary(doc, ['svc']);
    expect(findNode(next, 'other')).toBe(findNode(doc, 'other'));
    expect(findNode(next, 'vpc')).toBe(findNode(doc, 'vpc'));
  });
});

describe('reparentToContainingBoundary, for any geometry', () => {
  const rect = fc.record({
    x: fc.integer({ min: -500, max: 500 }),
    y: fc.integer({ min: -500, max: 500 }),
    width: fc.integer({ min: 200, max: 900 }),
    height: fc.integer({ min: 120, max: 700 }),
  });

  it('never moves a node on screen, keeps parents first, and picks the smallest boundary holding its centre', () => {
    fc.assert(
      fc.property(
        fc.array(rect, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: -800, max: 1400 }),
        fc.integer({ min: -800, max: 1400 }),
        fc.integer({ min: -1, max: 3 }),
        (rects, x, y, startParent) => {
          const boundaries = rects.map((r, i) => node(`b${i}`, 'namespace', r.x, r.y, { size: { width: r.width, height: r.height } }));
          const parent = startParent >= 0 && startParent < boundaries.length ? boundaries[startParent] : undefined;
          const leaf = parent
            ? node('leaf', 'k8s-service', x - parent.position.x, y - parent.position.y, { parentId: parent.id })
            : node('leaf', 'k8s-service', x, y);
          // A free leaf goes first, so a new parent comes after it and must be moved up.
          const doc = (parent ? boardOf(...boundaries, leaf) : boardOf(leaf, ...boundaries)).doc;
          const next = reparentToContainingBoundary(doc, ['leaf']);

          expect(screenPosition(next, 'leaf')).toEqual({ x, y });
          expect(parentsComeFirst(next)).toBe(true);
          const centre = { x: x + LEAF_SIZE.width / 2, y: y + LEAF_SIZE.height / 2 };
          const holding = rects
            .map((r, i) => ({ id: `b${i}`, area: r.width * r.height, inside: centre.x >= r.x && centre.x <= r.x + r.width && centre.y >= r.y && centre.y <= r.y + r.height }))
            .filter((c) => c.inside);
          const smallest = Math.min(...holding.map((c) => c.area));
          const newParent = findNode(next, 'leaf').parentId;
          if (holding.length === 0) expect(newParent).toBeUndefined();
          else expect(holding.find((c) => c.id === newParent)?.area).toBe(smallest);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('extractFragment', () => {
  const board = () =>
    boardOf(
      node('vpc', 'vpc', 100, 100, { size: { width: 600, height: 400 } }),
      node('svc', 'k8s-service', 20, 30, { parentId: 'vpc' }),
      node('db', 'relational-db', 300, 30, { parentId: 'vpc' }),
      node('web', 'web-app', -300, 0),
    )
      .edge('web', 'svc', { id: 'web-svc' })
      .edge('svc', 'db', { id: 'svc-db' }).doc;

  it('copies the edges among the copied nodes only', () => {
    const f = extractFragment(board(), ['svc', 'db']);
    expect(f.nodes.map((n) => n.id)).toEqual(['svc', 'db']);
    expect(f.edges.map((e) => e.id)).toEqual(['svc-db']);
  });

  it('gives top-level nodes of the fragment absolute positions and no parent', () => {
    const f = extractFragment(board(), ['svc']);
    expect(f.nodes[0].position).toEqual({ x: 120, y: 130 });
    expect('parentId' in f.nodes[0]).toBe(false);
  });

  it('copies a boundary with everything inside, children keeping relative positions', () => {
    const f = extractFragment(board(), ['vpc']);
    expect(f.nodes.map((n) => n.id)).toEqual(['vpc', 'svc', 'db']);
    expect(f.nodes.find((n) => n.id === 'svc')).toMatchObject({ parentId: 'vpc', position: { x: 20, y: 30 } });
    expect(f.edges.map((e) => e.id)).toEqual(['svc-db']);
  });

  it('does not change the document', () => {
    const doc = board();
    const before = structuredClone(doc);
    extractFragment(doc, ['vpc', 'web']);
    expect(doc).toEqual(before);
  });
});

describe('insertFragment', () => {
  const source = () =>
    boardOf(
      node('vpc', 'vpc', 100, 100, { size: { width: 600, height: 400 } }),
      node('svc', 'k8s-service', 20, 30, { parentId: 'vpc', tags: ['ha'] }),
      node('db', 'relational-db', 300, 30, { parentId: 'vpc' }),
      node('web', 'web-app', -300, 0),
    )
      .edge('web', 'svc', { id: 'web-svc' })
      .edge('svc', 'db', { id: 'svc-db', label: 'SQL', kind: 'sync' }).doc;

  it('inserts copies with fresh ids, remapping edges, offsetting top-level nodes only', () => {
    const doc = source();
    const fragment = extractFragment(doc, ['vpc']);
    const { doc: next, insertedIds } = insertFragment(doc, fragment, { x: 0, y: 1000 });
    expect(next.nodes).toHaveLength(7);
    expect(insertedIds).toHaveLength(3);
    const oldIds = new Set(ids(doc));
    for (const id of insertedIds) expect(oldIds.has(id)).toBe(false);
    expect(new Set(ids(next)).size).toBe(7);

    const copies = next.nodes.filter((n) => insertedIds.includes(n.id));
    const vpcCopy = copies.find((n) => n.kind === 'vpc')!;
    const svcCopy = copies.find((n) => n.kind === 'k8s-service')!;
    const dbCopy = copies.find((n) => n.kind === 'relational-db')!;
    expect(vpcCopy.position).toEqual({ x: 100, y: 1100 });
    expect(vpcCopy.parentId).toBeUndefined();
    expect(svcCopy).toMatchObject({ parentId: vpcCopy.id, position: { x: 20, y: 30 }, tags: ['ha'] });
    expect(dbCopy.parentId).toBe(vpcCopy.id);

    const newEdges = next.edges.slice(doc.edges.length);
    expect(newEdges).toHaveLength(1);
    expect(newEdges[0]).toMatchObject({ source: svcCopy.id, target: dbCopy.id, label: 'SQL', kind: 'sync' });
    expect(edgeIds(doc)).not.toContain(newEdges[0].id);
    expect(parentsComeFirst(next)).toBe(true);
  });

  it('does not share tag arrays with the fragment', () => {
    const doc = source();
    const fragment = extractFragment(doc, ['vpc']);
    const { doc: next, insertedIds } = insertFragment(doc, fragment, { x: 0, y: 1000 });
    const svcCopy = next.nodes.find((n) => insertedIds.includes(n.id) && n.kind === 'k8s-service')!;
    svcCopy.tags.push('changed');
    expect(fragment.nodes.find((n) => n.id === 'svc')!.tags).toEqual(['ha']);
  });

  it('pasting the same fragment twice gives two sets of ids', () => {
    const doc = source();
    const fragment = extractFragment(doc, ['web']);
    const first = insertFragment(doc, fragment, { x: 0, y: 500 });
    const second = insertFragment(first.doc, fragment, { x: 0, y: 600 });
    expect(new Set(ids(second.doc)).size).toBe(6);
    expect(second.insertedIds[0]).not.toBe(first.insertedIds[0]);
  });

  it('a pasted node that lands inside a boundary joins it', () => {
    const doc = source();
    const fragment = extractFragment(doc, ['web']); // at (-300, 0)
    const { doc: next, insertedIds } = insertFragment(doc, fragment, { x: 500, y: 200 }); // → (200, 200)
    const copy = findNode(next, insertedIds[0]);
    expect(copy.parentId).toBe('vpc');
    expect(screenPosition(next, copy.id)).toEqual({ x: 200, y: 200 });
  });

  it('an empty fragment changes nothing', () => {
    const doc = source();
    const result = insertFragment(doc, { nodes: [], edges: [] }, { x: 10, y: 10 });
    expect(result.doc).toBe(doc);
    expect(result.insertedIds).toEqual([]);
  });

  it('drops fragment edges whose ends are not in the fragment', () => {
    const doc = source();
    const fragment = { nodes: [node('x', 'cache', 0, 2000)], edges: [{ id: 'dangling', source: 'x', target: 'web', label: '', kind: 'sync' as const }] };
    const { doc: next } = insertFragment(doc, fragment, { x: 0, y: 0 });
    expect(next.edges).toEqual(doc.edges);
  });

  it('keeps existing nodes as the same objects', () => {
    const doc = source();
    const { doc: next } = insertFragment(doc, extractFragment(doc, ['web']), { x: 0, y: 2000 });
    for (const n of doc.nodes) expect(findNode(next, n.id)).toBe(n);
  });
});

describe('duplicateNodes', () => {
  const board = () =>
    boardOf(
      node('vpc', 'vpc', 100, 100, { size: { width: 600, height: 400 } }),
      node('svc', 'k8s-service', 20, 30, { parentId: 'vpc', replicas: 3 }),
      node('db', 'relational-db', 300, 30, { parentId: 'vpc' }),
    ).edge('svc', 'db', { id: 'svc-db' }).doc;

  it('copies next to the original (default offset 32,32) with the same properties', () => {
    const doc = board();
    const { doc: next, insertedIds } = duplicateNodes(doc, ['db']);
    expect(insertedIds).toHaveLength(1);
    const copy = findNode(next, insertedIds[0]);
    expect(copy).toMatchObject({ kind: 'relational-db', label: 'db' });
    expect(screenPosition(next, copy.id)).toEqual({ x: 432, y: 162 });
    // The original's boundary still contains the copy.
    expect(copy.parentId).toBe('vpc');
    expect(copy.position).toEqual({ x: 332, y: 62 });
    // A lone node has no edges to copy.
    expect(next.edges).toEqual(doc.edges);
  });

  it('copies the edges between duplicated nodes', () => {
    const { doc: next, insertedIds } = duplicateNodes(board(), ['svc', 'db'], { x: 0, y: 100 });
    expect(next.edges).toHaveLength(2);
    const copyEdge = next.edges[1];
    expect(insertedIds).toContain(copyEdge.source);
    expect(insertedIds).toContain(copyEdge.target);
    expect(findNode(next, copyEdge.source).replicas).toBe(3);
  });

  it('duplicating a boundary duplicates its contents', () => {
    const { doc: next, insertedIds } = duplicateNodes(board(), ['vpc'], { x: 700, y: 0 });
    expect(next.nodes).toHaveLength(6);
    expect(next.edges).toHaveLength(2);
    const vpcCopy = next.nodes.find((n) => n.kind === 'vpc' && n.id !== 'vpc')!;
    expect(insertedIds).toContain(vpcCopy.id);
    expect(vpcCopy.position).toEqual({ x: 800, y: 100 });
    expect(next.nodes.filter((n) => n.parentId === vpcCopy.id)).toHaveLength(2);
    expect(parentsComeFirst(next)).toBe(true);
  });
});

describe('documents built with the commands', () => {
  it('pass the schema', () => {
    let doc = boardOf().doc;
    doc = addNode(doc, createNode('vpc', { x: 0, y: 0 }, 'vpc'));
    doc = addNode(doc, createNode('k8s-service', { x: 40, y: 60 }, 'svc'));
    doc = addNode(doc, createNode('relational-db', { x: 250, y: 60 }, 'db'));
    doc = addNode(doc, createNode('note', { x: 700, y: 0 }, 'note'));
    doc = connect(doc, { source: 'svc', target: 'db', label: 'SQL', sourceHandle: 'right', targetHandle: 'left' });
    doc = updateNode(doc, 'svc', { replicas: 3, tags: ['autoscaling'], notes: 'stateless' });
    doc = duplicateNodes(doc, ['vpc'], { x: 0, y: 400 }).doc;
    doc = resizeNode(doc, 'vpc', { width: 520, height: 340 });
    expect(doc.nodes).toHaveLength(7);
    expect(isValidBoardDocument(doc)).toBe(true);
  });
});

describe('leaf size assumption used by the geometry above', () => {
  it('is 184×64', () => {
    // The centre-based drop tests are written against this size.
    expect(LEAF_SIZE).toEqual({ width: 184, height: 64 });
  });
});
