import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReactFlowInstance } from '@xyflow/react';
import { canUndo } from '@/lib/commands/history';
import { boardOf, node } from '@/lib/commands/test-fixtures';
import { currentDoc, useBoardStore } from './board-store';
import { runCommand } from './commands';
import { ghostLinks, useGhosts, type ShownGhost } from './ghosts';

const ghosts = () => useGhosts.getState();
const board = () => boardOf(node('a', 'api-gateway', 0, 0), node('b', 'model-server', 400, 0)).edge('a', 'b').doc;

/** A feature-store ghost feeding each anchor. */
function ghost(id: string, x: number, y: number, anchorIds: string[]): ShownGhost {
  const edges = anchorIds.map((a) => ({ id: `${id}->${a}`, source: id, target: a, label: '', kind: 'async' as const }));
  return { id, kind: 'feature-store', label: 'Feature store', why: 'training/serving skew', rect: { x, y, width: 184, height: 64 }, edges };
}

beforeEach(() => {
  useBoardStore.getState().load(board());
  ghosts().clear();
});

describe('the ghost store', () => {
  it('shows ghosts for a board without touching its document or its history', () => {
    const before = currentDoc();
    ghosts().show('board-1', [ghost('ghost:feature-store', 400, 200, ['b'])]);
    expect(ghosts().boardId).toBe('board-1');
    expect(ghosts().ghosts.map((g) => g.id)).toEqual(['ghost:feature-store']);
    expect(currentDoc()).toBe(before);
    expect(canUndo(useBoardStore.getState().history)).toBe(false);
  });

  it('clears them on request and when another board is loaded', () => {
    ghosts().show('board-1', [ghost('ghost:x', 0, 200, [])]);
    ghosts().clear();
    expect(ghosts().ghosts).toHaveLength(0);
    ghosts().show('board-1', [ghost('ghost:x', 0, 200, [])]);
    useBoardStore.getState().apply((d) => ({ ...d, title: 'Renamed' }));
    expect(ghosts().ghosts).toHaveLength(1);
    useBoardStore.getState().load(board());
    expect(ghosts().ghosts).toHaveLength(0);
    expect(ghosts().boardId).toBeNull();
  });

  it('are cleared by Escape through the command table', () => {
    ghosts().show('board-1', [ghost('ghost:x', 0, 200, [])]);
    runCommand('escape', { flow: {} as ReactFlowInstance, pickImportFile: vi.fn() });
    expect(ghosts().ghosts).toHaveLength(0);
  });
});

describe('adding a ghost to the board', () => {
  it('makes it a real component wired like the ghost, as one undo step, selected, and no longer a ghost', () => {
    ghosts().show('board-1', [ghost('ghost:f', 400, 200, ['b']), ghost('ghost:g', 0, 200, [])]);
    ghosts().addToBoard('ghost:f');
    const added = currentDoc().nodes.find((n) => n.kind === 'feature-store')!;
    expect(added).toMatchObject({ label: 'Feature store', position: { x: 400, y: 200 } });
    expect(currentDoc().edges.filter((e) => e.source === added.id).map((e) => [e.target, e.kind])).toEqual([['b', 'async']]);
    expect([...useBoardStore.getState().selection.nodeIds]).toEqual([added.id]);
    expect(ghosts().ghosts.map((g) => g.id)).toEqual(['ghost:g']);
    useBoardStore.getState().undo();
    expect(currentDoc().nodes.map((n) => n.id).sort()).toEqual(['a', 'b']);
    expect(currentDoc().edges).toHaveLength(1);
  });

  it('leaves the ghost alone while the failure simulation keeps the board read-only', () => {
    ghosts().show('board-1', [ghost('ghost:f', 400, 200, ['b'])]);
    useBoardStore.getState().startSimulation();
    ghosts().addToBoard('ghost:f');
    useBoardStore.getState().endSimulation();
    expect(currentDoc().nodes).toHaveLength(2);
    expect(ghosts().ghosts).toHaveLength(1);
  });
});

describe('ghost links', () => {
  it('run border to border from a ghost to each anchor that still exists, following the anchor where it stands now', () => {
    // The ghost sits straight below b: the link leaves the ghost's top edge and reaches b's bottom edge.
    const g = ghost('ghost:f', 400, 200, ['b', 'gone']);
    expect(ghostLinks([g], currentDoc())).toEqual([{ id: 'ghost:f->b', x1: 492, y1: 200, x2: 492, y2: 64 }]);
    useBoardStore.getState().apply((d) => ({ ...d, nodes: d.nodes.map((n) => (n.id === 'b' ? { ...n, position: { x: 400, y: -100 } } : n)) }));
    expect(ghostLinks([g], currentDoc())[0]).toMatchObject({ y1: 200, y2: -36 });
  });
});
