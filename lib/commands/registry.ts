// One list of commands feeds the toolbar, the keyboard shortcuts and the shortcut help sheet
// (Excalidraw's actions register pattern). components/editor/commands.ts binds each id to its
// action; this file only says what exists, what it is called and which keys run it.

export type CommandId =
  | 'undo'
  | 'redo'
  | 'delete'
  | 'duplicate'
  | 'select-all'
  | 'copy'
  | 'cut'
  | 'paste'
  | 'nudge-left'
  | 'nudge-right'
  | 'nudge-up'
  | 'nudge-down'
  | 'nudge-left-far'
  | 'nudge-right-far'
  | 'nudge-up-far'
  | 'nudge-down-far'
  | 'fit-view'
  | 'zoom-in'
  | 'zoom-out'
  | 'toggle-snap'
  | 'toggle-theme'
  | 'shortcut-help'
  | 'escape'
  | 'auto-layout'
  | 'export-png'
  | 'export-svg'
  | 'export-json'
  | 'import-json'
  | 'share-link'
  | 'templates'
  | 'practice'
  | 'new-board'
  | 'boards'
  | 'simulate-failure';

export interface CommandMeta {
  id: CommandId;
  /** Also the accessible name of its toolbar button. */
  label: string;
  /** "Mod" is Ctrl, or Cmd on a Mac. Keys are KeyboardEvent.key values. */
  shortcuts: string[];
  /** Shown in the help sheet under this heading. */
  group: 'Edit' | 'Selection' | 'View' | 'Board';
}

export const COMMANDS: readonly CommandMeta[] = [
  { id: 'undo', label: 'Undo', shortcuts: ['Mod+z'], group: 'Edit' },
  { id: 'redo', label: 'Redo', shortcuts: ['Mod+Shift+z', 'Ctrl+y'], group: 'Edit' },
  { id: 'delete', label: 'Delete', shortcuts: ['Delete', 'Backspace'], group: 'Edit' },
  { id: 'duplicate', label: 'Duplicate', shortcuts: ['Mod+d'], group: 'Edit' },
  { id: 'copy', label: 'Copy', shortcuts: ['Mod+c'], group: 'Edit' },
  { id: 'cut', label: 'Cut', shortcuts: ['Mod+x'], group: 'Edit' },
  { id: 'paste', label: 'Paste', shortcuts: ['Mod+v'], group: 'Edit' },
  { id: 'select-all', label: 'Select all', shortcuts: ['Mod+a'], group: 'Selection' },
  { id: 'escape', label: 'Clear selection / close', shortcuts: ['Escape'], group: 'Selection' },
  { id: 'nudge-left', label: 'Nudge left', shortcuts: ['ArrowLeft'], group: 'Selection' },
  { id: 'nudge-right', label: 'Nudge right', shortcuts: ['ArrowRight'], group: 'Selection' },
  { id: 'nudge-up', label: 'Nudge up', shortcuts: ['ArrowUp'], group: 'Selection' },
  { id: 'nudge-down', label: 'Nudge down', shortcuts: ['ArrowDown'], group: 'Selection' },
  { id: 'nudge-left-far', label: 'Nudge left ×5', shortcuts: ['Shift+ArrowLeft'], group: 'Selection' },
  { id: 'nudge-right-far', label: 'Nudge right ×5', shortcuts: ['Shift+ArrowRight'], group: 'Selection' },
  { id: 'nudge-up-far', label: 'Nudge up ×5', shortcuts: ['Shift+ArrowUp'], group: 'Selection' },
  { id: 'nudge-down-far', label: 'Nudge down ×5', shortcuts: ['Shift+ArrowDown'], group: 'Selection' },
  { id: 'fit-view', label: 'Fit view', shortcuts: ['Shift+!', 'Shift+1'], group: 'View' },
  { id: 'zoom-in', label: 'Zoom in', shortcuts: ['+', '='], group: 'View' },
  { id: 'zoom-out', label: 'Zoom out', shortcuts: ['-'], group: 'View' },
  { id: 'toggle-snap', label: 'Snap to grid', shortcuts: ['g'], group: 'View' },
  { id: 'toggle-theme', label: 'Toggle dark mode', shortcuts: ['Shift+D'], group: 'View' },
  { id: 'shortcut-help', label: 'Keyboard shortcuts', shortcuts: ['?', 'Shift+?'], group: 'View' },
  { id: 'auto-layout', label: 'Auto layout', shortcuts: ['Mod+Shift+l'], group: 'Board' },
  { id: 'export-png', label: 'Export PNG', shortcuts: ['Mod+Shift+e'], group: 'Board' },
  { id: 'export-svg', label: 'Export SVG', shortcuts: [], group: 'Board' },
  { id: 'export-json', label: 'Export JSON', shortcuts: ['Mod+s'], group: 'Board' },
  { id: 'import-json', label: 'Import JSON', shortcuts: ['Mod+o'], group: 'Board' },
  { id: 'share-link', label: 'Copy share link', shortcuts: [], group: 'Board' },
  { id: 'templates', label: 'Templates', shortcuts: [], group: 'Board' },
  { id: 'practice', label: 'Practice', shortcuts: [], group: 'Board' },
  { id: 'new-board', label: 'New board', shortcuts: [], group: 'Board' },
  { id: 'boards', label: 'Boards', shortcuts: [], group: 'Board' },
  { id: 'simulate-failure', label: 'Simulate failure', shortcuts: [], group: 'Board' },
];

