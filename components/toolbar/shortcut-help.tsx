'use client';
import { ModalDialog } from '@/components/ui/modal-dialog';
import { formatShortcut, isMacPlatform } from '@/lib/commands/registry';
import { commands } from '@/components/editor/commands';

const GROUPS = ['Edit', 'Selection', 'View', 'Board'] as const;
const MOUSE = [
  ['Drag from the palette', 'drop a component where released'],
  ['Click / Enter on a palette item', 'add it at the centre of the view'],
  ['Drag on empty canvas', 'box select'],
  ['Shift / Ctrl + click', 'add to the selection'],
  ['Space + drag, middle/right drag, scroll', 'pan'],
  ['Ctrl + scroll, pinch', 'zoom'],
  ['Drag from a handle to a node', 'connect (any side to any side)'],
  ['Double-click a label', 'rename in place'],
  ['Drag a node into a boundary', 'it moves with the boundary; drag it out to release'],
];

export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const isMac = isMacPlatform(navigator.platform);
  return (
    <ModalDialog label="Keyboard shortcuts" title="Keyboard shortcuts" className="shortcut-help" onClose={onClose}>
      <div className="shortcut-columns">
        {GROUPS.map((group) => (
          <section key={group}>
            <h3>{group}</h3>
            <dl>
              {Object.values(commands).filter((c) => c.group === group && c.shortcuts.length > 0).map((c) => (
                <div key={c.id} className="shortcut-row">
                  <dt>{c.label}</dt>
                  <dd>{c.shortcuts.slice(0, 2).map((s) => <kbd key={s}>{formatShortcut(s, isMac)}</kbd>)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
        <section>
          <h3>Mouse</h3>
          <dl>
            {MOUSE.map(([gesture, effect]) => (
              <div key={gesture} className="shortcut-row">
                <dt>{gesture}</dt>
                <dd>{effect}</dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
    </ModalDialog>
  );
}
