import { expect, test } from '@playwright/test';
import { canvasNodes, openFreshBoard, paletteItem, waitForBoard } from './helpers';

test('an edit followed at once by closing the tab is there when the app is reopened', async ({ page, context }) => {
  await openFreshBoard(page);
  await paletteItem(page, 'Feature store').click();
  await expect(canvasNodes(page, 'feature-store')).toHaveCount(1);
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto('/');
  await waitForBoard(again);
  await expect(canvasNodes(again, 'feature-store')).toHaveCount(1);
});
