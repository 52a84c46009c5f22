// Text helpers the parser and the writers share; kept apart from the field table so the
// first-load code that writes files does not carry the table.

/** Cuts text to `max` UTF-16 units without splitting a surrogate pair. */
export function truncateText(value: string, max: number): string {
  if (value.length <= max) return value;
  const code = value.charCodeAt(max - 1);
  return value.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}