const byId = new Map(COMMANDS.map((c) => [c.id, c]));
export function commandMeta(id: CommandId): CommandMeta {
  return byId.get(id)!;
}

/** The parts of a KeyboardEvent a shortcut depends on (so this stays testable in node). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export function matchesShortcut(press: KeyPress, shortcut: string, isMac: boolean): boolean {
  const parts = shortcut.split('+');
  // "Shift++" never occurs; a lone "+" is the key itself.
  const key = shortcut === '+' ? '+' : parts[parts.length - 1];
  const mods = shortcut === '+' ? [] : parts.slice(0, -1);
  const wantMod = mods.includes('Mod');
  const wantCtrl = mods.includes('Ctrl') || (wantMod && !isMac);
  const wantMeta = wantMod && isMac;
  const wantShift = mods.includes('Shift');
  const wantAlt = mods.includes('Alt');
  if (press.ctrlKey !== wantCtrl || press.metaKey !== wantMeta || press.altKey !== wantAlt) return false;
  // Keys like "?" and "+" need Shift on most layouts; don't insist on its state for them.
  const shiftAgnostic = key.length === 1 && !/[a-z0-9]/i.test(key) && !wantShift;
  if (!shiftAgnostic && press.shiftKey !== wantShift) return false;
  return press.key.toLowerCase() === key.toLowerCase();
}

export function findCommandForKey(press: KeyPress, isMac: boolean): CommandMeta | undefined {
  return COMMANDS.find((c) => c.shortcuts.some((s) => matchesShortcut(press, s, isMac)));
}

/** Whether a platform string (the caller passes navigator.platform) is Apple's, where "Mod" is ⌘. */
export function isMacPlatform(platform: string | undefined): boolean {
  return /Mac|iPhone|iPad/.test(platform ?? '');
}

/** "Mod+Shift+z" → "Ctrl+Shift+Z" (or "⌘⇧Z" on a Mac), for tooltips and the help sheet. */
export function formatShortcut(shortcut: string, isMac: boolean): string {
  if (shortcut === '+') return '+';
  const parts = shortcut.split('+');
  const names = parts.map((p, i) => {
    if (i === parts.length - 1) return p.length === 1 ? p.toUpperCase() : p.replace('Arrow', '');
    if (p === 'Mod') return isMac ? '⌘' : 'Ctrl';
    if (p === 'Ctrl') return isMac ? '⌃' : 'Ctrl';
    if (p === 'Shift') return isMac ? '⇧' : 'Shift';
    if (p === 'Alt') return isMac ? '⌥' : 'Alt';
    return p;
  });
  return isMac ? names.join('') : names.join('+');
}
