'use client';
import { useEffect, useRef, useState, type ReactNode } from 'react';

type ModalDialogProps = {
  /** The dialog's accessible name (the e2e tests and screen readers find the dialog by it). */
  label: string;
  /** The visible heading; may say more than the label (e.g. "Review: <prompt>"). */
  title: ReactNode;
  /** Extra classes next to `dialog`, for the dialog's own CSS. */
  className?: string;
  onClose: () => void;
  /** The close (×) button's accessible name. */
  closeLabel?: string;
  /** Buttons shown in the header before the close button. */
  headerActions?: ReactNode;
  children: ReactNode;
};

/**
 * The one modal dialog shape: a backdrop that closes on click, Escape closes, focus moves into the
 * dialog on open and back to where it was on close, a header with the title and a close button.
 */
export function ModalDialog({ label, title, className, onClose, closeLabel = 'Close', headerActions, children }: ModalDialogProps) {
  const dialog = useRef<HTMLDivElement>(null);
  // Read during the first render: by the time effects run, a child with autoFocus may have taken focus.
  const [opener] = useState(() => (typeof document === 'undefined' ? null : document.activeElement));
  // Callers pass inline arrow functions; a ref keeps the Escape listener (and the focus) from being reset on every render.
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const node = dialog.current;
    // A child may have focused one of its own fields already (the share link's text, say): keep that.
    if (node && !node.contains(document.activeElement)) node.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close.current();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      // Give focus back to the opener (a11y), unless closing already moved it somewhere that matters.
      const now = document.activeElement;
      const focusWasLost = !now || now === document.body || !!node?.contains(now);
      if (focusWasLost && opener instanceof HTMLElement && opener.isConnected) opener.focus({ preventScroll: true });
    };
  }, [opener]);

  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div
        ref={dialog}
        className={className ? `dialog ${className}` : 'dialog'}
        role="dialog"
        aria-modal="true"
        aria-label={label}
        tabIndex={-1}
        onClick={(e) => e.stopPropagation()}
      >
        <header className="dialog-header">
          <h2>{title}</h2>
          <div className="dialog-actions">
            {headerActions}
            <button type="button" onClick={onClose} aria-label={closeLabel}>×</button>
          </div>
        </header>
        {children}
      </div>
    </div>
  );
}
