import { expect, test, type Page } from '@playwright/test';
import { canvasNodes, dropPaletteItems, handleCentre, openFreshBoard, startPracticeOf } from './helpers';

const PROMPT = 'Anomaly detection in workflow activity';

const practiceBar = (page: Page) => page.getByRole('region', { name: 'Practice session' });
const phaseName = (page: Page) => page.getByTestId('practice-phase-name');

const startPractice = (page: Page, minutes: [string, string, string, string]) => startPracticeOf(page, PROMPT, minutes);

test('after finishing, the timer shows the time taken, not the time left', async ({ page }) => {
  await page.clock.install();
  await openFreshBoard(page);
  await startPractice(page, ['5', '5', '5', '5']);
  await page.clock.fastForward('02:10');
  await practiceBar(page).getByRole('button', { name: 'Finish' }).click();
  await page.getByRole('dialog', { name: 'Practice review' }).getByRole('button', { name: 'Close review' }).click();
  const timer = page.getByRole('timer', { name: 'Time taken' });
  await expect(timer).toHaveText(/^02:1\d$/);
  await expect(practiceBar(page)).toContainText('Finished · time taken of 20:00 planned');
  // It stays the time taken however long one looks at it.
  await page.clock.fastForward('05:00');
  await expect(timer).toHaveText(/^02:1\d$/);
});

test('the practice bar keeps one height in every phase, so the canvas does not move', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openFreshBoard(page);
  await startPractice(page, ['5', '5', '5', '5']);
  const measure = () =>
    page.evaluate(() => ({
      bar: document.querySelector('.practice-bar')!.getBoundingClientRect().height,
      canvas: document.querySelector('.react-flow')!.getBoundingClientRect().top,
    }));
  const first = await measure();
  for (const next of ['High-level design', 'Deep dive', 'Edge cases & optimisation']) {
    await practiceBar(page).getByRole('button', { name: 'Next phase' }).click();
    await expect(phaseName(page)).toHaveText(next);
    expect(await measure()).toEqual(first);
  }
});

test('a phase ending by time waits for the connection being drawn; the new edge takes its label from the keyboard', async ({ page }) => {
  await page.clock.install();
  await openFreshBoard(page);
  await startPractice(page, ['5', '1', '5', '5']);
  await practiceBar(page).getByRole('button', { name: 'Next phase' }).click();
  await expect(phaseName(page)).toHaveText('High-level design');
  await dropPaletteItems(page, [
    ['API gateway', 150, 200],
    ['Model server', 450, 200],
  ]);
  await expect(canvasNodes(page)).toHaveCount(2);

  // Half-way through a connection the phase's minute runs out: the banner waits.
  const to = await handleCentre(page, canvasNodes(page, 'model-server'), 'left');
  const from = await handleCentre(page, canvasNodes(page, 'api-gateway'), 'right');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
  await page.clock.fastForward('01:05');
  await page.clock.runFor(1000);
  await expect(phaseName(page)).toHaveText('High-level design');
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await expect(phaseName(page)).toHaveText('Deep dive');

  // The new edge's label field has the keyboard.
  const label = page.getByRole('region', { name: 'Inspector' }).getByLabel('Label');
  await expect(label).toBeFocused();
  await page.keyboard.type('POST /predict');
  await expect(page.locator('.edge-label', { hasText: 'POST /predict' })).toBeVisible();
});

test('ML estimates: GPUs, model memory, index and feature store, attached to the notes', async ({ page }) => {
  await openFreshBoard(page);
  await startPractice(page, ['5', '10', '15', '5']);
  const worksheet = page.getByRole('group', { name: 'Estimation worksheet' });
  await worksheet.getByText('ML estimates: GPUs, memory, index, features').click();
  await worksheet.getByLabel('Inference QPS (blank: peak QPS)').fill('1000');
  await worksheet.getByLabel('Latency per batch').fill('50 ms');
  await worksheet.getByLabel('Batch size').fill('8');
  await worksheet.getByLabel('Concurrent batches per GPU').fill('2');
  await expect(worksheet.getByRole('status', { name: 'GPUs for throughput' })).toHaveText('4 GPUs');
  await worksheet.getByLabel('Model parameters').fill('7B');
  await worksheet.getByLabel('Bytes per parameter').fill('2');
  await worksheet.getByLabel('KV cache / activation headroom').fill('50%');
  await worksheet.getByLabel('GPU memory').fill('16 GB');
  await expect(worksheet.getByRole('status', { name: 'Model memory' })).toHaveText('21 GB');
  await expect(worksheet.getByRole('status', { name: 'GPUs per model copy' })).toHaveText('2 GPUs');
  await worksheet.getByLabel('Embedded items').fill('10M');
  await worksheet.getByLabel('Embedding dimensions').fill('256');
  await worksheet.getByLabel('Bytes per dimension').fill('4');
  await worksheet.getByLabel('Index overhead (×)').fill('2x');
  await expect(worksheet.getByRole('status', { name: 'Embeddings (raw / index)' })).toHaveText('10 GB / 20 GB');

  await worksheet.getByRole('button', { name: 'Attach estimates to notes' }).click();
  const notes = page.getByLabel('Requirements and assumptions');
  await expect(notes).toHaveValue(/Back-of-envelope estimates:\n- GPUs: 1k QPS × 50 ms = 50 in flight ÷ \(batch 8 × 2 per GPU = 16\) → 4 GPUs/);
  await expect(notes).toHaveValue(/- Model memory: 7B params × 2 B = 14 GB weights/);
  await expect(notes).toHaveValue(/- Embeddings: 10M items × 256 dims × 4 B/);
});
