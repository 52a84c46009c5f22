import { expect, test } from '@playwright/test';
import { canvasNodes, dragPaletteItemTo, openFreshBoard, paneBox } from './helpers';

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

  // The model server is still drawn inside the cluster.
  const cluster = (await canvasNodes(page, 'k8s-cluster').boundingBox())!;
  const server = (await canvasNodes(page, 'model-server').boundingBox())!;
  expect(server.x).toBeGreaterThanOrEqual(cluster.x);
  expect(server.y).toBeGreaterThanOrEqual(cluster.y);
  expect(server.x + server.width).toBeLessThanOrEqual(cluster.x + cluster.width + 1);
  expect(server.y + server.height).toBeLessThanOrEqual(cluster.y + cluster.height + 1);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(positions).toBe(before);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect.poll(positions).toBe(after);
});
