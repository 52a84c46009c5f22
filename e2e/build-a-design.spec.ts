import { expect, test, type Page } from '@playwright/test';
import { canvasNodes, dragPaletteItemTo, handleCentre, openFreshBoard, paneBox } from './helpers';

// The board editor issue's "done means": a 25-node design with two boundaries and labelled
// edges, built with the mouse, then undone step by step and redone.

const VPC_MEMBERS = ['API gateway', 'Rate limiter', 'K8s service', 'Worker service', 'Cache (Redis)', 'Relational DB (PostgreSQL)'];
const CLUSTER_MEMBERS = ['Model server', 'Feature store', 'Model registry', 'Training pipeline', 'Drift monitor', 'Workflow orchestrator'];
const OUTSIDE = [
  'Web app', 'Mobile app', 'CDN', 'Load balancer', 'Message queue', 'Dead-letter queue', 'Event stream (Kafka)',
  'Metrics (Prometheus)', 'Alerting', 'Secrets manager', 'Object storage (S3)',
];

async function zoom(page: Page): Promise<number> {
  const transform = await page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
  return Number(/scale\(([\d.]+)\)/.exec(transform)?.[1] ?? 1);
}

async function connectByLabel(page: Page, from: string, to: string, label: string) {
  const b = await handleCentre(page, page.locator('.react-flow__node', { hasText: to }).first(), 'left');
  const a = await handleCentre(page, page.locator('.react-flow__node', { hasText: from }).first(), 'right');
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(b.x, b.y, { steps: 8 });
  await page.mouse.up();
  // A new edge is selected, so its label can be typed at once.
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector).toContainText(`Edge: ${from} → ${to}`);
  await inspector.getByLabel('Label').fill(label);
  await page.locator('.react-flow__pane').click({ position: { x: 4, y: 4 } });
}

test('build a 25-node design with two boundaries and labelled edges, then undo it step by step', async ({ page }) => {
  test.setTimeout(180_000);
  await openFreshBoard(page);
  // Zoom out a step so the whole design fits in view.
  await page.getByRole('button', { name: 'Zoom Out' }).click();
  await page.getByRole('button', { name: 'Zoom Out' }).click();
  const z = await zoom(page);
  const pane = await paneBox(page);
  const at = (x: number, y: number) => ({ x: pane.x + 30 * z + x * z, y: pane.y + 30 * z + y * z });

  // Two boundaries (480 × 320 board units), one above the other, then their members.
  await dragPaletteItemTo(page, 'VPC', at(240, 160));
  await dragPaletteItemTo(page, 'K8s cluster', at(240, 560));
  const members = [...VPC_MEMBERS.map((label, i) => ({ label, top: 0 })), ...CLUSTER_MEMBERS.map((label) => ({ label, top: 400 }))];
  for (const [i, m] of members.entries()) {
    const slot = i % 6;
    await dragPaletteItemTo(page, m.label, at(20 + 112 + (slot % 2) * 220, m.top + 90 + Math.floor(slot / 2) * 84));
  }
  for (const [i, label] of OUTSIDE.entries()) {
    await dragPaletteItemTo(page, label, at(600 + 112 + Math.floor(i / 6) * 230, 40 + (i % 6) * 120));
  }
  await expect(canvasNodes(page)).toHaveCount(25);
  // The members really are inside their boundaries (they are children in the document).
  const vpcChildren = await page.locator('.react-flow__node[data-kind="vpc"]').evaluate((vpc) => {
    const r = vpc.getBoundingClientRect();
    return [...document.querySelectorAll('.react-flow__node')].filter((n) => {
      const b = n.getBoundingClientRect();
      return n !== vpc && b.left >= r.left && b.right <= r.right && b.top >= r.top && b.bottom <= r.bottom;
    }).length;
  });
  expect(vpcChildren).toBe(6);

  await connectByLabel(page, 'Web app', 'Load balancer', 'HTTPS');
  await connectByLabel(page, 'Load balancer', 'API gateway', 'GET /recommendations');
  await connectByLabel(page, 'API gateway', 'K8s service', 'gRPC Rank()');
  await connectByLabel(page, 'K8s service', 'Cache (Redis)', 'GET rec:{user}');
  await connectByLabel(page, 'Model registry', 'Model server', 'load model v7');
  await expect(page.locator('.react-flow__edge')).toHaveCount(5);
  await expect(page.locator('.edge-label')).toHaveText(['HTTPS', 'GET /recommendations', 'gRPC Rank()', 'GET rec:{user}', 'load model v7']);

  // Undo step by step: labels first, then edges, then nodes, one at a time; never more than one.
  const undo = page.getByRole('button', { name: 'Undo' });
  let steps = 0;
  let previous = { nodes: 25, edges: 5, labels: 5 };
  while (await undo.isEnabled()) {
    await undo.click();
    steps += 1;
    const now = {
      nodes: await canvasNodes(page).count(),
      edges: await page.locator('.react-flow__edge').count(),
      labels: await page.locator('.edge-label').count(),
    };
    const change = previous.nodes - now.nodes + (previous.edges - now.edges) + (previous.labels - now.labels);
    expect(change, `undo step ${steps} removes at most one thing`).toBeLessThanOrEqual(1);
    previous = now;
  }
  expect(previous).toEqual({ nodes: 0, edges: 0, labels: 0 });
  // 25 nodes + 5 edges + 5 labels = 35 steps: no step lost, none merged across actions.
  expect(steps).toBe(35);
  for (let i = 0; i < steps; i++) await page.keyboard.press('Control+y');
  await expect(canvasNodes(page)).toHaveCount(25);
  await expect(page.locator('.edge-label')).toHaveCount(5);
});
