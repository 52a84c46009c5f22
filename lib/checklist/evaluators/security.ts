import { hasRole } from '@/lib/catalog';
import { hasTag } from '@/lib/graph/redundancy';
import { isOffPath } from '@/lib/graph/request-paths';
import type { AnalysisContext } from '../analysis-context';
import type { Finding } from '../types';
import { listLabels, uniqueIds } from '../wording';

const isGuard = (kind: string) => hasRole(kind, 'gateway') || hasRole(kind, 'auth');

/**
 * Compute that public traffic reaches without first passing an API gateway or auth, and
 * the entry points it comes from. One breadth-first walk from all public entry points at
 * once (each node remembers the first entry that reached it), so 70 clients cost one walk.
 */
function exposedCompute(ctx: AnalysisContext): { exposed: string[]; from: string[] } {
  const { sourceIds, traversal } = ctx.paths;
  const kinds = traversal.edgeKinds!;
  const guard = new Set(ctx.doc.nodes.filter((n) => isGuard(n.kind)).map((n) => n.id));
  const publicSources = new Set<string>();
  const origin = new Map<string, string>();
  const queue: string[] = [];
  for (const source of sourceIds) {
    if (guard.has(source) || origin.has(source)) continue;
    origin.set(source, source);
    publicSources.add(source);
    queue.push(source);
  }
  const exposed = new Set<string>();
  const from = new Set<string>();
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i];
    if (!publicSources.has(id)) {
      if (hasRole(ctx.node(id).kind, 'compute')) {
        exposed.add(id);
        from.add(origin.get(id)!);
      }
      // A guard is entered but traffic past it is authenticated; a datastore does not forward.
      if (guard.has(id) || traversal.stopAt!(id)) continue;
    }
    for (const e of ctx.graph.outgoing.get(id)!) {
      const next = e.target;
      if (!kinds.has(e.kind) || origin.has(next) || traversal.removed!.has(next)) continue;
      origin.set(next, origin.get(id)!);
      queue.push(next);
    }
  }
  const inOrder = (set: Set<string>) => ctx.doc.nodes.filter((n) => set.has(n.id)).map((n) => n.id);
  return { exposed: inOrder(exposed), from: inOrder(from) };
}

export function evaluateSecurity(ctx: AnalysisContext): Finding {
  const problems: string[] = [];
  const nodeIds: string[] = [];
  let held = 0;

  const guards = ctx.doc.nodes.filter((n) => isGuard(n.kind) && !isOffPath(n));
  const { exposed, from } = exposedCompute(ctx);
  if (guards.length === 0) {
    problems.push('Public traffic is not authenticated: route clients through an API gateway or auth before any service.');
  } else if (exposed.length > 0) {
    problems.push(`${listLabels(ctx, from)} ${from.length === 1 ? 'reaches' : 'reach'} ${listLabels(ctx, exposed)} without passing an API gateway or auth: route public traffic through the gateway.`);
    nodeIds.push(...from, ...exposed);
  } else held++;

  const secrets = ctx.withRole('secrets');
  const connectedSecrets = secrets.filter((s) => ctx.graph.outgoing.get(s.id)!.length + ctx.graph.incoming.get(s.id)!.length > 0);
  if (secrets.length === 0) {
    problems.push('No secrets manager: credentials end up in images or env files — add one and connect it to the services that read secrets.');
  } else if (connectedSecrets.length === 0) {
    problems.push(`${listLabels(ctx, secrets.map((s) => s.id))} is not connected to anything: connect it to the services that read secrets.`);
    nodeIds.push(...secrets.map((s) => s.id));
  } else held++;

  const isolation = ctx.doc.nodes.filter((n) => hasRole(n.kind, 'tenant-isolation') || hasTag(n, 'per-tenant'));
  if (isolation.length === 0) {
    problems.push('Tenants are not isolated: add a tenant boundary or tag per-tenant resources “per-tenant” (e.g. an index partitioned by tenant).');
  } else held++;

  if (problems.length === 0) {
    return {
      ruleId: 'security',
      status: 'pass',
      message: `Public traffic passes ${listLabels(ctx, guards.map((g) => g.id), 2)}, secrets are managed, and tenants are isolated.`,
      nodeIds: [],
    };
  }
  return { ruleId: 'security', status: held > 0 ? 'partial' : 'fail', message: problems.join(' '), nodeIds: uniqueIds(nodeIds) };
}
