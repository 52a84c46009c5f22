import { expect, test, type Page } from '@playwright/test';
import { sideHandles } from '@/lib/canvas/side-handles';
import { canvasNodes, centreOf, connect, dragBy, dragPaletteItemTo, dropPaletteItems, handleCentre, openFreshBoard, paletteItem, paneBox, toolbarButton } from './helpers';

test.beforeEach(async ({ page }) => {
  await openFreshBoard(page);
});

/** An API gateway at (200, 200) in the pane, connected to a model server at `server`; returns the pane box. */
async function gatewayToModelServer(page: Page, server: { x: number; y: number }) {
  const pane = await dropPaletteItems(page, [['API gateway', 200, 200], ['Model server', server.x, server.y]]);
  await connect(page, 'api-gateway', 'model-server');
  return pane;
}

test('a palette item dragged onto the canvas lands where it is released', async ({ page }) => {
  const pane = await paneBox(page);
  const drop = { x: pane.x + 420, y: pane.y + 260 };
  await dragPaletteItemTo(page, 'Feature store', drop);
  const node = canvasNodes(page, 'feature-store');
  await expect(node).toHaveCount(1);
  await expect(node).toContainText('Feature store');
  const box = (await node.boundingBox())!;
  // Centred on the release point, give or take the 16 px snap grid.
  expect(Math.abs(box.x + box.width / 2 - drop.x)).toBeLessThanOrEqual(16);
  expect(Math.abs(box.y + box.height / 2 - drop.y)).toBeLessThanOrEqual(16);
  // A drop outside the canvas adds nothing.
  await dragPaletteItemTo(page, 'Model registry', { x: pane.x - 100, y: pane.y + 300 });
  await expect(canvasNodes(page, 'model-registry')).toHaveCount(0);
});

test('click or Enter on a palette item adds it at the centre of the view; search filters', async ({ page }) => {
  await paletteItem(page, 'Message queue').click();
  await expect(canvasNodes(page, 'message-queue')).toHaveCount(1);
  const pane = await paneBox(page);
  const box = (await canvasNodes(page, 'message-queue').boundingBox())!;
  expect(Math.abs(box.x + box.width / 2 - (pane.x + pane.width / 2))).toBeLessThanOrEqual(16);

  const search = page.getByRole('searchbox', { name: 'Search components' });
  await search.fill('drift');
  await expect(paletteItem(page, 'Drift monitor')).toBeVisible();
  await expect(paletteItem(page, 'Message queue')).toHaveCount(0);
  await paletteItem(page, 'Drift monitor').focus();
  await page.keyboard.press('Enter');
  await expect(canvasNodes(page, 'drift-monitor')).toHaveCount(1);
  // The node shows its kind's usual cost, greyed: a suggestion, not yet a decision.
  await expect(canvasNodes(page, 'drift-monitor').locator('[data-suggested="true"]')).toContainText('$150/mo');
});

test('categories collapse and expand', async ({ page }) => {
  const toggle = page.getByRole('button', { name: /ML platform/ });
  await expect(paletteItem(page, 'Model server')).toBeVisible();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(paletteItem(page, 'Model server')).toHaveCount(0);
  await toggle.click();
  await expect(paletteItem(page, 'Model server')).toBeVisible();
});

test('connect two nodes, label the edge and change its kind', async ({ page }) => {
  await gatewayToModelServer(page, { x: 520, y: 200 });
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);

  await page.locator('.react-flow__edge').click({ force: true });
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await inspector.getByLabel('Label').fill('POST /predict');
  await inspector.getByRole('radio', { name: 'Async message' }).check();
  await expect(page.locator('.edge-label')).toHaveText('POST /predict');
  await expect(page.locator('.react-flow__edge path.board-edge')).toHaveClass(/edge-async/);

  // Delete the edge with the keyboard; undo brings it back.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.locator('.edge-label').click();
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
});

