'use client';
import type { ButtonHTMLAttributes } from 'react';
import { formatShortcut, isMacPlatform, type CommandId } from '@/lib/commands/registry';
import { setBoardTitle } from '@/lib/commands/edits';
import { LIMITS } from '@/lib/model/limits';
import type { LayoutDirection } from '@/lib/layout/elk-graph';
import { useBoardStore } from '@/components/editor/board-store';
import { commands, runCommand, type CommandContext } from '@/components/editor/commands';
import { cancelAutoLayout, setLayoutDirection, useAutoLayout } from '@/components/editor/use-auto-layout';

/** Toolbar buttons in order. */
const TOOLBAR: (CommandId | '|')[] = [
  'undo', 'redo', '|',
  'auto-layout', '|',
  'templates', 'practice', 'simulate-failure', '|',
  'export-png', 'export-svg', 'export-json', 'import-json', 'share-link', '|',
  'boards', 'new-board',
];

function tooltip(id: CommandId): string {
  const { label, shortcuts } = commands[id];
  const isMac = isMacPlatform(typeof navigator === 'undefined' ? undefined : navigator.platform);
  return shortcuts.length ? `${label} (${formatShortcut(shortcuts[0], isMac)})` : label;
}

type CommandButtonProps = { id: CommandId; ctx: CommandContext } & Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'id'>;

/** A command's button: its label, whether it can run now and whether its toggle is on come from the command table. */
function CommandButton({ id, ctx, children, ...rest }: CommandButtonProps) {
  const command = commands[id];
  const enabled = useBoardStore((s) => command.enabled?.(s) ?? true);
  const pressed = useBoardStore((s) => command.pressed?.(s));
  return (
    <button
      type="button"
      title={tooltip(id)}
      disabled={!enabled}
      aria-pressed={pressed}
      onClick={() => runCommand(id, ctx)}
      onPointerEnter={command.prepare}
      onFocus={command.prepare}
      {...rest}
    >
      {children ?? command.label}
    </button>
  );
}

/** Next to Auto layout: the direction, and the progress with a way out while it runs. */
function LayoutControls() {
  const direction = useAutoLayout((s) => s.direction);
  const running = useAutoLayout((s) => s.running);
  return (
    <>
      <select aria-label="Layout direction" value={direction} onChange={(e) => setLayoutDirection(e.target.value as LayoutDirection)}>
        <option value="RIGHT">Left to right</option>
        <option value="DOWN">Top to bottom</option>
      </select>
      {running && (
        <span className="toolbar-progress" role="status">
          Laying out… <button type="button" onClick={cancelAutoLayout}>Cancel layout</button>
        </span>
      )}
    </>
  );
}

interface ToolbarProps {
  ctx: CommandContext;
  /** Shown at the end of the left group (e.g. the save status). */
  status?: React.ReactNode;
}

export function Toolbar({ ctx, status }: ToolbarProps) {
  const title = useBoardStore((s) => s.history.present.title);
  const theme = useBoardStore((s) => s.theme);
  return (
    <header className="toolbar" role="toolbar" aria-label="Board toolbar">
      <span className="brand" aria-hidden="true">◆ Design Drill</span>
      <input
        className="board-title"
        aria-label="Board title"
        defaultValue={title}
        key={title}
        title={title}
        maxLength={LIMITS.maxTitleChars}
        onKeyDown={(e) => {
          if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
        }}
        onBlur={(e) => useBoardStore.getState().apply((d) => setBoardTitle(d, e.target.value))}
      />
      {status}
      <div className="toolbar-buttons">
        {TOOLBAR.map((id, i) =>
          id === '|' ? (
            <span key={`sep-${i}`} className="toolbar-sep" aria-hidden="true" />
          ) : (
            <span key={id} className="toolbar-item">
              <CommandButton id={id} ctx={ctx} />
              {id === 'auto-layout' && <LayoutControls />}
            </span>
          ),
        )}
      </div>
      <div className="toolbar-toggles">
        <CommandButton id="toggle-snap" ctx={ctx} />
        <CommandButton id="toggle-theme" ctx={ctx} aria-label={`Theme: ${theme}`}>
          {theme === 'dark' ? '☾ Dark' : theme === 'light' ? '☀ Light' : '◐ Auto'}
        </CommandButton>
        <CommandButton id="shortcut-help" ctx={ctx} aria-label={commands['shortcut-help'].label}>
          ?
        </CommandButton>
      </div>
    </header>
  );
}
