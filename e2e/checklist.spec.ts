import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { canvasNodes, connect, downloadExportJson, dragBy, dragPaletteItemTo, openFreshBoard, paneBox } from './helpers';

const checklist = (page: Page) => page.getByRole('region', { name: 'Design checklist' });
const rule = (page: Page, id: string): Locator => checklist(page).locator(`li[data-rule="${id}"]`);

/** The board as the user would save it (Export JSON is deterministic: no timestamps added). */
async function exportedJson(page: Page): Promise<string> {
  const download = await downloadExportJson(page);
  return readFile(await download.path(), 'utf8');
}

/** Where every node is and what it says, as drawn. */
async function drawnNodes(page: Page) {
  return canvasNodes(page).evaluateAll((els) =>
    els.map((el) => ({ id: el.getAttribute('data-id'), transform: (el as HTMLElement).style.transform, text: el.textContent })),
  );
}

/** Selects a node and sets its replicas in the inspector. */
async function setReplicas(page: Page, kind: string, replicas: number) {
  await canvasNodes(page, kind).click();
  await page.getByRole('region', { name: 'Inspector' }).getByLabel('Replicas').fill(String(replicas));
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
}

/** Selects a node and accepts its suggested values in the inspector. */
async function acceptSuggestion(page: Page, kind: string) {
  await canvasNodes(page, kind).click();
  await page.getByRole('region', { name: 'Inspector' }).getByRole('button', { name: 'Accept suggestion' }).click();
}

/** web app → API gateway → K8s service → PostgreSQL (suggestions accepted), laid out left to right with room for a cache. */
async function buildRequestPath(page: Page) {
  const pane = await paneBox(page);
  await dragPaletteItemTo(page, 'Web app', { x: pane.x + 110, y: pane.y + 140 });
  await dragPaletteItemTo(page, 'API gateway', { x: pane.x + 330, y: pane.y + 140 });
  await dragPaletteItemTo(page, 'K8s service', { x: pane.x + 550, y: pane.y + 140 });
  await dragPaletteItemTo(page, 'Relational DB (PostgreSQL)', { x: pane.x + 770, y: pane.y + 140 });
  await expect(canvasNodes(page)).toHaveCount(4);
  await connect(page, 'web-app', 'api-gateway');
  await connect(page, 'api-gateway', 'k8s-service');
  await connect(page, 'k8s-service', 'relational-db');
  await expect(page.locator('.react-flow__edge')).toHaveCount(3);
  for (const kind of ['api-gateway', 'k8s-service', 'relational-db']) await acceptSuggestion(page, kind);
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
}

test.beforeEach(async ({ page }) => {
  await openFreshBoard(page);
});

test('an empty board fails the four core concerns and shows a score', async ({ page }) => {
  const region = checklist(page);
  await expect(region).toBeVisible();
  await expect(region.locator('li[data-rule]')).toHaveCount(10);
  for (const id of ['caching', 'monitoring', 'failure-modes', 'cost']) {
    await expect(rule(page, id)).toHaveAttribute('data-status', 'fail');
  }
  await expect(rule(page, 'ml-lifecycle')).toHaveAttribute('data-status', 'n/a');
  await expect(region).toContainText('0/9');
  // Folded under one sentence until the board has components, and a click away.
  await expect(region).toContainText('Add components to get a review: the checklist checks caching, monitoring');
  await expect(rule(page, 'caching')).toBeHidden();
  await region.getByRole('button', { name: 'Show all rules' }).click();
  await expect(rule(page, 'caching')).toBeVisible();
  // The status is also told in words, not by colour alone.
  await expect(rule(page, 'caching')).toContainText('Fail:');
  // Expanding a rule says what is checked and why it matters.
  const disclosure = rule(page, 'caching').getByRole('button', { name: 'Why Caching matters' });
  await expect(disclosure).toHaveAttribute('aria-expanded', 'false');
  await disclosure.click();
  await expect(disclosure).toHaveAttribute('aria-expanded', 'true');
  await expect(rule(page, 'caching')).toContainText('Why it matters');
  await expect(rule(page, 'caching')).toContainText('A cache or CDN sits on a read path');
});

test('building a design in the UI makes caching pass; a finding selects its nodes', async ({ page }) => {
  await buildRequestPath(page);
  await expect(rule(page, 'caching')).toHaveAttribute('data-status', 'fail');
  await expect(rule(page, 'cost')).not.toHaveAttribute('data-status', 'fail');
  // The accepted suggestions make every hop redundant…
  await expect(rule(page, 'failure-modes')).toHaveAttribute('data-status', 'pass');
  // …until the service is cut to one replica: it is named as the single point of failure.
  await setReplicas(page, 'k8s-service', 1);
  await expect(rule(page, 'failure-modes')).toHaveAttribute('data-status', 'partial');
  await expect(rule(page, 'failure-modes')).toContainText('K8s service is a single point of failure: one replica and no HA tag, on the only path from API gateway to Relational DB (PostgreSQL).');

  // A cache nobody reads is only partial…
  const pane = await paneBox(page);
  await dragPaletteItemTo(page, 'Cache (Redis)', { x: pane.x + 770, y: pane.y + 330 });
  await expect(rule(page, 'caching')).toHaveAttribute('data-status', 'partial');
  await expect(rule(page, 'caching')).toContainText('no request path uses it');
  // …and passes once the service reads through it.
  await connect(page, 'k8s-service', 'cache');
  await expect(rule(page, 'caching')).toHaveAttribute('data-status', 'pass');
  await expect(rule(page, 'caching')).toContainText('Cache (Redis) serves the reads of K8s service');

  // The cost roll-up follows the accepted estimates.
  const cost = page.getByRole('region', { name: 'Cost roll-up' });
  await expect(cost.getByTestId('cost-total')).not.toHaveText('$0/mo');
  await expect(cost.getByRole('listitem')).not.toHaveCount(0);

  // Clicking a finding selects (and zooms to) the nodes it is about.
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(0);
  await rule(page, 'failure-modes').getByRole('button', { name: /single point of failure/ }).click();
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
  await expect(page.locator('.react-flow__node.selected')).toHaveAttribute('data-kind', 'k8s-service');
  await expect(page.getByRole('region', { name: 'Inspector' }).getByLabel('Label')).toHaveValue('K8s service');

  await rule(page, 'caching').getByRole('button', { name: /serves the reads/ }).click();
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);

  // Fixing the culprit in the inspector clears the finding, live.
  await rule(page, 'failure-modes').getByRole('button', { name: /single point of failure/ }).click();
  await page.getByRole('region', { name: 'Inspector' }).getByLabel('Replicas').fill('3');
  await expect(rule(page, 'failure-modes')).toHaveAttribute('data-status', 'pass');
});

