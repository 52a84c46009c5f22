// Availability zones as failure domains: a boundary dropped over components holds them, the
// checklist names a zone that holds every replica, and a bad deploy fails all replicas at once.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { canvasNodes, connect, dragBy, dragPaletteItemTo, dropPaletteItems, openFreshBoard } from './helpers';

const AZ_LABEL = 'Region / availability zone';
const rule = (page: Page, id: string): Locator => page.getByRole('region', { name: 'Design checklist' }).locator(`li[data-rule="${id}"]`);
const results = (page: Page) => page.getByRole('region', { name: 'Simulation results' });

/** Web app → Model server → Feature store, the two on the right with room for an AZ around them. */
async function buildModelPath(page: Page) {
  const pane = await dropPaletteItems(page, [['Web app', 120, 120], ['Model server', 340, 300], ['Feature store', 580, 300]]);
  await expect(canvasNodes(page)).toHaveCount(3);
  await connect(page, 'web-app', 'model-server');
  await connect(page, 'model-server', 'feature-store');
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  return pane;
}

/** Drops an AZ centred between the model server and the feature store: it covers both, not the web app. */
async function dropZoneOverModelPath(page: Page, pane: { x: number; y: number }) {
  await dragPaletteItemTo(page, AZ_LABEL, { x: pane.x + 460, y: pane.y + 300 });
  await expect(canvasNodes(page, 'region')).toHaveCount(1);
}

/** The simulation's mark on a node, read from its ::after badge ("DOWN", "SURVIVES" or none). */
function simulationMark(node: Locator): Promise<string> {
  return node.evaluate((el) => getComputedStyle(el, '::after').content.replace(/"/g, ''));
}

async function drawnNodes(page: Page) {
  return canvasNodes(page).evaluateAll((els) => els.map((el) => `${el.getAttribute('data-id')} ${(el as HTMLElement).style.transform}`));
}

/** Selects a node by clicking `target` (a boundary by its title) and types a value into an inspector field. */
async function setField(page: Page, target: Locator, label: string, value: string) {
  await target.click();
  await page.getByRole('region', { name: 'Inspector' }).getByLabel(label, { exact: true }).fill(value);
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
}

test.beforeEach(async ({ page }) => {
  await openFreshBoard(page);
});

test('an AZ dropped over two components holds them: failing it marks them DOWN, and one Undo takes it back', async ({ page }) => {
  const pane = await buildModelPath(page);
  const before = await drawnNodes(page);
  await dropZoneOverModelPath(page, pane);

  await page.getByRole('button', { name: 'Simulate failure' }).click();
  await canvasNodes(page, 'region').locator('.boundary-title').click();
  await expect.poll(() => simulationMark(canvasNodes(page, 'model-server'))).toBe('DOWN');
  // A member goes down with the zone, or survives it when tagged multi-az: either way it was failed.
  expect(['DOWN', 'SURVIVES']).toContain(await simulationMark(canvasNodes(page, 'feature-store')));
  expect(await simulationMark(canvasNodes(page, 'web-app'))).not.toBe('DOWN');
  await expect(results(page).getByRole('list', { name: 'Broken paths' })).toContainText('Web app → Model server');
  await page.getByRole('button', { name: 'Exit simulation' }).click();

  // Dropping and adopting was one step: one Undo leaves the board as it was before the drop.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(canvasNodes(page, 'region')).toHaveCount(0);
  expect(await drawnNodes(page)).toEqual(before);
});

test('a member of a selected boundary can still be dragged', async ({ page }) => {
  const pane = await buildModelPath(page);
  await dropZoneOverModelPath(page, pane);
  const zone = canvasNodes(page, 'region');
  await zone.locator('.boundary-title').click();
  await expect(zone).toHaveClass(/selected/);

  const model = canvasNodes(page, 'model-server');
  const zoneBefore = (await zone.boundingBox())!;
  const modelBefore = (await model.boundingBox())!;
  await dragBy(page, model, 0, 64);
  await expect.poll(async () => Math.round((await model.boundingBox())!.y - modelBefore.y)).toBeGreaterThanOrEqual(48);
  expect((await zone.boundingBox())!).toEqual(zoneBefore);
});

test('shrinking a boundary releases the member it no longer covers, in one undo step', async ({ page }) => {
  const pane = await buildModelPath(page);
  await dropZoneOverModelPath(page, pane);
  const zone = canvasNodes(page, 'region');
  await zone.locator('.boundary-title').click();
  // Pull the right edge left of the feature store's centre (the model server stays covered).
  const edge = zone.locator('.react-flow__resize-control.line.right');
  const box = (await edge.boundingBox())!;
  const store = (await canvasNodes(page, 'feature-store').boundingBox())!;
  // Grabbed low on the edge: its middle holds the boundary's connection handle.
  await dragBy(page, edge, store.x + store.width / 2 - 40 - (box.x + box.width / 2), 0, { x: box.width / 2, y: box.height * 0.8 });

  const failZone = async () => {
    await page.getByRole('button', { name: 'Simulate failure' }).click();
    await zone.locator('.boundary-title').click();
    await expect.poll(() => simulationMark(canvasNodes(page, 'model-server'))).toBe('DOWN');
    const mark = await simulationMark(canvasNodes(page, 'feature-store'));
    await page.getByRole('button', { name: 'Exit simulation' }).click();
    return mark;
  };
  expect(await failZone()).toBe('none');
  await page.getByRole('button', { name: 'Undo' }).click();
  // Back in the zone, and untagged (a dropped component's tags are only suggested), it fails with it.
  expect(await failZone()).toBe('DOWN');
});

test('all replicas in one AZ fail failure-modes naming the AZ, and a bad deploy fails every replica', async ({ page }) => {
  const pane = await buildModelPath(page);
  await dropZoneOverModelPath(page, pane);
  await setField(page, canvasNodes(page, 'region').locator('.boundary-title'), 'Label', 'AZ a');
  await setField(page, canvasNodes(page, 'model-server'), 'Replicas', '4');

  await expect(rule(page, 'failure-modes')).not.toHaveAttribute('data-status', 'pass');
  // The feature store was dropped without tags (its multi-az tag is only a suggestion), so it shares the zone's fate.
  await expect(rule(page, 'failure-modes')).toContainText('All 4 replicas of Model server are in AZ a (so is Feature store): losing AZ a breaks');

  // Failing the model server loses one replica: it survives. A bad deploy loses all four.
  await page.getByRole('button', { name: 'Simulate failure' }).click();
  const model = canvasNodes(page, 'model-server');
  await model.click();
  await expect(results(page).getByRole('list', { name: 'Survivors' })).toContainText('Model server — 4 replicas');
  await expect(results(page).getByText('No request path breaks')).toBeVisible();

  const oneReplica = results(page).getByRole('radio', { name: 'One replica' });
  await expect(oneReplica).toBeChecked();
  await oneReplica.focus();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).getByRole('radio', { name: 'All replicas (bad deploy)' })).toBeChecked();
  await expect.poll(() => simulationMark(model)).toBe('DOWN');
  await expect(results(page).getByRole('list', { name: 'Broken paths' })).toContainText('Web app → Model server');
});
