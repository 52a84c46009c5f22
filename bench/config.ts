// What the parts of the browser bench share: the synthetic boards, the window size and the
// targets from issue 7.
import { generateSyntheticBoard } from './synthetic-board';
import type { BoardDocument } from '@/lib/model/types';

export const SEED = 42;
export const VIEWPORT = { width: 1440, height: 900 };

export const TARGETS = {
  drag_p95_ms: { 200: 16.7, 1000: 33 } as Record<number, number>,
  mount_ms: { 200: 300, 1000: 1500 } as Record<number, number>,
  checklist_ms: { 200: 2, 1000: 10 } as Record<number, number>,
  import_ms: { 1000: 20, 5000: 80 } as Record<number, number>,
  layout_ms: { 200: 300 } as Record<number, number>,
  baselineRatio: 1.2,
  longestTaskMs: 50,
  exportPngMs: 1000,
  firstLoadKb: 200,
};

/** The synthetic board of `nodes` nodes every run measures (same seed, same board). */
export function board(nodes: number): BoardDocument {
  return generateSyntheticBoard({ nodes, seed: SEED });
}
