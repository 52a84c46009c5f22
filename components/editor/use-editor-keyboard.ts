'use client';
// The editor's keyboard shortcuts and clipboard. Shortcuts come from the command registry
// (lib/commands/registry) and run the same handlers as the toolbar; copy, cut and paste go
// through the browser's clipboard events so they also work between tabs.
import { useEffect } from 'react';
import { findCommandForKey, type CommandId } from '@/lib/commands/registry';
import type { Fragment } from '@/lib/commands/edits';
import { createEmptyDocument } from '@/lib/model/document';
import { loadDocumentParser } from '@/lib/persistence/document-parser';
import { CLIPBOARD_MIME, copySelection, pasteFragment, setClipboard, type CommandHandlers } from './command-handlers';

/** Copy, cut and paste go through the browser's clipboard events so they also work across tabs. */
const CLIPBOARD_COMMANDS: ReadonlySet<CommandId> = new Set(['copy', 'cut', 'paste']);

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return !!target.closest('input, textarea, select, [contenteditable="true"]');
}

function isMacPlatform(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
}

/** A fragment pasted from another tab; anything else on the clipboard is ignored. */
async function parseFragment(text: string | undefined): Promise<Fragment | null> {
  if (!text || text.length > 5_000_000) return null;
  let value: { type?: unknown; fragment?: { nodes?: unknown; edges?: unknown } };
  try {
    value = JSON.parse(text) as typeof value;
  } catch {
    return null;
  }
  if (value?.type !== 'design-drill/fragment' || !value.fragment) return null;
  // The fragment goes through the document parser like every other input. The parser loads
  // on first use (it is already there once the board has been restored from storage).
  const parser = await loadDocumentParser();
  if (!parser) return null;
  const parsed = parser.parseDocument({ ...createEmptyDocument(), nodes: value.fragment.nodes, edges: value.fragment.edges });
  return parsed.ok ? { nodes: parsed.document.nodes, edges: parsed.document.edges } : null;
}

export function useEditorKeyboard(handlers: CommandHandlers) {
  useEffect(() => {
    const isMac = isMacPlatform();
    // Parsing a pasted fragment is asynchronous: pastes are queued so they land in the order they were made.
    let pasting: Promise<void> = Promise.resolve();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      if (document.querySelector('[role="dialog"][aria-modal="true"]') && event.key !== 'Escape') return;
      const command = findCommandForKey(event, isMac);
      if (!command || CLIPBOARD_COMMANDS.has(command.id) || !handlers[command.id]) return;
      event.preventDefault();
      handlers[command.id]!();
    };
    const onCopy = (event: ClipboardEvent, cut: boolean) => {
      if (isTypingTarget(event.target)) return;
      const fragment = copySelection();
      if (!fragment) return;
      event.preventDefault();
      const json = JSON.stringify({ type: 'design-drill/fragment', fragment });
      event.clipboardData?.setData(CLIPBOARD_MIME, json);
      event.clipboardData?.setData('text/plain', json);
      if (cut) handlers.delete?.();
    };
    const onPaste = (event: ClipboardEvent) => {
      if (isTypingTarget(event.target)) return;
      // clipboardData can only be read while the event is being dispatched.
      const text = event.clipboardData?.getData(CLIPBOARD_MIME) || event.clipboardData?.getData('text/plain');
      event.preventDefault();
      pasting = pasting
        .then(async () => {
          const fromSystem = await parseFragment(text);
          if (fromSystem) setClipboard(fromSystem);
          pasteFragment();
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
  }, [handlers]);
}
