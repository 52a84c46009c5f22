// The review's structural comparison of a practice board with the prompt's reference
// template. Matching is by catalog kind and by role (getKind(k).roles), never by label:
// a user who renames "Redis" to "hot cache" still has a cache, and one who draws a
// PostgreSQL where the reference has DynamoDB still has a datastore.
import { getKind, type ComponentKind, type Role } from '@/lib/catalog';
import type { BoardDocument, BoardNode } from '@/lib/model/types';

export interface KindGap {
  kind: string;
  label: string;
  /** Nodes of this kind: in the reference for a missing kind, on the board for an extra one. */
  nodeIds: string[];
}

/** missing: a role the board lacks; alternative: a kind the board lacks but whose roles it covers; extra: informational. */
export type ComparisonTone = 'missing' | 'alternative' | 'extra';

export interface ComparisonMessage {
  tone: ComparisonTone;
  text: string;
  kind: string;
  /** Roles of the reference this message is about (for 'missing': the uncovered ones). */
  roles: Role[];
  referenceNodeIds: string[];
  /** Board nodes to highlight (the extra nodes, or the ones covering an alternative's role). */
  boardNodeIds: string[];
}

export interface StructuralComparison {
  missingKinds: KindGap[];
  missingRoles: Role[];
  extraKinds: KindGap[];
  /** Share of the reference's roles that the board also has, 0..1 (1 when the reference has none). */
  coverage: number;
  messages: ComparisonMessage[];
}

/** Notes carry no architecture; unknown kinds carry no roles. Both are left out of the comparison. */
function comparableKind(kindId: string): ComponentKind | null {
  const kind = getKind(kindId);
  return kind && kind.id !== 'note' ? kind : null;
}

function rolesOf(kind: ComponentKind): Role[] {
  return kind.roles.filter((r) => r !== 'note');
}

/** Roles every ML or compute kind shares; they say nothing about what the kind is for. */
const GENERIC_ROLES: readonly Role[] = ['ml', 'compute'];

/** The roles that make a kind what it is: its own roles less the generic ones (unless it has nothing else). */
/** One kind can do another's job: it has all its core roles, and both are batch or both online. */
function standsIn(candidate: ComponentKind, reference: ComponentKind): boolean {
  const roles = rolesOf(candidate);
  return coreRoles(reference).every((r) => roles.includes(r)) && roles.includes('batch') === rolesOf(reference).includes('batch');
}

export function coreRoles(kind: ComponentKind): Role[] {
  const roles = rolesOf(kind);
  const specific = roles.filter((r) => !GENERIC_ROLES.includes(r));
  return specific.length > 0 ? specific : roles;
}

/** Kind id → its nodes, in document order. */
function groupByKind(doc: BoardDocument): Map<string, BoardNode[]> {
  const groups = new Map<string, BoardNode[]>();
  for (const node of doc.nodes) {
    if (!comparableKind(node.kind)) continue;
    const list = groups.get(node.kind) ?? [];
    list.push(node);
    groups.set(node.kind, list);
  }
  return groups;
}

function rolesPresent(groups: Map<string, BoardNode[]>): Role[] {
  const roles: Role[] = [];
  for (const kindId of groups.keys()) {
    for (const role of rolesOf(getKind(kindId)!)) if (!roles.includes(role)) roles.push(role);
  }
  return roles;
}

/** "Relational DB (PostgreSQL)" → "relational DB"; keeps acronyms such as "API gateway" or "CDN". */
export function kindPhrase(kindId: string): string {
  const label = (getKind(kindId)?.label ?? kindId).replace(/\s*\(.*?\)\s*/g, ' ').trim();
  const second = label.charAt(1);
  return second && second === second.toLowerCase() && /[a-z]/.test(second)
    ? label.charAt(0).toLowerCase() + label.slice(1)
    : label;
}

