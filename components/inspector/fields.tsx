'use client';
import { useEffect, useId, useRef, useState } from 'react';

// Fields edit the document as the user types, one undo step per field visit: the caller's
// onChange records with a coalesce key and onBlur closes the step.

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  multiline?: boolean;
  placeholder?: string;
  maxLength?: number;
  rows?: number;
  autoFocus?: boolean;
}

export function TextField({ label, value, onChange, onBlur, multiline, placeholder, maxLength = 20000, rows = 4, autoFocus }: TextFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} value={value} rows={rows} placeholder={placeholder} maxLength={maxLength} onChange={(e) => onChange(e.target.value)} onBlur={onBlur} />
      ) : (
        <input id={id} type="text" value={value} placeholder={placeholder} maxLength={maxLength} onChange={(e) => onChange(e.target.value)} onBlur={onBlur} autoFocus={autoFocus} />
      )}
    </div>
  );
}

interface NumberFieldProps {
  label: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  onBlur: () => void;
  min?: number;
  step?: number;
  placeholder?: string;
}

/**
 * A number input that keeps what the user typed (e.g. "1." or "") while it is being typed,
 * and sends the document only valid numbers; empty clears the property.
 */
export function NumberField({ label, value, onChange, onBlur, min = 0, step = 1, placeholder }: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value === undefined ? '' : String(value));
  const focused = useRef(false);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    if (!focused.current) setDraft(value === undefined ? '' : String(value));
  }, [value]);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={min}
        step={step}
        value={draft}
        placeholder={placeholder}
        aria-invalid={invalid || undefined}
        onFocus={() => (focused.current = true)}
        onChange={(e) => {
          const text = e.target.value;
          setDraft(text);
          if (text.trim() === '') {
            setInvalid(false);
            onChange(undefined);
            return;
          }
          const n = Number(text);
          const ok = Number.isFinite(n) && n >= min;
          setInvalid(!ok);
          if (ok) onChange(n);
        }}
        onBlur={() => {
          focused.current = false;
          setInvalid(false);
          setDraft(value === undefined ? '' : String(value));
          onBlur();
        }}
      />
      {invalid && <span className="field-error">Enter a number ≥ {min}.</span>}
    </div>
  );
}
