'use client';
// Which of the app's dialogs is open. Commands open one by name; the app shell renders it.
import { create } from 'zustand';

export type DialogName = 'shortcut-help' | 'boards' | 'templates' | 'practice' | 'share-link';

interface DialogsState {
  current: DialogName | null;
  /** The link the share-link dialog offers to copy by hand (when the browser refused the clipboard). */
  shareUrl: string;
  /** Dialogs opened at least once: the practice bar's code is needed from the first Practice dialog on. */
  opened: ReadonlySet<DialogName>;
  open: (name: DialogName, shareUrl?: string) => void;
  close: () => void;
}

export const useDialogs = create<DialogsState>()((set, get) => ({
  current: null,
  shareUrl: '',
  opened: new Set(),
  open: (name, shareUrl = '') => set({ current: name, shareUrl, opened: new Set(get().opened).add(name) }),
  close: () => set({ current: null, shareUrl: '' }),
}));
