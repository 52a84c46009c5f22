// What the bench does and reads in a page, the same way on the editor and on the baseline:
// frame recording, the moment all nodes are shown, finding nodes to drag, drags, selections
// and pans. Functions passed to page.evaluate run in the browser: they must not use anything
// from here.
import type { Page } from '@playwright/test';
import { summarizeFrames, summarizeRecordings, type FrameSummary } from './stats';

// Functions passed to page.evaluate run in the browser: they must not use anything from here.

export async function startFrameRecorder(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __benchFrames: number[]; __benchRecording: boolean };
    w.__benchFrames = [];
    w.__benchRecording = true;
    // The rAF timestamp is the frame's start time, so intervals are whole frames as displayed.
    const loop = (t: number) => {
      w.__benchFrames.push(t);
      if (w.__benchRecording) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
}

export async function stopFrameRecorder(page: Page): Promise<number[]> {
  // One more frame, so the frame that shows the last move is counted.
  const timestamps = await page.evaluate(
    () =>
      new Promise<number[]>((resolve) =>
        requestAnimationFrame(() => {
          const w = window as unknown as { __benchFrames: number[]; __benchRecording: boolean };
          w.__benchRecording = false;
          resolve(w.__benchFrames);
        }),
      ),
  );
  return timestamps;
}

const NODES_SHOWN_MESSAGE = 'bench: all nodes shown at ';

/**
 * Stamps, from inside the page, the first animation frame in which `count` nodes are in the
 * DOM and measured (React Flow keeps a node hidden until it has measured it), and reports it
 * as a console message. Installed before any of the page's own scripts, on every navigation.
 * A poll from Playwright (waitForFunction) starts only once `reload()` has returned at the
 * load event and a CDP round trip later; on the editor that was 20–60 ms after the nodes had
 * appeared (bench/RESULTS.md), so it timed Playwright as much as the page.
 */
export async function stampNodesShown(page: Page, count: number) {
  await page.addInitScript(
    ({ n, message }) => {
      const check = () => {
        const nodes = document.querySelectorAll<HTMLElement>('.react-flow__node');
        if (nodes.length >= n && nodes[nodes.length - 1].style.visibility !== 'hidden') console.debug(message + performance.now());
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    },
    { n: count, message: NODES_SHOWN_MESSAGE },
  );
}

/**
 * The next stamp stampNodesShown reports (ms since navigation start); call it before the
 * action that loads the page or the board. Waiting for a console message runs nothing in the
 * page, where waitForFunction or evaluate would have Playwright inject its utility script
 * (5–15 ms of main thread, on both pages) into a page that is still loading, in the middle of
 * what is being timed.
 */
export function nextNodesShown(page: Page, timeout = 60_000): Promise<number> {
  return page
    .waitForEvent('console', { predicate: (line) => line.text().startsWith(NODES_SHOWN_MESSAGE), timeout })
    .then((line) => Number(line.text().slice(NODES_SHOWN_MESSAGE.length)));
}

export interface NodeTarget {
  id: string;
  x: number;
  y: number;
}

/**
 * Visible, uncovered nodes among `candidateIds`, nearest to the canvas centre first. A point a
 * little left of the node's centre is used (on the icon, not the label text).
 */
export async function findNodeTargets(page: Page, candidateIds: string[], want: number): Promise<NodeTarget[]> {
  return page.evaluate(
    ({ ids, want }) => {
      const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
      const cx = pane.left + pane.width / 2;
      const cy = pane.top + pane.height / 2;
      const found: { id: string; x: number; y: number; d: number }[] = [];
      for (const id of ids) {
        const el = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`);
        if (!el) continue;
        const r = el.getBoundingClientRect();
        if (r.width < 6 || r.left < pane.left + 20 || r.right > pane.right - 260 || r.top < pane.top + 20 || r.bottom > pane.bottom - 180) continue;
        const x = r.left + r.width * 0.3;
        const y = r.top + r.height / 2;
        if (!el.contains(document.elementFromPoint(x, y))) continue;
        found.push({ id, x, y, d: Math.hypot(x - cx, y - cy) });
      }
      return found.sort((a, b) => a.d - b.d).slice(0, want).map(({ id, x, y }) => ({ id, x, y }));
    },
    { ids: candidateIds, want },
  );
}

/** Where the node is now (its point as findNodeTargets picks it) and whether that point hits it. */
async function locateNode(page: Page, id: string): Promise<{ x: number; y: number; left: number; top: number; hit: boolean }> {
  return page.evaluate((id) => {
    const el = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`);
    if (!el) return { x: NaN, y: NaN, left: NaN, top: NaN, hit: false };
    const r = el.getBoundingClientRect();
    const x = r.left + r.width * 0.3;
    const y = r.top + r.height / 2;
    return { x, y, left: r.left, top: r.top, hit: el.contains(document.elementFromPoint(x, y)) };
  }, id);
}

/**
 * A real pointer drag of one node (and whatever is selected with it): out by (dx, dy) and back,
 * `steps` moves each way; returns the frame timestamps. The node is located afresh each time
 * (a drag out and back can leave it a few pixels off where it started, and a press beside a
 * small node starts a selection box instead), and the drag must be seen moving it: a bench
 * that silently timed a selection box would report the wrong thing.
 */
export async function recordDrag(page: Page, target: NodeTarget, dx: number, dy: number, steps: number): Promise<number[]> {
  const start = await locateNode(page, target.id);
  if (!start.hit) throw new Error(`node ${target.id} is not under its drag point`);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 4, start.y + 4, { steps: 2 }); // past the drag threshold
  await startFrameRecorder(page);
  await page.mouse.move(start.x + dx, start.y + dy, { steps });
  const far = await locateNode(page, target.id);
  await page.mouse.move(start.x + 4, start.y + 4, { steps });
  const frames = await stopFrameRecorder(page);
  await page.mouse.move(start.x, start.y, { steps: 2 });
  await page.mouse.up();
  await page.waitForTimeout(300);
  if (Math.abs(far.left - start.left - dx) > dx / 2 || Math.abs(far.top - start.top - dy) > dy / 2) {
    throw new Error(`dragging node ${target.id} did not move it (moved ${Math.round(far.left - start.left)}, ${Math.round(far.top - start.top)} px of ${dx}, ${dy})`);
  }
  return frames;
}

