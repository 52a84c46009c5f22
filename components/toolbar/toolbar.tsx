'use client';
import { COMMANDS, commandMeta, formatShortcut, type CommandId } from '@/lib/commands/registry';
import { canRedo, canUndo } from '@/lib/commands/history';
import { edits, useBoardStore } from '@/components/editor/board-store';
import type { CommandHandlers } from '@/components/editor/command-handlers';

/** Toolbar buttons in order; a button shows only when its feature is wired in. */
const TOOLBAR: (CommandId | '|')[] = [
  'undo', 'redo', '|',
  'auto-layout', '|',
  'templates', 'practice', 'simulate-failure', '|',
  'export-png', 'export-svg', 'export-json', 'import-json', 'share-link', '|',
  'boards', 'new-board',
];

function tooltip(id: CommandId): string {
  const meta = commandMeta(id);
  const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
  return meta.shortcuts.length ? `${meta.label} (${formatShortcut(meta.shortcuts[0], isMac)})` : meta.label;
}

interface ToolbarProps {
  run: (id: CommandId) => void;
  available: CommandHandlers;
  /** Controls shown right after a command's button (e.g. the layout direction). */
  after?: Partial<Record<CommandId, React.ReactNode>>;
  /** Shown at the end of the left group (e.g. the save status). */
  status?: React.ReactNode;
  /** Called when the pointer enters or focus reaches a command's button: a click may follow. */
  intent?: Partial<Record<CommandId, () => void>>;
}

export function Toolbar({ run, available, after = {}, status, intent = {} }: ToolbarProps) {
  const undoable = useBoardStore((s) => canUndo(s.history));
  const redoable = useBoardStore((s) => canRedo(s.history));
  const title = useBoardStore((s) => s.history.present.title);
  const snap = useBoardStore((s) => s.snapToGrid);
  const theme = useBoardStore((s) => s.theme);
  const simulating = useBoardStore((s) => s.simulation !== null);
  const disabled: Partial<Record<CommandId, boolean>> = { undo: !undoable, redo: !redoable };
  /** Toggle commands show whether their mode is on. */
  const pressed: Partial<Record<CommandId, boolean>> = { 'simulate-failure': simulating };
  // Drop unwired buttons, then separators that no longer separate anything.
  const wired = TOOLBAR.filter((id) => id === '|' || !!available[id]);
  const shown = wired.filter((id, i) => id !== '|' || (i > 0 && wired[i - 1] !== '|' && i < wired.length - 1));
  return (
    <header className="toolbar" role="toolbar" aria-label="Board toolbar">
      <span className="brand" aria-hidden="true">◆ Design Drill</span>
      <input
        className="board-title"
        aria-label="Board title"
        defaultValue={title}
        key={title}
        maxLength={200}
        onKeyDown={(e) => {
          if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
        }}
        onBlur={(e) => useBoardStore.getState().apply((d) => edits.setBoardTitle(d, e.target.value))}
      />
      {status}
      <div className="toolbar-buttons">
        {shown.map((id, i) =>
          id === '|' ? (
            <span key={`sep-${i}`} className="toolbar-sep" aria-hidden="true" />
          ) : (
            <span key={id} className="toolbar-item">
              <button
                type="button"
                title={tooltip(id)}
                disabled={disabled[id]}
                aria-pressed={pressed[id]}
                onClick={() => run(id)}
                onPointerEnter={intent[id]}
                onFocus={intent[id]}
              >
                {commandMeta(id).label}
              </button>
              {after[id]}
            </span>
          ),
        )}
      </div>
      <div className="toolbar-toggles">
        <button type="button" aria-pressed={snap} title={tooltip('toggle-snap')} onClick={() => run('toggle-snap')}>
          Snap to grid
        </button>
        <button type="button" title={tooltip('toggle-theme')} onClick={() => run('toggle-theme')} aria-label={`Theme: ${theme}`}>
          {theme === 'dark' ? '☾ Dark' : theme === 'light' ? '☀ Light' : '◐ Auto'}
        </button>
        <button type="button" title={tooltip('shortcut-help')} aria-label="Keyboard shortcuts" onClick={() => run('shortcut-help')}>
          ?
        </button>
      </div>
    </header>
  );
}

export { COMMANDS };
