// Auto layout in node: ELK's time and the layout's quality for the synthetic boards and the
// five templates, under the options auto layout uses and under alternatives, so a change of
// options is judged by numbers. Run with `node bench/run.mjs bench/layout-bench.ts`.
//
// Environment: BOARDS=synthetic-200,search (default: all), RUNS (default 5 per variant),
// VARIANTS='{"name":{"elk.option":"value"}}' (overrides on top of auto layout's options;
// default: "before" — the options used until the options were tuned — and "chosen"),
// LOGGING=1 prints where ELK spends its time (shares of the total, per processor).
//
// Times are CPU time of this process (process.cpuUsage), not wall time: on a shared 2-core
// machine the wall clock mostly measures the neighbours.
import { readFileSync } from 'node:fs';
import ELK from 'elkjs/lib/elk.bundled.js';
import { generateSyntheticBoard } from './synthetic-board';
import { median } from './stats';
import { parseBoardFileText } from '@/lib/model/parse';
import { applyLayout, toElkGraph, type ElkGraph } from '@/lib/layout/elk-graph';
import { fromElkGraph, type ElkNode } from '@/lib/layout/elk-result';
import { measureLayoutQuality } from '@/lib/layout/layout-quality';
import { TEMPLATE_IDS } from '@/templates';
import type { BoardDocument } from '@/lib/model/types';

/** The options auto layout used before they were tuned, kept to compare against. */
const BEFORE: Record<string, string> = {
  'elk.layered.crossingMinimization.thoroughness': '7',
  'elk.layered.crossingMinimization.greedySwitch.type': 'TWO_SIDED',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
};

interface ElkLog {
  name: string;
  executionTime?: number;
  children?: ElkLog[];
}

// elkjs reports execution times in an odd unit; the shares of the total are what matter.
function printLog(log: ElkLog | undefined, depth = 0, total = log?.executionTime ?? 1) {
  if (!log) return;
  const share = (log.executionTime ?? 0) / total;
  if (share >= 0.01) console.log(`${'  '.repeat(depth)}${(100 * share).toFixed(0).padStart(4)} % ${log.name}`);
  for (const child of log.children ?? []) printLog(child, depth + 1, total);
}

function loadBoards(): [string, BoardDocument][] {
  const boards: [string, BoardDocument][] = [50, 200].map((n) => [`synthetic-${n}`, generateSyntheticBoard({ nodes: n, seed: 42 })]);
  for (const id of TEMPLATE_IDS) {
    const parsed = parseBoardFileText(readFileSync(`templates/${id}.json`, 'utf8'));
    if (!parsed.ok) throw new Error(`template ${id} does not parse`);
    boards.push([id, parsed.document]);
  }
  return boards;
}

async function main() {
  const elk = new ELK();
  const boards = loadBoards();
  const only = process.env.BOARDS?.split(',');
  const runs = Number(process.env.RUNS ?? 5);
  const variants: Record<string, Record<string, string>> = process.env.VARIANTS ? JSON.parse(process.env.VARIANTS) : { before: BEFORE, chosen: {} };
  const layout = async (doc: BoardDocument, overrides: Record<string, string>, logging = false) => {
    const graph: ElkGraph = toElkGraph(doc, 'RIGHT');
    Object.assign(graph.layoutOptions!, overrides);
    return (await elk.layout(graph as never, logging ? ({ logging: true, measureExecutionTime: true } as never) : undefined)) as unknown as ElkNode & { logging?: ElkLog };
  };
  // JIT warm-up: elkjs keeps getting faster over its first runs in a process, which would
  // favour whichever variant is measured last.
  const warmUp = boards.find(([name]) => name === 'synthetic-200')![1];
  for (let i = 0; i < 5; i++) await layout(warmUp, {});

  console.log('board                  variant         CPU ms: median   min   quality');
  for (const [name, doc] of boards) {
    if (only && !only.includes(name)) continue;
    let firstPositions: string | null = null;
    for (const [variant, overrides] of Object.entries(variants)) {
      const times: number[] = [];
      let laidOut: ElkNode | null = null;
      for (let i = 0; i < runs; i++) {
        const before = process.cpuUsage();
        laidOut = await layout(doc, overrides);
        const used = process.cpuUsage(before);
        times.push((used.user + used.system) / 1000);
      }
      if (process.env.LOGGING) printLog((await layout(doc, overrides, true)).logging);
      const laidOutDoc = applyLayout(doc, fromElkGraph(laidOut!));
      const q = measureLayoutQuality(laidOutDoc);
      // Whether this variant places every node exactly where the first variant does.
      const positions = JSON.stringify(laidOutDoc.nodes.map((n) => [n.id, n.position, n.size]));
      firstPositions ??= positions;
      console.log(
        `${name.padEnd(22)} ${variant.padEnd(15)} ${median(times).toFixed(0).padStart(13)} ${Math.min(...times).toFixed(0).padStart(5)}   ` +
          `overlaps ${q.overlaps}, escaped ${q.escapedMembers}, backward edges ${q.backwardEdges}, crossings ${q.crossings}, ${q.width}×${q.height}${positions === firstPositions ? '' : ' (a different layout)'}`,
      );
    }
  }
}

await main();
