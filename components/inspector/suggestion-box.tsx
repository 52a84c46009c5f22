'use client';
import { useEffect, useRef, useState } from 'react';
import * as edits from '@/lib/commands/edits';
import { hasSuggestion, suggestionFacts, type Suggestion } from '@/lib/model/suggestions';
import { useBoardStore } from '@/components/editor/board-store';
import './suggestions.css';

/**
 * The kind's usual values for the fields this node leaves empty, greyed, with one button that
 * makes them all chosen values (one undo step). Typing into a field chooses that field alone.
 */
export function SuggestionBox({ nodeId, kindLabel, suggestion }: { nodeId: string; kindLabel: string; suggestion: Suggestion }) {
  const [accepted, setAccepted] = useState<string | null>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const pending = hasSuggestion(suggestion);
  // The button disappears once clicked: keep keyboard focus in the inspector, on the confirmation.
  useEffect(() => {
    if (accepted && !pending) status.current?.focus();
  }, [accepted, pending]);
  if (!pending) {
    return accepted ? (
      <p ref={status} className="suggestion-accepted" role="status" tabIndex={-1}>
        Accepted {accepted}: these values now count. Edit any of them below.
      </p>
    ) : null;
  }
  const facts = suggestionFacts(suggestion).join(' · ');
  return (
    <div className="suggestion-box" role="group" aria-label="Suggested values">
      <p>
        Usual for a {kindLabel}: <span className="suggested-value" data-suggested="true">{facts}</span>. Suggestions count for nothing until
        you accept them or type your own.
      </p>
      <button
        type="button"
        onClick={() => {
          useBoardStore.getState().apply((d) => edits.acceptSuggestion(d, nodeId));
          setAccepted(facts);
        }}
      >
        Accept suggestion
      </button>
    </div>
  );
}
