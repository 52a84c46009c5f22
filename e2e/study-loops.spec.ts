import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { TEMPLATE_SUMMARIES } from '../templates';
import { openFreshBoard, toolbarButton, waitForViewportAtRest } from './helpers';

interface LoopFile {
  document: { study: { controlLoops: { from: string; to: string; why: string }[] } };
}

test('the study guide lists the control loops; clicking one selects and zooms to its two components', async ({ page }) => {
  const summary = TEMPLATE_SUMMARIES.find((s) => s.id === 'search')!;
  const file = JSON.parse(readFileSync(path.join(__dirname, '..', 'templates', 'search.json'), 'utf8')) as LoopFile;
  const loops = file.document.study.controlLoops;
  await openFreshBoard(page);
  await toolbarButton(page, 'Templates').click();
  await page.getByRole('dialog', { name: 'Templates' }).getByRole('button', { name: `Study ${summary.title}`, exact: true }).click();

  const section = page.getByRole('complementary', { name: 'Study guide' }).getByRole('region', { name: 'Control loops', exact: true });
  await expect(section.getByRole('listitem')).toHaveCount(loops.length);
  // A loop whose two ends are far apart, so the zoom has to move the view; studying opens at
  // v1, which does not show the invalidator yet, so the click also moves the build-up on.
  const loop = loops.find((l) => l.from === 'acl-inval' && l.to === 'cache')!;
  const guide = page.getByRole('complementary', { name: 'Study guide' });
  await expect(guide.getByText(/^Step 1 of \d+$/)).toBeVisible();
  await expect(page.locator(`.react-flow__node[data-id="${loop.from}"]`)).toBeHidden();
  const item = section.locator(`li[data-loop="${loop.from}→${loop.to}"]`);
  await expect(item).toContainText(loop.why);
  await item.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await waitForViewportAtRest(page);
  const selected = page.locator('.react-flow__node.selected');
  await expect(selected).toHaveCount(2);
  expect((await selected.evaluateAll((els) => els.map((el) => el.getAttribute('data-id')))).sort()).toEqual([loop.from, loop.to].sort());
  for (const id of [loop.from, loop.to]) await expect(page.locator(`.react-flow__node[data-id="${id}"]`)).toBeInViewport();
  await expect(guide.getByText(/^Step 1 of \d+$/)).toHaveCount(0);
});
