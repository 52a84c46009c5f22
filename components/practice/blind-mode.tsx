'use client';
// Blind mode: the live checklist is hidden while a practice runs and shown in the review.
// The choice is a preference; the side panel marks the page while it applies, and the
// stylesheet hides the checklist section (so the checklist itself needs no practice code).
import { useEffect, useId, useState } from 'react';
import { readText, writeText } from '@/lib/persistence/local-storage';
import { PRACTICE_BLIND_KEY } from '@/lib/practice/storage-keys';

export function readBlindPreference(): boolean {
  return readText(PRACTICE_BLIND_KEY) === '1';
}

/** True while the running practice hides the checklist; marks the page for the stylesheet. */
export function useBlindMode(practising: boolean): boolean {
  const blind = practising && readBlindPreference();
  useEffect(() => {
    if (!blind) return;
    const root = document.documentElement;
    root.dataset.practiceBlind = 'true';
    return () => {
      delete root.dataset.practiceBlind;
    };
  }, [blind]);
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
