export { buildBoardGraph, neighbourIds, childrenByParent, descendantsOf, ALL_EDGE_KINDS, ONLINE_EDGE_KINDS, type BoardGraph } from './board-graph';
export { reachableFrom, reachingTo, shortestRoute, type TraversalOptions } from './reachability';
export { articulationPoints } from './articulation-points';
export { immediateDominators } from './dominators';
export { HA_TAGS, normalizeTag, hasTag, replicaCount, redundancyReason, isRedundant } from './redundancy';
export {
  analyzeRequestPaths,
  findEntryPoints,
  isTerminal,
  endsRequest,
  isOffPath,
  type RequestPaths,
  type RequestPathOptions,
  type EntryMode,
} from './request-paths';
export { findSinglePointsOfFailure, type SinglePointOfFailure } from './single-points-of-failure';
// simulate-failure is deliberately not re-exported: the checklist (first load) imports this
// index, and the bundler keeps every re-exported module. Import it from
// '@/lib/graph/simulate-failure' (it loads with the failure simulation, on first use).
