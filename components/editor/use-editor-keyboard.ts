'use client';
// The editor's keyboard shortcuts and clipboard. A shortcut runs its command from the command
// table (./commands), as the toolbar does; copy, cut and paste go through the browser's
// clipboard events so they also work between tabs.
import { useEffect } from 'react';
import { findCommandForKey, isMacPlatform, type CommandId } from '@/lib/commands/registry';
import { loadDocumentParser } from '@/lib/persistence/document-parser';
import { runCommand, type CommandContext } from './commands';
import { setClipboard, copySelection, pasteClipboard } from './clipboard';

/** Copy, cut and paste go through the browser's clipboard events so they also work across tabs. */
const CLIPBOARD_COMMANDS: ReadonlySet<CommandId> = new Set(['copy', 'cut', 'paste']);
/** Clipboard type of a copied fragment, next to text/plain (which other apps read). */
const CLIPBOARD_MIME = 'application/x-design-drill+json';

type FragmentFormat = typeof import('@/lib/model/fragment');

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return !!target.closest('input, textarea, select, [contenteditable="true"]');
}

/** A fragment pasted from another tab; null for anything else on the clipboard. */
async function readFragment(format: Promise<FragmentFormat | null>, text: string | undefined) {
  if (!text) return null;
  // Both load on first use (the parser is already there once the board has been restored).
  const [fragment, parser] = await Promise.all([format, loadDocumentParser()]);
  return fragment && parser ? fragment.parseFragmentText(text, parser) : null;
}

export function useEditorKeyboard(ctx: CommandContext) {
  useEffect(() => {
    const isMac = isMacPlatform(navigator.platform);
    // The fragment format validates with zod, which stays out of the first load: it loads now,
    // long before anything can be selected (the board is restored through the same parser).
    let format: FragmentFormat | null = null;
    const formatLoaded = import('@/lib/model/fragment').then(
      (loaded) => (format = loaded),
      () => null,
    );
    // Parsing a pasted fragment is asynchronous: pastes are queued so they land in the order they were made.
    let pasting: Promise<void> = Promise.resolve();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      if (document.querySelector('[role="dialog"][aria-modal="true"]') && event.key !== 'Escape') return;
      const command = findCommandForKey(event, isMac);
      if (!command || CLIPBOARD_COMMANDS.has(command.id)) return;
      event.preventDefault();
      runCommand(command.id, ctx);
    };
    const onCopy = (event: ClipboardEvent, cut: boolean) => {
      if (isTypingTarget(event.target)) return;
      const fragment = copySelection();
      if (!fragment) return;
      event.preventDefault();
      if (format) {
        const text = format.serializeFragment(fragment);
        event.clipboardData?.setData(CLIPBOARD_MIME, text);
        event.clipboardData?.setData('text/plain', text);
      }
      if (cut) runCommand('delete', ctx);
    };
    const onPaste = (event: ClipboardEvent) => {
      if (isTypingTarget(event.target)) return;
      // clipboardData can only be read while the event is being dispatched.
      const text = event.clipboardData?.getData(CLIPBOARD_MIME) || event.clipboardData?.getData('text/plain');
      event.preventDefault();
      pasting = pasting
        .then(async () => {
          const fromSystem = await readFragment(formatLoaded, text);
          if (fromSystem) setClipboard(fromSystem);
          pasteClipboard();
        })
        .catch((error: unknown) => console.error('Paste failed', error));
    };
    const copy = (e: ClipboardEvent) => onCopy(e, false);
    const cut = (e: ClipboardEvent) => onCopy(e, true);
    window.addEventListener('keydown', onKeyDown);
    document.addEventListener('copy', copy);
    document.addEventListener('cut', cut);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('copy', copy);
      document.removeEventListener('cut', cut);
      document.removeEventListener('paste', onPaste);
    };
  }, [ctx]);
}
