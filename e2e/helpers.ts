import { expect, type Locator, type Page } from '@playwright/test';

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
