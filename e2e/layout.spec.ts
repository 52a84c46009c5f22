import { expect, test, type Page } from '@playwright/test';
import { canvasNodes, dragPaletteItemTo, importFileInput, openFreshBoard, paneBox } from './helpers';
import { generateSyntheticBoard } from '@/bench/synthetic-board';
import { serializeBoardFile } from '@/lib/model/serialize';

test('auto layout moves nodes in a worker, is one undo step, and keeps members inside boundaries', async ({ page }) => {
  await openFreshBoard(page);
  const pane = await paneBox(page);
  await dragPaletteItemTo(page, 'K8s cluster', { x: pane.x + 500, y: pane.y + 450 });
  await dragPaletteItemTo(page, 'Model server', { x: pane.x + 480, y: pane.y + 470 });
  await dragPaletteItemTo(page, 'Web app', { x: pane.x + 150, y: pane.y + 120 });
  await dragPaletteItemTo(page, 'API gateway', { x: pane.x + 160, y: pane.y + 260 });
  const positions = async () =>
    page.locator('.react-flow__node').evaluateAll((els) => els.map((el) => (el as HTMLElement).style.transform).join('|'));
  const before = await positions();

  await page.getByRole('combobox', { name: 'Layout direction' }).selectOption('DOWN');
  await page.getByRole('button', { name: 'Auto layout' }).click();
  await expect.poll(positions).not.toBe(before);
  const after = await positions();

  // The model server is still drawn inside the cluster. Both boxes are read in the same frame:
  // the view zooms to fit the new layout meanwhile, and boxes read one after the other could
  // come from different zoom levels.
  const [cluster, server] = await page.evaluate(() =>
    ['k8s-cluster', 'model-server'].map((kind) => document.querySelector(`.react-flow__node[data-kind="${kind}"]`)!.getBoundingClientRect().toJSON() as DOMRect),
  );
  expect(server.x).toBeGreaterThanOrEqual(cluster.x);
  expect(server.y).toBeGreaterThanOrEqual(cluster.y);
  expect(server.x + server.width).toBeLessThanOrEqual(cluster.x + cluster.width + 1);
  expect(server.y + server.height).toBeLessThanOrEqual(cluster.y + cluster.height + 1);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(positions).toBe(before);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect.poll(positions).toBe(after);
});

/** A fresh board with 120 imported nodes; returns a reader of every node's id and position. */
async function openLargeBoard(page: Page): Promise<() => Promise<string[]>> {
  const doc = generateSyntheticBoard({ nodes: 120, seed: 7 });
  await openFreshBoard(page);
  await importFileInput(page).setInputFiles({ name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(serializeBoardFile(doc)) });
  await expect(canvasNodes(page)).toHaveCount(120);
  return () =>
    page.locator('.react-flow__node').evaluateAll((els) => els.map((el) => `${el.getAttribute('data-id')}@${(el as HTMLElement).style.transform}`));
}

test('a large board is laid out in parts that still make one undo step', async ({ page }) => {
  // 120 nodes: applied in three parts of 50 (use-auto-layout.ts), one task each.
  const positions = await openLargeBoard(page);
  const before = await positions();

  await page.getByRole('button', { name: 'Auto layout' }).click();
  // Done when the progress is gone; by then every part is on the board.
  const progress = page.getByRole('status').filter({ hasText: 'Laying out…' });
  await expect(progress).toBeVisible();
  await expect(progress).toHaveCount(0, { timeout: 30_000 });
  const after = await positions();
  const moved = after.filter((p, i) => p !== before[i]).length;
  // Nodes from all three parts moved, not just the first 50.
  expect(moved).toBeGreaterThan(100);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(positions).toEqual(before);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect.poll(positions).toEqual(after);
});

test('cancelling while the layout is being applied takes back the parts already applied', async ({ page }) => {
  const positions = await openLargeBoard(page);
  const before = await positions();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();

  // Press Cancel the moment the first part lands (a node moves), before the next part's task:
  // a Playwright click could arrive after all three parts.
  await page.evaluate(() => {
    const observer = new MutationObserver(() => {
      const cancel = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Cancel layout');
      if (!cancel) return;
      observer.disconnect();
      cancel.click();
    });
    observer.observe(document.querySelector('.react-flow__nodes')!, { attributes: true, attributeFilter: ['style'], subtree: true });
  });
  await page.getByRole('button', { name: 'Auto layout' }).click();

  await expect(page.getByText('Auto layout cancelled. Your board is unchanged.')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Laying out…' })).toHaveCount(0);
  expect(await positions()).toEqual(before);
  // Nothing was recorded: there is no step to undo.
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('pointing at Auto layout loads the layout worker before the click, and the layout uses it', async ({ page }) => {
  const positions = await openLargeBoard(page);
  const before = await positions();
  const workers: unknown[] = [];
  page.on('worker', (worker) => workers.push(worker));

  await page.getByRole('button', { name: 'Auto layout' }).hover();
  await expect.poll(() => workers.length).toBe(1);

  await page.getByRole('button', { name: 'Auto layout' }).click();
  await expect.poll(positions).not.toEqual(before);
  await expect(page.getByRole('status').filter({ hasText: 'Laying out…' })).toHaveCount(0);
  expect(workers).toHaveLength(1);
});
