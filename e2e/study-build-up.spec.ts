import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { visibleIdsAt } from '../lib/model/ladder';
import type { BoardDocument } from '../lib/model/types';
import { canvasNodes, openFreshBoard, toolbarButton, waitForViewportAtRest } from './helpers';

test.use({ viewport: { width: 1366, height: 768 } });

const doc = (JSON.parse(readFileSync(path.join(__dirname, '..', 'templates', 'recommendations.json'), 'utf8')) as { document: BoardDocument }).document;
const ladder = doc.study!.ladder!;
const total = ladder.length + 1;
const nodeOnCanvas = (page: import('@playwright/test').Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

test('studying a reference builds it up from v1, one follow-up at a time, without changing the board', async ({ page }) => {
  await openFreshBoard(page);
  await toolbarButton(page, 'Templates').click();
  const gallery = page.getByRole('dialog', { name: 'Templates' });
  await gallery.getByRole('button', { name: `Study ${doc.title}`, exact: true }).click();
  await expect(gallery).toHaveCount(0);

  const buildUp = page.getByRole('complementary', { name: 'Study guide' }).getByRole('region', { name: 'Build up from v1' });
  const previous = buildUp.getByRole('button', { name: 'Previous step', exact: true });
  const next = buildUp.getByRole('button', { name: 'Next step', exact: true });

  // Step 1 is v1: its components and the boundaries around them, all in view.
  await expect(buildUp.getByText(`Step 1 of ${total}`, { exact: true })).toBeVisible();
  await expect(previous).toBeDisabled();
  await expect(canvasNodes(page)).toHaveCount(visibleIdsAt(doc, 0).size);
  await waitForViewportAtRest(page);
  for (const id of doc.study!.v1!) await expect(nodeOnCanvas(page, id)).toBeInViewport();

  // Each next step adds its components, with its follow-up and reason in the guide.
  await next.click();
  await expect(buildUp.getByText(`Step 2 of ${total}`, { exact: true })).toBeVisible();
  await expect(buildUp).toContainText(ladder[0].when);
  await expect(buildUp).toContainText(ladder[0].because);
  await expect(canvasNodes(page)).toHaveCount(visibleIdsAt(doc, 1).size);
  expect(visibleIdsAt(doc, 1).size - visibleIdsAt(doc, 0).size).toBeGreaterThanOrEqual(ladder[0].add.length);
  for (const id of ladder[0].add) await expect(nodeOnCanvas(page, id)).toBeVisible();
  await waitForViewportAtRest(page);

  await previous.click();
  await expect(buildUp.getByText(`Step 1 of ${total}`, { exact: true })).toBeVisible();
  await expect(canvasNodes(page)).toHaveCount(visibleIdsAt(doc, 0).size);

  // From the keyboard: the arrows step while focus is in the panel.
  await next.focus();
  for (let step = 2; step <= total; step++) {
    await page.keyboard.press('ArrowRight');
    await expect(buildUp.getByText(`Step ${step} of ${total}`, { exact: true })).toBeVisible();
    await expect(canvasNodes(page)).toHaveCount(visibleIdsAt(doc, step - 1).size);
  }
  // The last step is the whole design, every edge drawn.
  await expect(next).toBeDisabled();
  await expect(canvasNodes(page)).toHaveCount(doc.nodes.length);
  await expect(page.locator('.react-flow__edge')).toHaveCount(doc.edges.length);
  await waitForViewportAtRest(page);

  // Stepping is a view, not an edit: nothing to undo.
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();

  // An edit while stepping stops the build-up and shows everything.
  await previous.click();
  await expect(canvasNodes(page)).toHaveCount(visibleIdsAt(doc, total - 2).size);
  await nodeOnCanvas(page, 'flags').click();
  await page.keyboard.press('Delete');
  await expect(buildUp).toContainText('the build-up stopped');
  await expect(canvasNodes(page)).toHaveCount(doc.nodes.length - 1);
  await expect(buildUp.getByText(`Step ${total} of ${total}`, { exact: true })).toBeVisible();
});
