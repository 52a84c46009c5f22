// Field restorers: one raw value in, a valid value (or nothing) out, by the rule the field
// table (../field-table.ts) gives for that field. Each says which repair it made; none throws
// on any value JSON can hold.
import { FIELDS, isTimestamp, isWithin, type ChoiceField, type ListField, type NumberField, type TextField } from '../field-table';
import { isRawObject, own } from '../raw-object';
import { truncateText } from '../text';
import type { Point, Size } from '../types';
import type { Repairs } from './repairs';

export const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** A required text field: missing → fallback silently; wrong type → fallback + warning; too long → truncated + warning. */
export function restoreText(value: unknown, field: TextField, repairs: Repairs, fallback = field.fallback ?? ''): string {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'string') {
    repairs.add(field.wrongType);
    return fallback;
  }
  if (value.length > field.max) {
    repairs.add(field.tooLong);
    return truncateText(value, field.max);
  }
  return value;
}

/** An optional text field: missing or wrong type → absent (the latter with a warning); too long → truncated + warning. */
export function restoreOptionalText(value: unknown, field: TextField, repairs: Repairs): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    repairs.add(field.wrongType);
    return undefined;
  }
  return restoreText(value, field, repairs);
}

/** An optional number: anything but a finite number within the field's range is removed with a warning. */
export function restoreOptionalNumber(value: unknown, field: NumberField, repairs: Repairs): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (isFiniteNumber(value) && isWithin(field, value)) return value;
  repairs.add(field.invalid);
  return undefined;
}

/** One of a fixed set of strings; anything else is absent (with a warning unless it was missing). */
export function restoreChoice<T extends string>(value: unknown, field: ChoiceField<T>, repairs: Repairs): T | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && (field.values as readonly string[]).includes(value)) return value as T;
  repairs.add(field.invalid);
  return undefined;
}

export function clampCoordinate(value: number): number {
  const { min, max } = FIELDS.node.coordinate;
  // `+ 0` turns -0 into 0, which is what JSON would store anyway.
  return Math.min(max, Math.max(min, value)) + 0;
}

export function restorePosition(value: unknown, repairs: Repairs): Point {
  const x = isRawObject(value) ? own(value, 'x') : undefined;
  const y = isRawObject(value) ? own(value, 'y') : undefined;
  if (!isFiniteNumber(x) || !isFiniteNumber(y)) {
    // Covers NaN (saved by JSON.stringify as null), Infinity / 1e400, strings and absence.
    repairs.add(FIELDS.node.coordinate.invalid);
    return { x: 0, y: 0 };
  }
  const position = { x: clampCoordinate(x), y: clampCoordinate(y) };
  if (position.x !== x || position.y !== y) repairs.add('position-clamped');
  return position;
}

export function restoreSize(value: unknown, repairs: Repairs): Size | undefined {
  if (value === undefined || value === null) return undefined;
  const field = FIELDS.node.dimension;
  const width = isRawObject(value) ? own(value, 'width') : undefined;
  const height = isRawObject(value) ? own(value, 'height') : undefined;
  const ok = (v: unknown): v is number => isFiniteNumber(v) && isWithin(field, v);
  if (ok(width) && ok(height)) return { width, height };
  repairs.add(field.invalid);
  return undefined;
}

/**
 * A list of items, each restored by `item` (undefined drops it); entries past the limit and
 * dropped entries are counted with the list's repair. Not a list → empty, with the repair.
 */
export function restoreList<T>(value: unknown, field: Required<ListField>, repairs: Repairs, item: (entry: unknown) => T | undefined): T[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    repairs.add(field.invalid);
    return [];
  }
  const out: T[] = [];
  for (const entry of value) {
    const restored = out.length < field.maxItems ? item(entry) : undefined;
    if (restored === undefined) repairs.add(field.invalid);
    else out.push(restored);
  }
  return out;
}

export function restoreTags(value: unknown, repairs: Repairs): string[] {
  const tag = FIELDS.node.tag;
  return restoreList(value, FIELDS.node.tags, repairs, (entry) => (typeof entry === 'string' ? restoreText(entry, tag, repairs) : undefined));
}

export function restoreTimestamp(value: unknown, fallback: string, repairs: Repairs): string {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'string' && isTimestamp(value)) return value;
  repairs.add(FIELDS.timestamp.invalid);
  return fallback;
}
