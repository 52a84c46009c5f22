import { KINDS, CATEGORIES, type ComponentKind, type Role, type CategoryId } from './kinds';
import type { Size } from '@/lib/model/types';

export { KINDS, CATEGORIES };
export type { ComponentKind, Role, CategoryId };
export { ICONS, type IconId, type IconPaths } from './icons';
export { iconImageUrl } from './icon-image';

const kindsById = new Map(KINDS.map((k) => [k.id, k]));

/** The category's accent colour (grey for an unknown category). */
export function categoryColor(id: string): string {
  return CATEGORIES.find((c) => c.id === id)?.color ?? '#868e96';
}

export function getKind(id: string): ComponentKind | undefined {
  return kindsById.get(id);
}

export function hasRole(kindId: string, role: Role): boolean {
  return kindsById.get(kindId)?.roles.includes(role) ?? false;
}

export function isBoundaryKind(kindId: string): boolean {
  return kindsById.get(kindId)?.isBoundary === true;
}

/** Leaf components have one fixed size so layouts, overlap checks and exports agree. */
export const LEAF_SIZE: Size = { width: 184, height: 64 };
export const NOTE_DEFAULT_SIZE: Size = { width: 220, height: 120 };
export const BOUNDARY_DEFAULT_SIZE: Size = { width: 480, height: 320 };
export const BOUNDARY_MIN_SIZE: Size = { width: 200, height: 120 };

/** The size a node of this kind has when it carries none of its own. */
export function defaultSizeOf(kindId: string): Size {
  if (isBoundaryKind(kindId)) return BOUNDARY_DEFAULT_SIZE;
  if (kindId === 'note') return NOTE_DEFAULT_SIZE;
  return LEAF_SIZE;
}

/** Kinds that can be resized by the user (and so store a size). */
export function isResizableKind(kindId: string): boolean {
  return isBoundaryKind(kindId) || kindId === 'note';
}

/** Case-insensitive match on label, id, description and category, for the palette search. */
export function searchKinds(query: string): ComponentKind[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...KINDS];
  return KINDS.filter((k) => {
    const category = CATEGORIES.find((c) => c.id === k.category)?.label ?? '';
    const haystack = `${k.label} ${k.id} ${k.description} ${category}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}
