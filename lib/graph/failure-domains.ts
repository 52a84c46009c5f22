// Failure domains: boundaries whose loss takes down everything drawn inside them at once
// (an availability zone, a region, a K8s cluster). A component is spread beyond a domain
// when it is tagged to run outside it too, or when a copy of it is drawn in another domain
// (then the graph itself routes around the lost copy).
import { hasRole } from '@/lib/catalog';
import type { BoardNode } from '@/lib/model/types';
import { hasTag } from './redundancy';

export type FailureDomainScope = 'zone' | 'region' | 'cluster';

/** A region code without a zone letter ("eu-central-1"), or the word region without zone/AZ. */
const REGION_LABEL = /\bregion\b|\b[a-z]{2}-[a-z]+-\d\b(?![a-z])/i;
const ZONE_LABEL = /\b(az|zone|availability)\b|\b[a-z]{2}-[a-z]+-\d[a-z]\b/i;

/** The catalog has one "Region / availability zone" kind, so the label says which it is; a zone unless it reads as a region. */
export function failureDomainScope(node: BoardNode): FailureDomainScope | null {
  if (node.kind === 'k8s-cluster') return 'cluster';
  if (!hasRole(node.kind, 'availability-zone')) return null;
  return REGION_LABEL.test(node.label) && !ZONE_LABEL.test(node.label) ? 'region' : 'zone';
}

/** Zones and regions: the domains the failure-modes rule holds a design to (see findZoneFailures). */
export function isZoneOrRegion(node: BoardNode): boolean {
  const scope = failureDomainScope(node);
  return scope === 'zone' || scope === 'region';
}

const SPREAD_TAGS: Record<FailureDomainScope, readonly string[]> = {
  zone: ['multi-az', 'multi-region'],
  region: ['multi-region'],
  cluster: ['multi-cluster'],
};

/** The tag that says `node` keeps running when `boundary` is lost, or null (any other boundary takes it down). */
export function spreadTagBeyond(node: BoardNode, boundary: BoardNode): string | null {
  const scope = failureDomainScope(boundary);
  if (!scope) return null;
  return SPREAD_TAGS[scope].find((t) => hasTag(node, t)) ?? null;
}
