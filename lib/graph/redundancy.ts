// Whether a component survives the loss of one instance. The checklist and the failure
// simulation must agree on this, so it lives in one place.
import type { BoardNode } from '@/lib/model/types';

/** Tags that say a component keeps running when one instance or one zone is lost. */
export const HA_TAGS: readonly string[] = ['multi-az', 'ha', 'autoscaling'];

/** "Multi AZ", "multi_az" and "multi-az" are the same tag to a human; make them equal. */
export function normalizeTag(tag: string): string {
  return tag.trim().toLowerCase().replace(/[\s_]+/g, '-');
}

export function hasTag(node: BoardNode, tag: string): boolean {
  const wanted = normalizeTag(tag);
  return node.tags.some((t) => normalizeTag(t) === wanted);
}

export function replicaCount(node: BoardNode): number {
  return typeof node.replicas === 'number' && Number.isFinite(node.replicas) ? node.replicas : 1;
}

/** Why the node is redundant ("3 replicas", "tagged multi-az"), or null when it is not. */
export function redundancyReason(node: BoardNode): string | null {
  const replicas = replicaCount(node);
  if (replicas > 1) return `${replicas} replicas`;
  const tag = HA_TAGS.find((t) => hasTag(node, t));
  return tag ? `tagged ${tag}` : null;
}

export function isRedundant(node: BoardNode): boolean {
  return redundancyReason(node) !== null;
}
