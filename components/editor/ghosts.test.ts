import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReactFlowInstance } from '@xyflow/react';
import { canUndo } from '@/lib/commands/history';
import { boardOf, node } from '@/lib/commands/test-fixtures';
import { currentDoc, useBoardStore } from './board-store';
import { runCommand } from './commands';
import type { ShownGhost } from '@/lib/practice/ghosts';
import { useGhosts } from './ghosts';

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

  it('takes away one ghost once it is on the board, and the last one with the board it belonged to', () => {
    ghosts().show('board-1', [ghost('ghost:f', 400, 200, ['b']), ghost('ghost:g', 0, 200, [])]);
    ghosts().remove('ghost:f');
    expect(ghosts().ghosts.map((g) => g.id)).toEqual(['ghost:g']);
    ghosts().remove('ghost:g');
    expect(ghosts()).toMatchObject({ boardId: null, ghosts: [] });
  });

  it('are cleared by Escape through the command table', () => {
    ghosts().show('board-1', [ghost('ghost:x', 0, 200, [])]);
    runCommand('escape', { flow: {} as ReactFlowInstance, pickImportFile: vi.fn() });
    expect(ghosts().ghosts).toHaveLength(0);
  });
});