// A regression test for the handle placeholders (components/nodes/node-handles.tsx): handle
// positions are computed (lib/canvas/side-handles.ts), not measured, so it compares them with the DOM.
test('regression test for the handle placeholders: handles show on the node under the pointer, where sideHandles() computes them, and edges meet them', async ({ page }) => {
  const pane = await gatewayToModelServer(page, { x: 520, y: 320 });
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);

  // Nothing selected, pointer on empty canvas: no node renders handles.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await expect(page.locator('.react-flow__handle')).toHaveCount(0);
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);

  // On the pointer's node they appear, where lib/canvas/side-handles.ts says they are, and the
  // edge leaves the gateway from its right handle.
  const gateway = canvasNodes(page, 'api-gateway');
  await gateway.hover();
  await expect(gateway.locator('.react-flow__handle')).toHaveCount(4);
  await expect(canvasNodes(page, 'model-server').locator('.react-flow__handle')).toHaveCount(0);
  const geometry = await gateway.evaluate((node) => {
    const zoom = Number(/scale\(([\d.]+)\)/.exec(document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform)![1]);
    const n = node.getBoundingClientRect();
    const handles = [...node.querySelectorAll<HTMLElement>('.react-flow__handle')].map((h) => {
      const r = h.getBoundingClientRect();
      return { side: h.dataset.handlepos, x: (r.left - n.left) / zoom, y: (r.top - n.top) / zoom, size: r.width / zoom };
    });
    const path = document.querySelector<SVGPathElement>('.react-flow__edge path.board-edge')!;
    const start = path.getPointAtLength(0).matrixTransform(path.getScreenCTM()!);
    const right = node.querySelector('.react-flow__handle-right')!.getBoundingClientRect();
    return { width: n.width / zoom, height: n.height / zoom, handles, start: { x: start.x, y: start.y }, right: { left: right.left, right: right.right, top: right.top, bottom: right.bottom } };
  });
  const expected = sideHandles(geometry.width, geometry.height);
  for (const handle of geometry.handles) {
    const want = expected.find((h) => h.id === handle.side)!;
    expect(handle.x).toBeCloseTo(want.x, 0);
    expect(handle.y).toBeCloseTo(want.y, 0);
    expect(handle.size).toBeCloseTo(want.width, 0);
  }
  expect(geometry.start.x).toBeGreaterThanOrEqual(geometry.right.left - 0.5);
  expect(geometry.start.x).toBeLessThanOrEqual(geometry.right.right + 0.5);
  expect(geometry.start.y).toBeGreaterThanOrEqual(geometry.right.top - 0.5);
  expect(geometry.start.y).toBeLessThanOrEqual(geometry.right.bottom + 0.5);

  // Leaving the node hides them again; a selected node keeps them.
  await page.mouse.move(pane.x + 5, pane.y + pane.height - 5);
  await expect(page.locator('.react-flow__handle')).toHaveCount(0);
  await gateway.click();
  await page.mouse.move(pane.x + 5, pane.y + pane.height - 5);
  await expect(gateway.locator('.react-flow__handle')).toHaveCount(4);
});

test('move an edge end to another node: grab points show on the selected edge only', async ({ page }) => {
  await dropPaletteItems(page, [['API gateway', 200, 200], ['Model server', 520, 160], ['Feature store', 520, 360]]);
  await connect(page, 'api-gateway', 'model-server');
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  // A new edge starts selected; once deselected it has no grab points.
  await expect(page.locator('.react-flow__edgeupdater')).toHaveCount(2);
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await expect(page.locator('.react-flow__edgeupdater')).toHaveCount(0);

  await page.locator('.react-flow__edge').click({ force: true });
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector.getByText('Edge: API gateway → Model server')).toBeVisible();
  const newTarget = await handleCentre(page, canvasNodes(page, 'feature-store'), 'left');
  const end = await centreOf(page, '.react-flow__edgeupdater-target');
  await page.mouse.move(end.x, end.y);
  await page.mouse.down();
  await page.mouse.move((end.x + newTarget.x) / 2, (end.y + newTarget.y) / 2, { steps: 5 });
  await page.mouse.move(newTarget.x, newTarget.y, { steps: 5 });
  await page.mouse.up();

  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await page.locator('.react-flow__edge').click({ force: true });
  await expect(inspector.getByText('Edge: API gateway → Feature store')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.locator('.react-flow__edge').click({ force: true });
  await expect(inspector.getByText('Edge: API gateway → Model server')).toBeVisible();
});

