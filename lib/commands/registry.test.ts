import { describe, expect, it } from 'vitest';
import { COMMANDS, commandMeta, findCommandForKey, formatShortcut, isMacPlatform, matchesShortcut, type KeyPress } from './registry';

/** A key press as a browser reports it; modifiers default to up. */
const press = (key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

const PC = false;
const MAC = true;
const commandFor = (p: KeyPress, isMac: boolean) => findCommandForKey(p, isMac)?.id;

describe('matchesShortcut', () => {
  it('Mod is Ctrl off a Mac and Cmd on a Mac', () => {
    expect(matchesShortcut(press('z', { ctrlKey: true }), 'Mod+z', PC)).toBe(true);
    expect(matchesShortcut(press('z', { metaKey: true }), 'Mod+z', PC)).toBe(false);
    expect(matchesShortcut(press('z', { metaKey: true }), 'Mod+z', MAC)).toBe(true);
    expect(matchesShortcut(press('z', { ctrlKey: true }), 'Mod+z', MAC)).toBe(false);
  });

  it('needs exactly the modifiers the shortcut names', () => {
    expect(matchesShortcut(press('z'), 'Mod+z', PC)).toBe(false);
    expect(matchesShortcut(press('z', { ctrlKey: true, altKey: true }), 'Mod+z', PC)).toBe(false);
    expect(matchesShortcut(press('z', { ctrlKey: true, metaKey: true }), 'Mod+z', PC)).toBe(false);
    expect(matchesShortcut(press('Z', { ctrlKey: true, shiftKey: true }), 'Mod+z', PC)).toBe(false);
  });

  it('compares letters case-insensitively (Shift makes the key upper-case)', () => {
    expect(matchesShortcut(press('Z', { ctrlKey: true, shiftKey: true }), 'Mod+Shift+z', PC)).toBe(true);
    expect(matchesShortcut(press('z', { metaKey: true, shiftKey: true }), 'Mod+Shift+z', MAC)).toBe(true);
    expect(matchesShortcut(press('D', { shiftKey: true }), 'Shift+D', PC)).toBe(true);
  });

  it('does not care about Shift for punctuation that needs it on some layouts', () => {
    expect(matchesShortcut(press('?', { shiftKey: true }), '?', PC)).toBe(true);
    expect(matchesShortcut(press('?'), '?', PC)).toBe(true);
    expect(matchesShortcut(press('+', { shiftKey: true }), '+', PC)).toBe(true);
    expect(matchesShortcut(press('+'), '+', MAC)).toBe(true);
  });

  it('still insists on Shift for letters, digits and named keys', () => {
    expect(matchesShortcut(press('G', { shiftKey: true }), 'g', PC)).toBe(false);
    expect(matchesShortcut(press('ArrowLeft', { shiftKey: true }), 'ArrowLeft', PC)).toBe(false);
    expect(matchesShortcut(press('ArrowLeft'), 'Shift+ArrowLeft', PC)).toBe(false);
  });

  it('treats a lone "+" as the key, not a separator', () => {
    expect(matchesShortcut(press('+'), '+', PC)).toBe(true);
    expect(matchesShortcut(press('='), '+', PC)).toBe(false);
  });
});

describe('findCommandForKey', () => {
  it('Mod+z is undo on both platforms', () => {
    expect(commandFor(press('z', { ctrlKey: true }), PC)).toBe('undo');
    expect(commandFor(press('z', { metaKey: true }), MAC)).toBe('undo');
  });

  it('Mod+Shift+z is redo, not undo', () => {
    expect(commandFor(press('Z', { ctrlKey: true, shiftKey: true }), PC)).toBe('redo');
    expect(commandFor(press('z', { metaKey: true, shiftKey: true }), MAC)).toBe('redo');
  });

  it('Ctrl+y is redo', () => {
    expect(commandFor(press('y', { ctrlKey: true }), PC)).toBe('redo');
  });

  it('Ctrl+z on a Mac is not undo (Cmd is)', () => {
    expect(commandFor(press('z', { ctrlKey: true }), MAC)).toBeUndefined();
  });

  it('"?" opens the shortcut help, typed with Shift', () => {
    expect(commandFor(press('?', { shiftKey: true }), PC)).toBe('shortcut-help');
    expect(commandFor(press('?', { shiftKey: true }), MAC)).toBe('shortcut-help');
  });

  it('Delete and Backspace delete', () => {
    expect(commandFor(press('Delete'), PC)).toBe('delete');
    expect(commandFor(press('Backspace'), PC)).toBe('delete');
    expect(commandFor(press('Backspace'), MAC)).toBe('delete');
  });

  it('arrows nudge, Shift+arrows nudge far', () => {
    const directions = ['left', 'right', 'up', 'down'] as const;
    for (const dir of directions) {
      const key = `Arrow${dir[0].toUpperCase()}${dir.slice(1)}`;
      expect(commandFor(press(key), PC)).toBe(`nudge-${dir}`);
      expect(commandFor(press(key, { shiftKey: true }), PC)).toBe(`nudge-${dir}-far`);
    }
  });

  it('maps the clipboard and selection keys', () => {
    expect(commandFor(press('c', { ctrlKey: true }), PC)).toBe('copy');
    expect(commandFor(press('x', { ctrlKey: true }), PC)).toBe('cut');
    expect(commandFor(press('v', { metaKey: true }), MAC)).toBe('paste');
    expect(commandFor(press('d', { ctrlKey: true }), PC)).toBe('duplicate');
    expect(commandFor(press('a', { metaKey: true }), MAC)).toBe('select-all');
    expect(commandFor(press('Escape'), PC)).toBe('escape');
  });

  it('plain letters typed without modifiers mostly do nothing', () => {
    for (const key of ['a', 'z', 'c', 'v', 'x', 'y', 'd', 'e']) expect(commandFor(press(key), PC)).toBeUndefined();
  });

  it('Ctrl with "-" or "+" is left to the browser zoom', () => {
    expect(commandFor(press('-', { ctrlKey: true }), PC)).toBeUndefined();
    expect(commandFor(press('+', { ctrlKey: true }), PC)).toBeUndefined();
    expect(commandFor(press('-'), PC)).toBe('zoom-out');
    expect(commandFor(press('='), PC)).toBe('zoom-in');
  });
});

describe('formatShortcut', () => {
  it('spells shortcuts out with Ctrl and Shift off a Mac', () => {
    expect(formatShortcut('Mod+Shift+z', PC)).toBe('Ctrl+Shift+Z');
    expect(formatShortcut('Mod+d', PC)).toBe('Ctrl+D');
    expect(formatShortcut('Shift+ArrowUp', PC)).toBe('Shift+Up');
  });

  it('uses the Mac symbols on a Mac', () => {
    expect(formatShortcut('Mod+Shift+z', MAC)).toBe('⌘⇧Z');
    expect(formatShortcut('Mod+z', MAC)).toBe('⌘Z');
  });

  it('keeps single keys and named keys readable', () => {
    expect(formatShortcut('+', PC)).toBe('+');
    expect(formatShortcut('?', MAC)).toBe('?');
    expect(formatShortcut('Delete', PC)).toBe('Delete');
    expect(formatShortcut('ArrowLeft', MAC)).toBe('Left');
    expect(formatShortcut('g', PC)).toBe('G');
  });
});

describe('isMacPlatform', () => {
  it("is true for Apple's platform strings and false for the others", () => {
    for (const platform of ['MacIntel', 'iPhone', 'iPad']) expect(isMacPlatform(platform), platform).toBe(true);
    for (const platform of ['Win32', 'Linux x86_64', '']) expect(isMacPlatform(platform), platform).toBe(false);
  });

  it('is false when there is no platform (server rendering)', () => {
    expect(isMacPlatform(undefined)).toBe(false);
  });
});

describe('the command list', () => {
  it('has unique ids, and commandMeta finds each one', () => {
    const ids = COMMANDS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of COMMANDS) expect(commandMeta(c.id)).toBe(c);
  });

  it('has unique labels (they are the accessible names of toolbar buttons)', () => {
    const labels = COMMANDS.map((c) => c.label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const label of labels) expect(label.trim()).not.toBe('');
  });

  it('names the toolbar buttons the UI contract requires', () => {
    const labels = new Set(COMMANDS.map((c) => c.label));
    for (const name of ['Undo', 'Redo', 'Auto layout', 'Export PNG', 'Export JSON', 'Import JSON', 'Templates', 'Practice', 'New board']) {
      expect(labels).toContain(name);
    }
  });

  it('no shortcut string appears on two commands', () => {
    const owner = new Map<string, string>();
    for (const c of COMMANDS) {
      for (const s of c.shortcuts) {
        const normalized = s.toLowerCase();
        expect(owner.get(normalized), `${s} is on ${owner.get(normalized)} and ${c.id}`).toBeUndefined();
        owner.set(normalized, c.id);
      }
    }
  });

  it('every shortcut, pressed as a browser reports it, runs its own command and no other', () => {
    for (const isMac of [PC, MAC]) {
      for (const c of COMMANDS) {
        for (const shortcut of c.shortcuts) {
          for (const p of pressesFor(shortcut, isMac)) {
            const matching = COMMANDS.filter((other) => other.shortcuts.some((s) => matchesShortcut(p, s, isMac))).map((o) => o.id);
            expect(matching, `${shortcut} (${isMac ? 'Mac' : 'PC'})`).toEqual([c.id]);
          }
        }
      }
    }
  });
});

/** The key presses that a shortcut stands for (both Shift states for Shift-agnostic punctuation). */
function pressesFor(shortcut: string, isMac: boolean): KeyPress[] {
  const parts = shortcut === '+' ? ['+'] : shortcut.split('+');
  const key = parts[parts.length - 1];
  const mods = parts.slice(0, -1);
  const base = press(mods.includes('Shift') && key.length === 1 ? key.toUpperCase() : key, {
    ctrlKey: mods.includes('Ctrl') || (mods.includes('Mod') && !isMac),
    metaKey: mods.includes('Mod') && isMac,
    shiftKey: mods.includes('Shift'),
    altKey: mods.includes('Alt'),
  });
  const punctuation = key.length === 1 && !/[a-z0-9]/i.test(key);
  return punctuation && !mods.includes('Shift') ? [base, { ...base, shiftKey: true }] : [base];
}
