'use client';
// A status is told by shape and text, not colour alone: ✓ pass, half-filled circle partial,
// ✕ fail, – n/a, each with a text alternative for screen readers.
import type { FindingStatus } from '@/lib/checklist';

export const STATUS_TEXT: Record<FindingStatus, string> = {
  pass: 'Pass',
  partial: 'Partial',
  fail: 'Fail',
  'n/a': 'Not applicable',
};

export function StatusIcon({ status, text = STATUS_TEXT[status] }: { status: FindingStatus; text?: string }) {
  return (
    <span className={`status-icon status-${status === 'n/a' ? 'na' : status}`}>
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
        {status === 'pass' && <path d="M4.5 8.3l2.3 2.3 4.7-4.9" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />}
        {status === 'partial' && <path d="M8 1a7 7 0 0 1 0 14z" fill="currentColor" />}
        {status === 'fail' && <path d="M5.3 5.3l5.4 5.4M10.7 5.3l-5.4 5.4" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />}
        {status === 'n/a' && <path d="M5 8h6" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />}
      </svg>
      <span className="checklist-sr-only">{text}: </span>
    </span>
  );
}