test('failure simulation greys out what is cut off and leaves the board untouched', async ({ page }) => {
  await buildRequestPath(page);
  const pane = await paneBox(page);
  await dragPaletteItemTo(page, 'Cache (Redis)', { x: pane.x + 770, y: pane.y + 330 });
  await connect(page, 'k8s-service', 'cache');
  await expect(page.locator('.react-flow__edge')).toHaveCount(4);
  await expect(rule(page, 'caching')).toHaveAttribute('data-status', 'pass');
  // One replica: failing the service takes it down (a redundant one would survive).
  await setReplicas(page, 'k8s-service', 1);
  await expect(rule(page, 'failure-modes')).toHaveAttribute('data-status', 'partial');

  const undo = page.getByRole('button', { name: 'Undo' });
  const redo = page.getByRole('button', { name: 'Redo' });
  const undoEnabled = await undo.isEnabled();
  const redoEnabled = await redo.isEnabled();
  const before = await drawnNodes(page);
  const jsonBefore = await exportedJson(page);

  await page.getByRole('button', { name: 'Simulate failure' }).click();
  const banner = page.getByRole('region', { name: 'Failure simulation' });
  await expect(banner).toBeVisible();
  await expect(page.getByRole('button', { name: 'Simulate failure' })).toHaveAttribute('aria-pressed', 'true');
  await expect(banner).toContainText('Click a component');

  // Fail the service: what only it reaches is cut off.
  await canvasNodes(page, 'k8s-service').click();
  await expect(canvasNodes(page, 'relational-db').locator('.is-dimmed')).toHaveCount(1);
  await expect(canvasNodes(page, 'cache').locator('.is-dimmed')).toHaveCount(1);
  await expect(canvasNodes(page, 'web-app').locator('.is-dimmed')).toHaveCount(0);
  await expect(canvasNodes(page, 'api-gateway').locator('.is-dimmed')).toHaveCount(0);
  const results = page.getByRole('region', { name: 'Simulation results' });
  await expect(results.getByRole('list', { name: 'Broken paths' })).toContainText('Web app → API gateway → K8s service → Relational DB (PostgreSQL)');
  // A failure does not select anything, and the editing is off: no drag, no delete.
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(0);
  await dragBy(page, canvasNodes(page, 'web-app'), 120, 90);
  await page.keyboard.press('Delete');
  await page.keyboard.press('Control+z');
  await expect(canvasNodes(page)).toHaveCount(5);

  // Clicking again brings it back; a redundant component survives its failure.
  await canvasNodes(page, 'k8s-service').click();
  await expect(canvasNodes(page, 'relational-db').locator('.is-dimmed')).toHaveCount(0);
  // The keyboard works too: Enter on a focused component fails it, again brings it back.
  await canvasNodes(page, 'k8s-service').focus();
  await page.keyboard.press('Enter');
  await expect(canvasNodes(page, 'relational-db').locator('.is-dimmed')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(canvasNodes(page, 'relational-db').locator('.is-dimmed')).toHaveCount(0);
  await canvasNodes(page, 'api-gateway').click();
  await expect(results.getByRole('list', { name: 'Survivors' })).toContainText('API gateway — 2 replicas');
  await expect(canvasNodes(page, 'k8s-service').locator('.is-dimmed')).toHaveCount(0);

  // Escape leaves the mode; the board is exactly as it was.
  await page.keyboard.press('Escape');
  await expect(banner).toHaveCount(0);
  await expect(page.locator('.react-flow__node .is-dimmed')).toHaveCount(0);
  expect(await drawnNodes(page)).toEqual(before);
  expect(await undo.isEnabled()).toBe(undoEnabled);
  expect(await redo.isEnabled()).toBe(redoEnabled);
  expect(await exportedJson(page)).toBe(jsonBefore);

  // The Exit button leaves it too, and editing works again afterwards.
  await page.getByRole('button', { name: 'Simulate failure' }).click();
  await canvasNodes(page, 'cache').click();
  await page.getByRole('button', { name: 'Exit simulation' }).click();
  await expect(banner).toHaveCount(0);
  expect(await exportedJson(page)).toBe(jsonBefore);
  await canvasNodes(page, 'cache').click();
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
});

test('the page itself never scrolls: the checklist’s screen-reader text stays inside its panel', async ({ page }) => {
  await openFreshBoard(page);
  await expect(page.getByRole('region', { name: 'Design checklist' })).toBeVisible();
  const scrolled = await page.evaluate(() => {
    window.scrollTo(0, 1000);
    return { scrollY: window.scrollY, overflow: document.documentElement.scrollHeight - window.innerHeight };
  });
  expect(scrolled).toEqual({ scrollY: 0, overflow: 0 });
});
