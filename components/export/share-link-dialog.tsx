'use client';
import { useEffect, useRef, useState } from 'react';
import { ModalDialog } from '@/components/ui/modal-dialog';
import './export.css';

/**
 * Shown when the browser refuses the clipboard (permission denied, insecure page, an old
 * browser): the link in a selected text field, to copy by hand.
 */
export function ShareLinkDialog({ url, onClose }: { url: string; onClose: () => void }) {
  const field = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, []);

  const copyBySelection = () => {
    field.current?.focus();
    field.current?.select();
    // The old synchronous copy still works in a click handler where the async clipboard API is refused.
    setCopied(document.execCommand('copy'));
  };

  return (
    <ModalDialog label="Share link" title="Share link" className="share-link-dialog" onClose={onClose}>
      <p className="muted">
        The browser did not let the app copy the link. Select it below and copy it by hand (Ctrl+C, or ⌘C on a Mac).
        The board is inside the link itself: nothing is uploaded.
      </p>
      <label className="field">
        <span>Link to this board ({url.length.toLocaleString('en-US')} characters)</span>
        <textarea ref={field} readOnly value={url} rows={5} spellCheck={false} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <div className="dialog-actions">
        <button type="button" onClick={copyBySelection}>
          Copy
        </button>
        <button type="button" onClick={onClose}>
          Done
        </button>
        {copied && <span role="status">Copied.</span>}
      </div>
    </ModalDialog>
  );
}
