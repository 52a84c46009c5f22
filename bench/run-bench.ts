// `npm run bench`: builds and starts the production app (own port, own dist folder), drives it
// with Playwright in Chromium, and measures what issue 7 asks for. Prints a table, writes
// bench/results.json and bench/RESULTS.md. Not a test: nothing here fails on a slow number.
//
// bench/run.mjs bundles this file with rolldown (Node 20 cannot run TypeScript) and runs it.
// Environment: BENCH_ONLY=node|browser runs one half, BENCH_SIZES=50,200 limits the board sizes;
// the app's build and port: bench/server.ts; profiles, traces and layers: bench/diagnostics.ts;
// BENCH_SKIP_BASELINE=1: bench/editor-bench.ts.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { chromium, type Browser } from '@playwright/test';
import { chooseBrowser, launchOptionsOf } from '../e2e/browser';
import { benchChecklist } from './checklist-bench';
import { board, SEED, TARGETS } from './config';
import { benchEditorAndBaseline } from './editor-bench';
import { countVerdicts, createMetricCollector, formatMarkdownTable, formatTextTable, type Metric, type ReportMetric } from './results';
import { benchFirstLoadJs, buildApp, startServer, stopServer } from './server';
import { median, timeRuns } from './stats';
import { parseBoardFileText } from '@/lib/model/parse';
import { serializeBoardFile } from '@/lib/model/serialize';

const ROOT = process.cwd();
const SIZES = (process.env.BENCH_SIZES ?? '50,200,1000').split(',').map(Number);

function benchInNode(report: ReportMetric) {
  console.log('checklist (node, median of 500 runs after warm-up)');
  for (const r of benchChecklist({ sizes: [200, 1000].map((n) => ({ nodes: n, targetMs: TARGETS.checklist_ms[n] })), seed: SEED })) {
    report('checklist_ms', r.nodes, r.medianMs, 'ms', r.targetMs, `median of ${r.runs}; p95 ${r.p95Ms.toFixed(3)} ms`);
  }
  console.log('import: parseBoardFileText (parse + validate + repair) on the exported file text');
  for (const n of [1000, 5000]) {
    const text = serializeBoardFile(board(n));
    const check = parseBoardFileText(text);
    if (!check.ok || check.warnings.length > 0) throw new Error(`the ${n}-node synthetic board should import cleanly`);
    // The first parse in a fresh process is what a user gets on their first import of the session.
    const [first] = timeRuns(() => parseBoardFileText(text), { runs: 1 });
    const times = timeRuns(() => parseBoardFileText(text), { runs: 20, warmupRuns: 3 });
    report('import_ms', n, median(times), 'ms', TARGETS.import_ms[n], `median of 20 after 3 warm-up; ${(text.length / 1e6).toFixed(2)} MB`);
    report('import_first_ms', n, first, 'ms', null, 'first parse in a fresh process (cold JIT)');
  }
}

const METRIC_ORDER = [
  'mount_ms', 'baseline_mount_ms', 'baseline_ratio_mount',
  'drag_p50_ms', 'drag_p95_ms', 'baseline_drag_p95_ms', 'baseline_ratio_drag_p95',
  'drag_selection_p50_ms', 'drag_selection_p95_ms', 'baseline_drag_selection_p95_ms', 'baseline_ratio_drag_selection_p95',
  'pan_p95_ms', 'baseline_pan_p95_ms', 'baseline_ratio_pan_p95',
  'checklist_ms', 'layout_ms', 'layout_elk_ms', 'layout_first_ms', 'layout_longest_main_task_ms',
  'export_png_ms', 'export_png_first_ms', 'import_ms', 'import_first_ms', 'import_to_board_ms', 'first_load_js_kb', 'baseline_first_load_js_kb',
];

function sortMetrics(list: Metric[]): Metric[] {
  const rank = (name: string) => (METRIC_ORDER.includes(name) ? METRIC_ORDER.indexOf(name) : METRIC_ORDER.length);
  return [...list].sort((a, b) => rank(a.name) - rank(b.name) || (a.nodes ?? 0) - (b.nodes ?? 0));
}

function writeResults(metrics: Metric[]) {
  const sorted = sortMetrics(metrics);
  mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench', 'results.json'), `${JSON.stringify({ metrics: sorted }, null, 2)}\n`);
  const { ok, missed } = countVerdicts(sorted);
  const table = formatMarkdownTable(sorted);
  const header = [
    '# Benchmark results',
    '',
    `Latest \`npm run bench\` (${new Date().toISOString().slice(0, 10)}, ${process.platform}, Chromium headless, ${SIZES.join(' / ')}-node synthetic boards with ~1.5 edges per node, seed ${SEED}).`,
    `Machine: ${os.cpus().length} cores; load average at the end ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')} (1 / 5 / 15 min) — other work on the machine shows up in frame times, which is why ours / baseline ratios are reported.`,
    `Targets from issue 7: ${ok} met, ${missed} missed. Frame times are rAF intervals, so they come in multiples of a 60 Hz frame (16.7 ms) and are judged in whole frames (16.8 ms is one frame).`,
    '',
    '',
  ].join('\n');
  // The hand-written analysis below the table survives a re-run.
  const resultsPath = path.join(ROOT, 'bench', 'RESULTS.md');
  let analysis = '';
  try {
    const previous = readFileSync(resultsPath, 'utf8');
    const at = previous.indexOf('\n## Analysis');
    if (at >= 0) analysis = previous.slice(at);
  } catch {
    // first run
  }
  writeFileSync(resultsPath, `${header}${table}\n${analysis}`);
  console.log(`\n${formatTextTable(sorted)}\n\n${ok} targets met, ${missed} missed. Wrote bench/results.json and bench/RESULTS.md.`);
}

async function main() {
  const { metrics, report } = createMetricCollector();
  const only = process.env.BENCH_ONLY;
  if (only !== 'browser') benchInNode(report);
  if (only !== 'node') {
    const chromiumChoice = chooseBrowser({ chromiumPath: process.env.CHROMIUM_PATH, fileExists: existsSync, playwrightChromium: () => chromium.executablePath() });
    if (!chromiumChoice.ok) throw new Error(chromiumChoice.message);
    buildApp();
    const server = await startServer();
    let browser: Browser | null = null;
    try {
      await benchFirstLoadJs(report);
      browser = await chromium.launch(launchOptionsOf(chromiumChoice));
      for (const n of SIZES) await benchEditorAndBaseline(browser, n, report);
    } finally {
      await browser?.close();
      stopServer(server);
    }
  }
  writeResults(metrics);
}

await main();