test('zoomed out, the small print gives way (below 40 %) and then all text (below 30 %); zooming in brings it back', async ({ page }) => {
  await gatewayToModelServer(page, { x: 520, y: 200 });
  await page.getByRole('region', { name: 'Inspector' }).getByLabel('Label').fill('POST /predict');
  const edgeLabel = page.locator('.edge-label', { hasText: 'POST /predict' });
  const facts = canvasNodes(page, 'model-server').locator('.component-node-facts');
  await expect(edgeLabel).toBeVisible();
  await expect(facts).toBeVisible();

  const zoomOut = page.getByRole('button', { name: 'Zoom Out' });
  for (let i = 0; i < 6; i++) await zoomOut.click(); // 1 / 1.2^6 ≈ 0.33
  await expect(edgeLabel).toBeHidden();
  await expect(facts).toBeHidden();
  // The component label stays, so the board can still be read at a glance.
  const label = canvasNodes(page, 'model-server').locator('.component-node-label');
  await expect(label).toBeVisible();
  // Below 30 % (1 / 1.2^8 ≈ 0.23) a component is a tinted box: no label either.
  for (let i = 0; i < 2; i++) await zoomOut.click();
  await expect(label).toBeHidden();
  await expect(page.locator('.react-flow__node')).toHaveCount(2);

  const zoomIn = page.getByRole('button', { name: 'Zoom In' });
  for (let i = 0; i < 8; i++) await zoomIn.click();
  await expect(label).toBeVisible();
  await expect(edgeLabel).toBeVisible();
  await expect(facts).toBeVisible();
});

test('edit label and replicas in the inspector; typing is one undo step', async ({ page }) => {
  await paletteItem(page, 'K8s service').click();
  const node = canvasNodes(page, 'k8s-service');
  await node.click();
  const inspector = page.getByRole('region', { name: 'Inspector' });
  const label = inspector.getByLabel('Label');
  await label.fill('');
  await label.pressSequentially('Ranking service');
  await inspector.getByLabel('Replicas').fill('5');
  await inspector.getByLabel('Monthly cost (USD)').fill('1200');
  await inspector.getByLabel('Notes').fill('Stateless; HPA on p95 latency');
  await expect(node).toContainText('Ranking service');
  await expect(node).toContainText('×5');
  await expect(node).toContainText('$1,200/mo');

  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  const undo = page.getByRole('button', { name: 'Undo' });
  await undo.click(); // notes
  await undo.click(); // cost
  await undo.click(); // replicas: back to the suggestion nobody chose
  await expect(node.locator('[data-suggested="true"]')).toContainText('×3');
  await expect(node).toContainText('Ranking service');
  await undo.click(); // the whole label, typed key by key, is one step
  await expect(node).toContainText('K8s service');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(node).toContainText('Ranking service');
});

test('double-click renames in place', async ({ page }) => {
  await paletteItem(page, 'Cache (Redis)').click();
  const node = canvasNodes(page, 'cache');
  await node.locator('.component-node-label').dblclick();
  const input = node.getByRole('textbox', { name: 'Edit label' });
  await input.fill('<img src=x onerror=alert(1)>');
  await input.press('Enter');
  // Labels are text, never HTML.
  await expect(node.locator('.component-node-label')).toHaveText('<img src=x onerror=alert(1)>');
  await expect(node.locator('img')).toHaveCount(0);
});

test('a node dropped into a boundary moves with it, and dragging it out releases it', async ({ page }) => {
  const pane = await paneBox(page);
  await dragPaletteItemTo(page, 'VPC', { x: pane.x + 360, y: pane.y + 260 });
  const vpc = canvasNodes(page, 'vpc');
  await expect(vpc).toHaveCount(1);
  await dragPaletteItemTo(page, 'Worker service', { x: pane.x + 360, y: pane.y + 280 });
  const worker = canvasNodes(page, 'worker-service');
  await expect(worker).toHaveCount(1);

  const before = (await worker.boundingBox())!;
  await dragBy(page, vpc.locator('.boundary-title'), 160, 80);
  const after = (await worker.boundingBox())!;
  // Moved with the boundary (the 16 px snap grid may take off a step).
  expect(Math.abs(after.x - before.x - 160)).toBeLessThanOrEqual(16);
  expect(Math.abs(after.y - before.y - 80)).toBeLessThanOrEqual(16);
  // The whole boundary move is one undo step.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => Math.round((await worker.boundingBox())!.x)).toBe(Math.round(before.x));
  await page.getByRole('button', { name: 'Redo' }).click();

  // Drag the worker out of the boundary: moving the boundary no longer moves it.
  const vpcBox = (await vpc.boundingBox())!;
  await dragBy(page, worker, 0, vpcBox.y + vpcBox.height + 80 - ((await worker.boundingBox())!.y));
  const released = (await worker.boundingBox())!;
  await dragBy(page, vpc.locator('.boundary-title'), -100, 0);
  const stayed = (await worker.boundingBox())!;
  expect(Math.round(stayed.x)).toBe(Math.round(released.x));
});

