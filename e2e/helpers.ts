import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** Opens the app on a clean board (fresh storage for this browser context). */
export async function openFreshBoard(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Component palette' })).toBeVisible();
  await expect(page.locator('.react-flow__pane')).toBeVisible();
  await waitForBoard(page);
}

/** Waits until the last board is restored and the editor accepts input. */
export async function waitForBoard(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: 'Opening your last board' })).toHaveCount(0);
  await expect(page.getByRole('status', { name: 'Save status' })).not.toHaveText('');
}

/** Waits until the board is saved: the save status says "All changes saved". */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('All changes saved');
}

export function canvasNodes(page: Page, kind?: string): Locator {
  return kind ? page.locator(`.react-flow__node[data-kind="${kind}"]`) : page.locator('.react-flow__node');
}

export function paletteItem(page: Page, label: string): Locator {
  return page.getByRole('region', { name: 'Component palette' }).getByRole('button', { name: label, exact: true });
}

/** A real pointer drag from a palette item to a point on the page. */
export async function dragPaletteItemTo(page: Page, label: string, target: { x: number; y: number }) {
  const item = paletteItem(page, label);
  await item.scrollIntoViewIfNeeded();
  const box = (await item.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 20, box.y + box.height / 2, { steps: 4 });
  await page.mouse.move(target.x, target.y, { steps: 12 });
  await page.mouse.up();
}

export async function paneBox(page: Page) {
  return (await page.locator('.react-flow__pane').boundingBox())!;
}

/**
 * Drags palette items onto the canvas one after another, each to a point given relative to the
 * canvas's top-left corner; returns the canvas box.
 */
export async function dropPaletteItems(page: Page, items: [label: string, x: number, y: number][]) {
  const pane = await paneBox(page);
  for (const [label, x, y] of items) await dragPaletteItemTo(page, label, { x: pane.x + x, y: pane.y + y });
  return pane;
}

/** The canvas viewport's CSS transform: its pan and zoom. */
export function viewportTransform(page: Page): Promise<string> {
  return page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
}

/**
 * Runs a pan or zoom input, then waits until the viewport has moved and come to rest (the same
 * transform over a few animation frames), so what follows sees where the input took it.
 */
export async function moveViewport(page: Page, input: () => Promise<void>) {
  const before = await viewportTransform(page);
  await input();
  await page.waitForFunction((before) => document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform !== before, before);
  await waitForViewportAtRest(page);
}

/** Waits until the viewport's transform stays the same over several animation frames (a zoom animation has ended). */
export async function waitForViewportAtRest(page: Page) {
  await page.evaluate(
    (stillFrames) =>
      new Promise<void>((resolve) => {
        const read = () => document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
        let last = read();
        let still = 0;
        const step = () => {
          const now = read();
          still = now === last ? still + 1 : 0;
          last = now;
          if (still >= stillFrames) resolve();
          else requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
    4,
  );
}

/** Drags a node by a point inside it (default: its centre; boundaries by their title bar). */
export async function dragBy(page: Page, locator: Locator, dx: number, dy: number, grab?: { x: number; y: number }) {
  const box = (await locator.boundingBox())!;
  const start = grab ? { x: box.x + grab.x, y: box.y + grab.y } : { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + dx / 2, start.y + dy / 2, { steps: 6 });
  await page.mouse.move(start.x + dx, start.y + dy, { steps: 6 });
  await page.mouse.up();
}

/** The centre of the first element matching a CSS selector, in page coordinates. */
export async function centreOf(page: Page, selector: string) {
  const box = (await page.locator(selector).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * The centre of a node's handle on one side. Handles appear when the pointer is on the node
 * (or the node is selected), so the pointer goes there first, as a user's would.
 */
export async function handleCentre(page: Page, node: Locator, side: 'top' | 'right' | 'bottom' | 'left') {
  await node.hover();
  const handle = node.locator(`.react-flow__handle-${side}`);
  await expect(handle).toHaveCount(1);
  const box = (await handle.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags from the right handle of one node to the left handle of another (as a user connects). */
export async function connect(page: Page, fromKind: string, toKind: string) {
  const to = await handleCentre(page, page.locator(`.react-flow__node[data-kind="${toKind}"]`), 'left');
  const from = await handleCentre(page, page.locator(`.react-flow__node[data-kind="${fromKind}"]`), 'right');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
}

/** A button of the main toolbar, by its exact accessible name. */
export function toolbarButton(page: Page, name: string): Locator {
  return page.getByRole('toolbar', { name: 'Board toolbar' }).getByRole('button', { name, exact: true });
}

/** The hidden file input behind the toolbar's Import button (Playwright sets files on it directly). */
export function importFileInput(page: Page): Locator {
  return page.locator('input[type=file][aria-label="Import JSON file"]');
}

/** Clicks Export JSON and returns the download it starts. */
export async function downloadExportJson(page: Page): Promise<Download> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  return download;
}

/**
 * Starts a timed practice of `prompt` with a custom plan (minutes per phase); `promptText`, when
 * given, is checked in the dialog's summary of the selected prompt first.
 */
export async function startPracticeOf(page: Page, prompt: string, minutes: [string, string, string, string], promptText?: string) {
  await toolbarButton(page, 'Practice').click();
  const dialog = page.getByRole('dialog', { name: 'Practice' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: prompt }).check();
  if (promptText) await expect(dialog.getByLabel('Selected prompt')).toContainText(promptText);
  await dialog.getByRole('radio', { name: 'Custom per phase' }).check();
  const names = ['Requirements clarification', 'High-level design', 'Deep dive', 'Edge cases & optimisation'];
  for (const [i, name] of names.entries()) await dialog.getByLabel(`${name} (minutes)`).fill(minutes[i]);
  await dialog.getByRole('button', { name: 'Start practice' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Practice session' })).toBeVisible();
}
