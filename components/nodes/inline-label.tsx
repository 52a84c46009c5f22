'use client';
import { useEffect, useRef, useState } from 'react';
import * as edits from '@/lib/commands/edits';
import { useBoardStore } from '@/components/editor/board-store';
import { LIMITS } from '@/lib/model/limits';

/**
 * The node's label; a double-click turns it into a text field. Enter or leaving the field
 * commits one undo step, Escape cancels. Labels are always rendered as text, never HTML.
 */
export function InlineLabel({ nodeId, label, className }: { nodeId: string; label: string; className?: string }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(label);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (editing) inputRef.current?.select();
  }, [editing]);

  if (!editing) {
    return (
      <span
        className={className}
        onDoubleClick={(e) => {
          e.stopPropagation();
          setDraft(label);
          setEditing(true);
        }}
      >
        {label}
      </span>
    );
  }
  const commit = () => {
    setEditing(false);
    const next = draft.trim();
    if (next && next !== label) useBoardStore.getState().apply((doc) => edits.updateNode(doc, nodeId, { label: next }));
  };
  return (
    <input
      ref={inputRef}
      className={`inline-label-input nodrag ${className ?? ''}`}
      aria-label="Edit label"
      value={draft}
      maxLength={LIMITS.maxNodeLabelChars}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setEditing(false);
      }}
    />
  );
}
