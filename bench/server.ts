// The production app the browser bench drives: built into a dist folder of its own (with the
// baseline route), started on a port of its own and stopped; and the first-load JavaScript of
// the board route, which must hold no bench code.
// Environment: BENCH_PORT (default 3290), BENCH_DIST_DIR (default .next-bench), BENCH_SKIP_BUILD=1 reuses the last build.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { BASELINE_GRAPH_GLOBAL } from './baseline-graph';
import { TARGETS } from './config';
import { measureFirstLoadJs } from './first-load-js';
import type { ReportMetric } from './results';

const ROOT = process.cwd();
const PORT = Number(process.env.BENCH_PORT ?? 3290);
export const BASE = `http://127.0.0.1:${PORT}`;
const DIST_DIR = process.env.BENCH_DIST_DIR ?? '.next-bench';
/** The build serves /bench-baseline only with BENCH_BASELINE_ROUTE=1 (app/bench-baseline/page.tsx). */
const APP_ENV = { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: '1', BENCH_BASELINE_ROUTE: '1' };
/** Strings that exist only in the baseline page and the synthetic boards: never in the board route. */
const FORBIDDEN_IN_BOARD_ROUTE = ['data-bench-baseline', BASELINE_GRAPH_GLOBAL, 'Synthetic board ('];

export function buildApp() {
  if (process.env.BENCH_SKIP_BUILD === '1') return;
  console.log(`building the production app into ${DIST_DIR} …`);
  const result = spawnSync('npx', ['next', 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: APP_ENV,
  });
  if (result.status !== 0) throw new Error('next build failed');
}

export async function startServer(): Promise<ChildProcess> {
  const server = spawn('npx', ['next', 'start', '-p', String(PORT), '-H', '127.0.0.1'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true, // its own process group, so stopping it also stops the node it spawns
    env: APP_ENV,
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(BASE)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stopServer(server);
  throw new Error(`the app did not start on ${BASE}`);
}

export function stopServer(server: ChildProcess) {
  if (server.pid && server.exitCode === null) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

export async function benchFirstLoadJs(report: ReportMetric) {
  const html = await (await fetch(`${BASE}/`)).text();
  const contents: string[] = [];
  const { scripts, totalGzipKb } = await measureFirstLoadJs(html, async (src) => {
    const text = await (await fetch(new URL(src, BASE))).text();
    contents.push(text);
    return text;
  });
  for (const marker of FORBIDDEN_IN_BOARD_ROUTE) {
    if (contents.some((c) => c.includes(marker))) throw new Error(`the board route's first-load JS contains "${marker}" (bench code must not ship with it)`);
  }
  console.log(`first-load JS of /: ${scripts.length} scripts; bench code absent from them`);
  for (const s of [...scripts].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 6)) console.log(`    ${(s.gzipBytes / 1024).toFixed(1)} KB gzip  ${s.src}`);
  report('first_load_js_kb', null, totalGzipKb, 'kb', TARGETS.firstLoadKb, `${scripts.length} <script src> of / gzipped (level 9)`);
  // The floor: Next.js + React + React Flow with no app code (the baseline page), same build.
  const baselineHtml = await (await fetch(`${BASE}/bench-baseline`)).text();
  const floor = await measureFirstLoadJs(baselineHtml, async (src) => (await fetch(new URL(src, BASE))).text());
  report('baseline_first_load_js_kb', null, floor.totalGzipKb, 'kb', null, 'the baseline page: framework + React Flow, no app code');
}