test('undo and redo step through a build exactly, and selection never clears redo', async ({ page }) => {
  await dropPaletteItems(page, [['Load balancer', 150, 150], ['K8s service', 450, 150], ['Relational DB (PostgreSQL)', 750, 150]]);
  await connect(page, 'load-balancer', 'k8s-service');
  await connect(page, 'k8s-service', 'relational-db');
  await expect(canvasNodes(page)).toHaveCount(3);
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);

  // A drag is one step.
  const svc = canvasNodes(page, 'k8s-service');
  const start = (await svc.boundingBox())!;
  await dragBy(page, svc, 0, 160);
  const dropped = (await svc.boundingBox())!;
  expect(dropped.y - start.y).toBeGreaterThan(120);
  const undo = page.getByRole('button', { name: 'Undo' });
  const redo = page.getByRole('button', { name: 'Redo' });
  await undo.click();
  await expect.poll(async () => Math.round((await svc.boundingBox())!.y)).toBe(Math.round(start.y));
  await undo.click();
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  // Selecting things is not an edit: redo is still available.
  await canvasNodes(page, 'load-balancer').click();
  await expect(redo).toBeEnabled();
  await undo.click();
  await undo.click();
  await undo.click();
  await undo.click();
  await expect(canvasNodes(page)).toHaveCount(0);
  await expect(undo).toBeDisabled();
  for (let i = 0; i < 6; i++) await page.keyboard.press('Control+Shift+z');
  await expect(canvasNodes(page)).toHaveCount(3);
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  await expect.poll(async () => Math.round((await svc.boundingBox())!.y)).toBe(Math.round(dropped.y));
  await expect(redo).toBeDisabled();
  await page.keyboard.press('Control+z');
  await expect.poll(async () => Math.round((await svc.boundingBox())!.y)).toBe(Math.round(start.y));
});

test('keyboard: delete, duplicate, copy/paste, select all, nudge', async ({ page }) => {
  await paletteItem(page, 'Event stream (Kafka)').click();
  const stream = canvasNodes(page, 'event-stream');
  await stream.click();
  await page.keyboard.press('Control+d');
  await expect(canvasNodes(page, 'event-stream')).toHaveCount(2);

  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(canvasNodes(page, 'event-stream')).toHaveCount(3);

  const selected = page.locator('.react-flow__node.selected');
  await expect(selected).toHaveCount(1);
  const before = (await selected.boundingBox())!;
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  const after = (await selected.boundingBox())!;
  expect(Math.round(after.x - before.x)).toBe(16);
  expect(Math.round(after.y - before.y)).toBe(40);

  await page.keyboard.press('Backspace');
  await expect(canvasNodes(page, 'event-stream')).toHaveCount(2);
  await page.keyboard.press('Control+a');
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);
  await page.keyboard.press('Delete');
  await expect(canvasNodes(page)).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(canvasNodes(page)).toHaveCount(2);
});

test('shortcut help opens with ? and closes with Escape; dark mode toggles', async ({ page }) => {
  await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('Shift+?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Undo');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  const theme = page.getByRole('button', { name: /^Theme:/ });
  await theme.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await theme.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('a dialog takes focus when it opens and gives it back to the button that opened it', async ({ page }) => {
  const opener = toolbarButton(page, 'Boards');
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Boards' });
  await expect(dialog).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
  // The close button and a backdrop click close it the same way.
  await opener.click();
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
  await opener.click();
  await page.mouse.click(5, 895);
  await expect(dialog).toHaveCount(0);
});
