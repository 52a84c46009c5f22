import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReactFlowInstance } from '@xyflow/react';
import { COMMANDS, type CommandId } from '@/lib/commands/registry';
import { canUndo } from '@/lib/commands/history';
import { boardOf, node, screenPosition } from '@/lib/commands/test-fixtures';
import { currentDoc, useBoardStore } from './board-store';
import { commands, runCommand, type CommandContext } from './commands';
import { useDialogs } from './dialogs';

const store = () => useBoardStore.getState();
const selectedNodes = () => [...store().selection.nodeIds].sort();
const nodeIds = () => currentDoc().nodes.map((n) => n.id).sort();
const enabled = (id: CommandId) => commands[id].enabled?.(store()) ?? true;
const pressed = (id: CommandId) => commands[id].pressed?.(store());

let ctx: CommandContext;
const run = (id: CommandId) => runCommand(id, ctx);

beforeEach(() => {
  const flow = { fitView: vi.fn(), zoomIn: vi.fn(), zoomOut: vi.fn() } as unknown as ReactFlowInstance;
  ctx = { flow, pickImportFile: vi.fn() };
  store().load(boardOf(node('a', 'api-gateway', 0, 0), node('b', 'cache', 200, 0)).edge('a', 'b').doc);
  useDialogs.getState().close();
});

describe('the command table', () => {
  it('has an action for every command of the registry, with its label and shortcuts', () => {
    for (const meta of COMMANDS) {
      expect(commands[meta.id], meta.id).toMatchObject(meta);
      expect(typeof commands[meta.id].run, meta.id).toBe('function');
    }
    expect(Object.keys(commands)).toEqual(COMMANDS.map((c) => c.id));
  });
});

describe('enabled and pressed follow the state', () => {
  it('undo and redo are enabled exactly when the history has a step that way', () => {
    expect([enabled('undo'), enabled('redo')]).toEqual([false, false]);
    store().select(['a']);
    run('nudge-right');
    expect([enabled('undo'), enabled('redo')]).toEqual([true, false]);
    run('undo');
    expect([enabled('undo'), enabled('redo')]).toEqual([false, true]);
    run('redo');
    expect([enabled('undo'), enabled('redo')]).toEqual([true, false]);
  });

  it('snap to grid is pressed while snapping is on', () => {
    const before = store().snapToGrid;
    expect(pressed('toggle-snap')).toBe(before);
    run('toggle-snap');
    expect(pressed('toggle-snap')).toBe(!before);
    run('toggle-snap');
    expect(pressed('toggle-snap')).toBe(before);
  });

  it('simulate failure is pressed while the simulation runs, and toggles it', () => {
    expect(pressed('simulate-failure')).toBe(false);
    run('simulate-failure');
    expect(store().simulation).not.toBeNull();
    expect(pressed('simulate-failure')).toBe(true);
    run('simulate-failure');
    expect(store().simulation).toBeNull();
    expect(pressed('simulate-failure')).toBe(false);
  });

  it('commands that are no toggles have no pressed state', () => {
    expect(pressed('undo')).toBeUndefined();
    expect(pressed('export-png')).toBeUndefined();
  });
});

