// A JSON object as read from a file or from storage, before anything about it is trusted.
// The one guard the migrations and the parser share.

export type RawObject = Record<string, unknown>;

/** True for a plain JSON-like object: not null, not a list. */
export const isRawObject = (value: unknown): value is RawObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads an own property only. Hostile files may carry "__proto__" or "constructor" keys;
 * reading only own, known keys into fresh objects means they can never reach a prototype.
 */
export function own(object: RawObject, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}