function withArticle(phrase: string): string {
  return /^[aeiou]/i.test(phrase) ? `an ${phrase}` : `a ${phrase}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "the model server", "the model server and the feature store", "the A, the B, the C and 2 more". */
function listPhrase(kindIds: string[]): string {
  const items = kindIds.map((k) => `the ${kindPhrase(k)}`);
  if (items.length <= 1) return items.join('');
  if (items.length <= 3) return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
  return `${items.slice(0, 3).join(', ')} and ${items.length - 3} more`;
}

/** Kinds the reference's nodes of one kind are wired to, in edge order, for phrasing. */
function neighbourKinds(reference: BoardDocument, nodeIds: Set<string>, ownKind: string): string[] {
  const byId = new Map(reference.nodes.map((n) => [n.id, n]));
  const kinds: string[] = [];
  for (const edge of reference.edges) {
    const other = nodeIds.has(edge.source) ? edge.target : nodeIds.has(edge.target) ? edge.source : null;
    if (other === null) continue;
    const kind = byId.get(other)?.kind;
    if (!kind || kind === ownKind || !comparableKind(kind) || kinds.includes(kind)) continue;
    kinds.push(kind);
  }
  return kinds;
}

/** Phrasings for the kinds a candidate most often forgets; others get a generic sentence. */
const MISSING_PHRASES: Record<string, (neighbours: string) => string | null> = {
  'drift-monitor': (n) => (n ? `the reference watches ${n} for drift` : 'the reference compares live feature and prediction distributions with training'),
  'dead-letter-queue': (n) => (n ? `the reference routes messages that keep failing in ${n} to one` : 'the reference sets aside messages that keep failing, for inspection and replay'),
  cache: (n) => (n ? `the reference caches reads in front of ${n}` : 'the reference caches hot reads'),
  cdn: () => 'the reference serves static assets and cacheable responses from the edge',
  metrics: (n) => (n ? `the reference scrapes ${n}` : 'the reference collects RED/USE and model metrics'),
  alerting: () => 'the reference pages someone when an SLO burns',
  'model-registry': (n) => (n ? `the reference versions models and connects the registry to ${n}` : 'the reference versions models and their lineage'),
  'feature-store': (n) => (n ? `the reference shares features with ${n}` : 'the reference shares features between training and serving'),
  'load-balancer': (n) => (n ? `the reference spreads traffic across ${n}` : 'the reference spreads traffic across replicas'),
  'api-gateway': () => 'the reference authenticates, routes and rate-limits requests at the edge',
  autoscaler: (n) => (n ? `the reference scales ${n} with load` : 'the reference scales replicas with load'),
  'secrets-manager': () => 'the reference keeps credentials out of images and env files',
  'tenant-boundary': () => 'the reference isolates tenant data or compute',
  'data-validation': (n) => (n ? `the reference checks the data flowing into ${n}` : 'the reference checks schemas and distributions before training'),
};

const notMonitoring = (k: ComponentKind) => !k.roles.includes('monitoring');

/**
 * Which neighbours a phrase may name: a monitor "watches" what it observes, not the
 * alerting it feeds; a cache sits "in front of" the stores, not in front of its callers.
 */
const NEIGHBOUR_FILTERS: Record<string, (neighbour: ComponentKind) => boolean> = {
  'drift-monitor': notMonitoring,
  metrics: notMonitoring,
  cache: (k) => k.roles.includes('datastore') || k.roles.includes('ml-serving'),
  'load-balancer': (k) => k.roles.includes('compute'),
  autoscaler: (k) => k.roles.includes('compute'),
};

function missingText(kindId: string, allNeighbours: string[]): string {
  const filter = NEIGHBOUR_FILTERS[kindId];
  // A boundary encloses components; an edge to it says nothing about what it is for.
  const isBoundary = getKind(kindId)?.roles.includes('boundary') ?? false;
  const neighbours = isBoundary ? [] : filter ? allNeighbours.filter((k) => filter(getKind(k)!)) : allNeighbours;
  const n = listPhrase(neighbours);
  const specific = MISSING_PHRASES[kindId]?.(n);
  const name = kindPhrase(kindId);
  const subject = kindId === 'dead-letter-queue' ? `${name} on the async path` : name;
  if (specific) return `No ${subject} (${specific})`;
  if (n) return `No ${subject} (the reference connects it to ${n})`;
  const description = getKind(kindId)?.description ?? '';
  return description ? `No ${subject} (in the reference: ${description.charAt(0).toLowerCase()}${description.slice(1)})` : `No ${subject}`;
}

export function compareWithReference(board: BoardDocument, reference: BoardDocument): StructuralComparison {
  const boardKinds = groupByKind(board);
  const referenceKinds = groupByKind(reference);
  const boardRoles = new Set(rolesPresent(boardKinds));
  const referenceRoles = rolesPresent(referenceKinds);
  const missingRoles = referenceRoles.filter((r) => !boardRoles.has(r));

  const missingKinds: KindGap[] = [];
  const missingMessages: ComparisonMessage[] = [];
  const alternativeMessages: ComparisonMessage[] = [];
  for (const [kindId, nodes] of referenceKinds) {
    if (boardKinds.has(kindId)) continue;
    const kind = getKind(kindId)!;
    const referenceNodeIds = nodes.map((n) => n.id);
    missingKinds.push({ kind: kindId, label: kind.label, nodeIds: referenceNodeIds });
    const roles = rolesOf(kind);
    const uncovered = roles.filter((r) => !boardRoles.has(r));
    const core = coreRoles(kind);
    // A stand-in is one board kind doing the whole job: a model server plus a training
    // pipeline together cover batch inference's roles, but neither scores offline on its own.
    const hasStandIn = [...boardKinds.keys()].some((id) => standsIn(getKind(id)!, kind));
    if (uncovered.length > 0 || !hasStandIn) {
      const neighbours = neighbourKinds(reference, new Set(referenceNodeIds), kindId);
      const gapRoles = uncovered.length > 0 ? uncovered : core;
      missingMessages.push({ tone: 'missing', text: missingText(kindId, neighbours), kind: kindId, roles: gapRoles, referenceNodeIds, boardNodeIds: [] });
      continue;
    }
    // Every role is covered by something else on the board: name what covers it. The likely
    // stand-ins are kinds the reference does not use itself (a feature store in both boards
    // is doing its own job), then those sharing the most roles with the reference's choice.
    const score = (c: { id: string; shared: number }) => (referenceKinds.has(c.id) ? 0 : 100) + c.shared;
    const standIns = [...boardKinds.entries()]
      .filter(([id]) => standsIn(getKind(id)!, kind))
      .map(([id, boardNodes]) => ({ id, boardNodes, shared: rolesOf(getKind(id)!).filter((r) => roles.includes(r)).length }))
      .sort((a, b) => score(b) - score(a));
    const best = standIns.filter((c) => score(c) === score(standIns[0])).slice(0, 2);
    const covering = best.map((c) => withArticle(kindPhrase(c.id))).join(' and ');
    alternativeMessages.push({
      tone: 'alternative',
      text: `The reference uses ${withArticle(kindPhrase(kindId))} where your board has ${covering || 'other components'} (same role: ${roles.join(', ')}); fine if you can say why`,
      kind: kindId,
      roles,
      referenceNodeIds,
      boardNodeIds: best.flatMap((c) => c.boardNodes.map((n) => n.id)),
    });
  }

  const extraKinds: KindGap[] = [];
  const extraMessages: ComparisonMessage[] = [];
  for (const [kindId, nodes] of boardKinds) {
    if (referenceKinds.has(kindId)) continue;
    const kind = getKind(kindId)!;
    const boardNodeIds = nodes.map((n) => n.id);
    extraKinds.push({ kind: kindId, label: kind.label, nodeIds: boardNodeIds });
    extraMessages.push({
      tone: 'extra',
      text: `${capitalise(withArticle(kindPhrase(kindId)))} is on your board but not in the reference`,
      kind: kindId,
      roles: rolesOf(kind),
      referenceNodeIds: [],
      boardNodeIds,
    });
  }

  const coverage = referenceRoles.length === 0 ? 1 : (referenceRoles.length - missingRoles.length) / referenceRoles.length;
  return {
    missingKinds,
    missingRoles,
    extraKinds,
    coverage,
    messages: [...missingMessages, ...alternativeMessages, ...extraMessages],
  };
}