/**
 * The measured drags: DRAG_RUNS drags out and back, their frames pooled. One drag's p95 rests
 * on its ~7 slowest frames, so a single garbage collection or late compilation decided it.
 */
const DRAG_RUNS = 3;
export async function recordDrags(page: Page, target: NodeTarget): Promise<FrameSummary> {
  const recordings: number[][] = [];
  for (let i = 0; i < DRAG_RUNS; i++) recordings.push(await recordDrag(page, target, 180, 110, 60));
  return summarizeRecordings(recordings);
}

export async function selectNodes(page: Page, targets: NodeTarget[]) {
  await page.mouse.click(targets[0].x, targets[0].y);
  // Shift+click the rest; a click lost to a busy main thread is retried (up to three passes).
  for (let pass = 0; pass < 3; pass++) {
    const unselected = await page.evaluate(
      (ids) => ids.filter((id) => !document.querySelector(`.react-flow__node[data-id="${id}"]`)?.classList.contains('selected')),
      targets.map((t) => t.id),
    );
    if (unselected.length === 0) return;
    await page.keyboard.down('Shift');
    for (const t of targets.filter((target) => unselected.includes(target.id))) {
      await page.mouse.click(t.x, t.y);
      await page.waitForTimeout(30); // not a double-click
    }
    await page.keyboard.up('Shift');
  }
  const selected = await page.locator('.react-flow__node.selected').count();
  if (selected !== targets.length) console.warn(`  warning: selected ${selected} nodes, wanted ${targets.length}`);
}

export async function clearSelection(page: Page) {
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.click(pane.x + 8, pane.y + pane.height - 8);
}

/** Wheel-panning then Ctrl+wheel zooming over the canvas, frames recorded throughout. */
export async function recordPanZoom(page: Page): Promise<FrameSummary> {
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  await startFrameRecorder(page);
  for (let i = 0; i < 30; i++) await page.mouse.wheel(0, 25);
  for (let i = 0; i < 30; i++) await page.mouse.wheel(25, 0);
  await page.keyboard.down('Control');
  for (let i = 0; i < 20; i++) await page.mouse.wheel(0, -15);
  for (let i = 0; i < 20; i++) await page.mouse.wheel(0, 15);
  await page.keyboard.up('Control');
  for (let i = 0; i < 30; i++) await page.mouse.wheel(-25, -25);
  return summarizeFrames(await stopFrameRecorder(page));
}
