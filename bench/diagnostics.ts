// Diagnosis, off by default: why a number is what it is.
// BENCH_PROFILE=1: CPU profiles of drags, pans and layouts (the hottest functions are printed).
// BENCH_TRACE=1: performance traces of the same actions instead, summed by event
// (BENCH_TRACE=invalidations also counts what invalidated style, layout and paint).
// BENCH_LAYERS=1: the composited layers of both pages and why each exists.
// BENCH_DIAG_CSS="…": the editor measured with a style override.
// Profiles and traces are written to /tmp/bench-profiles.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

const PROFILE = process.env.BENCH_PROFILE === '1';
const PROFILE_DIR = '/tmp/bench-profiles';

/** Runs `action` under the Chrome CPU profiler when BENCH_PROFILE=1; prints the hottest functions. */
export async function profiled<T>(page: Page, label: string, action: () => Promise<T>): Promise<T> {
  if (TRACE) return traced(page, label, action);
  if (!PROFILE) return action();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const result = await action();
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  await cdp.detach();
  mkdirSync(PROFILE_DIR, { recursive: true });
  writeFileSync(path.join(PROFILE_DIR, `${label}.cpuprofile`), JSON.stringify(profile));
  console.log(`  profile ${label}: hottest functions (self time)`);
  for (const line of hottestFunctions(profile, 12)) console.log(`    ${line}`);
  return result;
}

// BENCH_TRACE=1: a Chrome performance trace of the same actions instead, summed by event on
// the page's main thread and on the raster threads. The CPU profiler sees JavaScript only;
// the trace shows where the rest of a frame goes (style, layout, paint, layerize, raster).
// BENCH_TRACE=invalidations also counts what invalidated paint, style and layout, and why.
const TRACE = process.env.BENCH_TRACE === '1' || process.env.BENCH_TRACE === 'invalidations';
const TRACE_INVALIDATIONS = process.env.BENCH_TRACE === 'invalidations';
const TRACE_EVENTS = new Set(['FunctionCall', 'EventDispatch', 'TimerFire', 'FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'RasterTask', 'HitTest', 'ParseHTML']);

async function traced<T>(page: Page, label: string, action: () => Promise<T>): Promise<T> {
  const browser = page.context().browser()!;
  const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];
  if (TRACE_INVALIDATIONS) categories.push('disabled-by-default-devtools.timeline.invalidationTracking');
  await browser.startTracing(page, { categories });
  const result = await action();
  const buffer = await browser.stopTracing();
  mkdirSync(PROFILE_DIR, { recursive: true });
  writeFileSync(path.join(PROFILE_DIR, `${label}.trace.json`), buffer);
  const { traceEvents } = JSON.parse(buffer.toString()) as {
    traceEvents: { name: string; ph: string; dur?: number; tid: number; args?: { name?: string; elementCount?: number; data?: { nodeName?: string; reason?: string } } }[];
  };
  if (TRACE_INVALIDATIONS) {
    const invalidations = new Map<string, number>();
    for (const e of traceEvents) {
      if (!e.name.endsWith('InvalidationTracking')) continue;
      const key = `${e.name} ${e.args?.data?.reason ?? ''} ${e.args?.data?.nodeName ?? ''}`;
      invalidations.set(key, (invalidations.get(key) ?? 0) + 1);
    }
    console.log(`  invalidations ${label}:`);
    for (const [key, count] of [...invalidations].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`    ${String(count).padStart(7)}  ${key}`);
  }
  const threadName = new Map<number, string>();
  for (const e of traceEvents) if (e.name === 'thread_name' && e.args?.name) threadName.set(e.tid, e.args.name);
  const totals = new Map<string, { ms: number; count: number; elements: number }>();
  for (const e of traceEvents) {
    if (e.ph !== 'X' || !e.dur || !TRACE_EVENTS.has(e.name)) continue;
    const thread = threadName.get(e.tid) ?? '';
    if (thread !== 'CrRendererMain' && !thread.startsWith('CompositorTileWorker')) continue;
    const entry = totals.get(e.name) ?? { ms: 0, count: 0, elements: 0 };
    entry.ms += e.dur / 1000;
    entry.count += 1;
    entry.elements += e.args?.elementCount ?? 0;
    totals.set(e.name, entry);
  }
  console.log(`  trace ${label}: main-thread and raster events (total ms, count${' '}[, elements restyled])`);
  for (const [name, t] of [...totals].sort((a, b) => b[1].ms - a[1].ms)) {
    console.log(`    ${t.ms.toFixed(1).padStart(8)} ms  ${String(t.count).padStart(5)}×  ${name}${t.elements ? `  (${t.elements} elements)` : ''}`);
  }
  return result;
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

function hottestFunctions(profile: CpuProfile, count: number): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, count).map(([key, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${key}`);
}

// BENCH_LAYERS=1: the composited layers of the page and why each exists (CDP LayerTree).
export async function printLayers(page: Page, label: string) {
  const cdp = await page.context().newCDPSession(page);
  const layers = await new Promise<{ layerId: string; width: number; height: number; drawsContent: boolean; backendNodeId?: number; paintCount: number }[]>((resolve) => {
    cdp.on('LayerTree.layerTreeDidChange', (e) => { if (e.layers) resolve(e.layers as never); });
    void cdp.send('LayerTree.enable').then(() => page.mouse.move(5, 5)).then(() => page.mouse.move(400, 300));
  });
  console.log(`  layers ${label}: ${layers.length}`);
  for (const layer of layers) {
    const { compositingReasons } = await cdp.send('LayerTree.compositingReasons', { layerId: layer.layerId }).catch(() => ({ compositingReasons: [] as string[] }));
    let node = '';
    if (layer.backendNodeId) {
      const described = await cdp.send('DOM.describeNode', { backendNodeId: layer.backendNodeId }).catch(() => null);
      if (described) node = `${described.node.nodeName} ${(described.node.attributes ?? []).join(' ').slice(0, 90)}`;
    }
    console.log(`    ${layer.width}x${layer.height} draws=${layer.drawsContent} ${compositingReasons.join(',')} ${node}`);
  }
  await cdp.send('LayerTree.disable');
  await cdp.detach();
}

/**
 * Diagnosis only (BENCH_DIAG_CSS="…"): what the editor's numbers would be with a style
 * override. Added from the start of every load, so a reload is measured with it throughout.
 */
export async function addStyleOnEveryLoad(page: Page, css: string) {
  await page.addInitScript((css) => {
    const style = document.createElement('style');
    style.textContent = css;
    const addOnceHeadExists = new MutationObserver(() => {
      if (!document.head) return;
      document.head.append(style);
      addOnceHeadExists.disconnect();
    });
    addOnceHeadExists.observe(document, { childList: true, subtree: true });
  }, css);
}
