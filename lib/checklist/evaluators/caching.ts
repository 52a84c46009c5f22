import { isOffPath } from '@/lib/graph/request-paths';
import type { AnalysisContext } from '../analysis-context';
import type { Finding } from '../types';
import { listLabels } from '../wording';

/**
 * The request-path component that reads through the cache: the cache sits on an
 * entry → terminal path itself (read-through, CDN), or a request-path component calls it
 * (cache-aside: the service asks the cache first, then the store). Null if none.
 */
function readerOf(ctx: AnalysisContext, cacheId: string): string | null {
  const { nodeIds, traversal } = ctx.paths;
  const kinds = traversal.edgeKinds!;
  for (const e of ctx.graph.incoming.get(cacheId)!) {
    // The reader must be something that forwards requests: a database does not read a cache.
    if (kinds.has(e.kind) && nodeIds.has(e.source) && !isOffPath(ctx.node(e.source)) && !traversal.stopAt?.(e.source)) return e.source;
  }
  return nodeIds.has(cacheId) ? cacheId : null;
}

export function evaluateCaching(ctx: AnalysisContext): Finding {
  const caches = ctx.withRole('cache');
  if (caches.length === 0) {
    return {
      ruleId: 'caching',
      status: 'fail',
      message: 'No cache: put a cache (Redis) or a CDN in front of the hottest reads, e.g. between a service and its database or model server.',
      nodeIds: [],
    };
  }
  for (const cache of caches) {
    const reader = readerOf(ctx, cache.id);
    if (reader === null) continue;
    const where = reader === cache.id ? 'sits on the request path' : `serves the reads of ${ctx.label(reader)}`;
    return { ruleId: 'caching', status: 'pass', message: `${ctx.label(cache.id)} ${where}.`, nodeIds: reader === cache.id ? [cache.id] : [cache.id, reader] };
  }
  const ids = caches.map((c) => c.id);
  return {
    ruleId: 'caching',
    status: 'partial',
    message: `${listLabels(ctx, ids)} ${ids.length === 1 ? 'is' : 'are'} on the board but no request path uses ${ids.length === 1 ? 'it' : 'them'}: connect a service that reads a datastore or model server to the cache (service → cache).`,
    nodeIds: ids,
  };
}
