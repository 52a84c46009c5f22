'use client';
// What a practice does to the live checklist. Blind mode hides it while a practice runs (shown
// in the review): a preference; the side panel marks the page while it applies and the
// stylesheet hides the checklist section. The prompt's scope narrows the rules it applies.
import { useEffect, useId, useState } from 'react';
import { useChecklistScope } from '@/components/checklist/checklist-scope';
import { readText, writeText } from '@/lib/persistence/local-storage';
import { promptScope } from '@/lib/practice/prompt-settings';
import { PRACTICE_BLIND_KEY } from '@/lib/practice/storage-keys';
import { usePageFlag } from '@/components/ui/use-page-flag';

export function readBlindPreference(): boolean {
  return readText(PRACTICE_BLIND_KEY) === '1';
}

/** True while the running practice hides the checklist; marks the page for the stylesheet. */
export function useBlindMode(practising: boolean): boolean {
  const blind = practising && readBlindPreference();
  usePageFlag('practiceBlind', blind);
  return blind;
}

export function BlindModeNote() {
  return <p className="practice-blind-note" role="note">Blind mode: the checklist is hidden until the review.</p>;
}

export function BlindModeCheckbox() {
  const [checked, setChecked] = useState(readBlindPreference);
  const id = useId();
  return (
    <div className="practice-blind-option">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => {
          setChecked(e.target.checked);
          writeText(PRACTICE_BLIND_KEY, e.target.checked ? '1' : '0');
        }}
      />
      <label htmlFor={id}>Hide checklist during practice</label>
    </div>
  );
}

/** The open practice board's prompt scope for the live checklist; cleared when the board is left. */
export function usePromptScope(promptId: string | null): void {
  useEffect(() => {
    if (!promptId) return;
    useChecklistScope.getState().setScope(promptScope(promptId));
    return () => useChecklistScope.getState().setScope(undefined);
  }, [promptId]);
}
