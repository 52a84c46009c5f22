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
export { simulateFailure, type FailureSimulation, type SurvivingComponent, type RequestRoute } from './simulate-failure';