describe('editing commands', () => {
  it('consecutive nudges of the same selection are one undo step', () => {
    store().select(['a']);
    run('nudge-right');
    run('nudge-right');
    run('nudge-down-far');
    const moved = screenPosition(currentDoc(), 'a');
    expect(moved.x).toBeGreaterThan(0);
    expect(moved.y).toBeGreaterThan(moved.x);
    run('undo');
    expect(screenPosition(currentDoc(), 'a')).toEqual({ x: 0, y: 0 });
    expect(canUndo(store().history)).toBe(false);
  });

  it('a nudge of another selection is a step of its own', () => {
    store().select(['a']);
    run('nudge-left');
    store().select(['b']);
    run('nudge-left');
    run('undo');
    expect(screenPosition(currentDoc(), 'b')).toEqual({ x: 200, y: 0 });
    expect(screenPosition(currentDoc(), 'a').x).toBeLessThan(0);
  });

  it('nudging nothing changes nothing', () => {
    run('nudge-up');
    expect(canUndo(store().history)).toBe(false);
  });

  it('delete removes the selection with its edges, clears the selection, and undoes in one step', () => {
    const before = currentDoc();
    store().select(['a']);
    run('delete');
    expect(nodeIds()).toEqual(['b']);
    expect(currentDoc().edges).toEqual([]);
    expect(selectedNodes()).toEqual([]);
    run('undo');
    expect(currentDoc()).toBe(before);
  });

  it('duplicate adds a copy and selects only the copy', () => {
    store().select(['a']);
    run('duplicate');
    const copies = nodeIds().filter((id) => id !== 'a' && id !== 'b');
    expect(copies).toHaveLength(1);
    expect(selectedNodes()).toEqual(copies);
    run('undo');
    expect(nodeIds()).toEqual(['a', 'b']);
  });

  it('select all selects every node and edge', () => {
    run('select-all');
    expect(selectedNodes()).toEqual(['a', 'b']);
    expect([...store().selection.edgeIds]).toEqual(['a->b']);
  });

  it('select all leaves out what a study build-up hides, and the edges to it', () => {
    store().setHidden(['b']);
    run('select-all');
    expect(selectedNodes()).toEqual(['a']);
    expect([...store().selection.edgeIds]).toEqual([]);
  });

  it('paste inserts the copied nodes a step further each time and selects them', () => {
    store().select(['a', 'b']);
    run('copy');
    run('paste');
    const first = selectedNodes();
    expect(first).toHaveLength(2);
    expect(first).not.toContain('a');
    run('paste');
    const second = selectedNodes();
    const x = (ids: string[]) => Math.min(...ids.map((id) => screenPosition(currentDoc(), id).x));
    expect(x(second)).toBeGreaterThan(x(first));
    expect(currentDoc().nodes).toHaveLength(6);
  });

  it('cut copies and deletes', () => {
    store().select(['b']);
    run('cut');
    expect(nodeIds()).toEqual(['a']);
    run('paste');
    expect(currentDoc().nodes).toHaveLength(2);
  });
});

describe('escape', () => {
  it('clears the selection and the highlight', () => {
    store().select(['a'], ['a->b']);
    store().setHighlighted(['b']);
    run('escape');
    expect(selectedNodes()).toEqual([]);
    expect(store().selection.edgeIds.size).toBe(0);
    expect(store().highlightedIds.size).toBe(0);
  });

  it('ends the failure simulation and gives back the selection it started with', () => {
    store().select(['a']);
    run('simulate-failure');
    store().toggleFailed('b');
    run('escape');
    expect(store().simulation).toBeNull();
    expect(selectedNodes()).toEqual(['a']);
  });
});

describe('view, dialog and board commands', () => {
  it('view commands act on the React Flow instance', () => {
    run('fit-view');
    run('zoom-in');
    run('zoom-out');
    expect(ctx.flow.fitView).toHaveBeenCalledTimes(1);
    expect(ctx.flow.zoomIn).toHaveBeenCalledTimes(1);
    expect(ctx.flow.zoomOut).toHaveBeenCalledTimes(1);
  });

  it('the theme cycles through system, light and dark', () => {
    store().setTheme('system');
    const seen = [1, 2, 3].map(() => {
      run('toggle-theme');
      return store().theme;
    });
    expect(seen).toEqual(['light', 'dark', 'system']);
  });

  it('dialog commands open their dialog, and the dialogs remember which were opened', () => {
    run('shortcut-help');
    expect(useDialogs.getState().current).toBe('shortcut-help');
    run('practice');
    expect(useDialogs.getState().current).toBe('practice');
    useDialogs.getState().close();
    expect(useDialogs.getState().current).toBeNull();
    expect(useDialogs.getState().opened.has('practice')).toBe(true);
  });

  it('import asks the app shell for a file', () => {
    run('import-json');
    expect(ctx.pickImportFile).toHaveBeenCalledTimes(1);
  });
});
