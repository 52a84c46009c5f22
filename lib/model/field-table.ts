// Every limit and default of a document field, written once. The zod schema (schema.ts) is
// built from this table and the parser (parse/) restores each field by it, so the two can
// never disagree about what a valid field is. The numbers themselves are LIMITS (limits.ts).
import { LIMITS } from './limits';
import type { RepairId } from './parse/repairs';
import { EDGE_KINDS, HANDLE_SIDES, UNTITLED_BOARD_TITLE, type EdgeKind, type HandleSide } from './types';

/** Text: missing → `fallback` silently; not text → `fallback` + `wrongType`; too long → cut + `tooLong`. */
export interface TextField {
  max: number;
  /** Absent for fields whose default is known only per element (a node label is its kind's label). */
  fallback?: string;
  wrongType: RepairId;
  tooLong: RepairId;
}

/** A number outside [min, max] (or not whole, when it must be) is removed with the `invalid` repair. */
export interface NumberField {
  min: number;
  max: number;
  wholeNumber: boolean;
  invalid: RepairId;
}

/** A list longer than `maxItems` loses the extra entries (with `invalid`), or is refused where there is no repair. */
export interface ListField {
  maxItems: number;
  invalid?: RepairId;
}

export interface ChoiceField<T extends string> {
  values: readonly T[];
  invalid: RepairId;
}

export const FIELDS = {
  id: { min: 1, max: LIMITS.maxIdChars },
  /** createdAt / updatedAt: a date Date.parse reads; an invalid one is replaced (now, or createdAt). */
  timestamp: { max: LIMITS.maxTimestampChars, invalid: 'timestamp' },
  board: {
    title: { max: LIMITS.maxTitleChars, fallback: UNTITLED_BOARD_TITLE, wrongType: 'title-type', tooLong: 'title-long' },
    notes: { max: LIMITS.maxBoardNotesChars, fallback: '', wrongType: 'board-notes-type', tooLong: 'board-notes-long' },
    nodes: { maxItems: LIMITS.maxNodes },
    edges: { maxItems: LIMITS.maxEdges },
  },
  node: {
    /** Both coordinates; out of range is clamped back (`position-clamped`), not removed. */
    coordinate: { min: -LIMITS.maxCoordinate, max: LIMITS.maxCoordinate, wholeNumber: false, invalid: 'position' },
    /** Both sides of a size; an invalid side resets the size to the catalog default. */
    dimension: { min: 1, max: LIMITS.maxNodeDimension, wholeNumber: false, invalid: 'size' },
    label: { max: LIMITS.maxNodeLabelChars, wrongType: 'node-label-type', tooLong: 'node-label-long' },
    notes: { max: LIMITS.maxNodeNotesChars, fallback: '', wrongType: 'node-notes-type', tooLong: 'node-notes-long' },
    /** Optional: missing or not text leaves no instance. */
    instance: { max: LIMITS.maxInstanceChars, wrongType: 'instance-invalid', tooLong: 'instance-long' },
    replicas: { min: 0, max: LIMITS.maxReplicas, wholeNumber: true, invalid: 'replicas' },
    monthlyCostUsd: { min: 0, max: LIMITS.maxMonthlyCostUsd, wholeNumber: false, invalid: 'cost' },
    tags: { maxItems: LIMITS.maxTags, invalid: 'tags' },
    tag: { max: LIMITS.maxTagChars, wrongType: 'tags', tooLong: 'tags' },
  },
  edge: {
    label: { max: LIMITS.maxEdgeLabelChars, fallback: '', wrongType: 'edge-label-type', tooLong: 'edge-label-long' },
    kind: { values: EDGE_KINDS, fallback: 'sync', invalid: 'edge-kind' },
    handle: { values: HANDLE_SIDES, invalid: 'edge-handle' },
  },
  study: {
    text: { max: LIMITS.maxStudyTextChars, fallback: '', wrongType: 'study', tooLong: 'study' },
    list: { maxItems: LIMITS.maxStudyListItems, invalid: 'study' },
  },
} as const satisfies {
  id: { min: number; max: number };
  timestamp: { max: number; invalid: RepairId };
  board: { title: TextField; notes: TextField; nodes: ListField; edges: ListField };
  node: {
    coordinate: NumberField;
    dimension: NumberField;
    label: TextField;
    notes: TextField;
    instance: TextField;
    replicas: NumberField;
    monthlyCostUsd: NumberField;
    tags: ListField;
    tag: TextField;
  };
  edge: { label: TextField; kind: ChoiceField<EdgeKind> & { fallback: EdgeKind }; handle: ChoiceField<HandleSide> };
  study: { text: TextField; list: ListField };
};

/** The rule for ids of boards, nodes and edges (the schema's `id`). */
export function isValidId(value: unknown): value is string {
  return typeof value === 'string' && value.length >= FIELDS.id.min && value.length <= FIELDS.id.max;
}

/** The rule for createdAt / updatedAt (the schema's `timestamp`). */
export function isTimestamp(value: string): boolean {
  return value.length <= FIELDS.timestamp.max && !Number.isNaN(Date.parse(value));
}

/** True when `value` satisfies a number field's range (and wholeness). */
export function isWithin(field: NumberField, value: number): boolean {
  return value >= field.min && value <= field.max && (!field.wholeNumber || Number.isInteger(value));
}
