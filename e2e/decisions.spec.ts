import { expect, test, type Page } from '@playwright/test';
import { canvasNodes, expectSaved, openFreshBoard, paletteItem, waitForBoard } from './helpers';

// Scores count decisions: a dropped component comes with its kind's usual values only as
// suggestions, and the cost rule passes once a value is accepted or typed.

const costRule = (page: Page) => page.getByRole('region', { name: 'Design checklist' }).locator('li[data-rule="cost"]');
const inspector = (page: Page) => page.getByRole('region', { name: 'Inspector' });

test.beforeEach(async ({ page }) => {
  await openFreshBoard(page);
});

test('a dropped component counts for nothing until its suggestion is accepted; one Undo takes it back; a reload keeps it', async ({ page }) => {
  await paletteItem(page, 'K8s service').click();
  const node = canvasNodes(page, 'k8s-service');
  await expect(node).toHaveCount(1);
  // The card shows the usual values greyed, as suggestions.
  await expect(node.locator('[data-suggested="true"]')).toContainText('×3 · $150/mo');
  await expect(costRule(page)).toHaveAttribute('data-status', 'fail');
  await expect(costRule(page)).toContainText('No component has a cost yet: accept or type one');

  await node.click();
  await expect(inspector(page).getByLabel('Replicas')).toHaveValue('');
  await expect(inspector(page).getByLabel('Replicas')).toHaveAttribute('placeholder', '3 (suggested)');
  await expect(inspector(page).getByLabel('Monthly cost (USD)')).toHaveValue('');

  await inspector(page).getByRole('button', { name: 'Accept suggestion' }).click();
  await expect(costRule(page)).toHaveAttribute('data-status', 'pass');
  await expect(inspector(page).getByLabel('Replicas')).toHaveValue('3');
  await expect(inspector(page).getByLabel('Monthly cost (USD)')).toHaveValue('150');
  await expect(node.locator('[data-suggested="true"]')).toHaveCount(0);
  await expect(node).toContainText('×3 · $150/mo');
  // Focus stays in the inspector, on the confirmation.
  await expect(inspector(page).getByRole('status')).toBeFocused();

  // Accepting is one undo step.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(costRule(page)).toHaveAttribute('data-status', 'fail');
  await expect(inspector(page).getByLabel('Replicas')).toHaveValue('');
  await expect(node.locator('[data-suggested="true"]')).toContainText('×3');
  await expect(canvasNodes(page)).toHaveCount(1);

  // From the keyboard this time.
  await inspector(page).getByRole('button', { name: 'Accept suggestion' }).focus();
  await page.keyboard.press('Enter');
  await expect(costRule(page)).toHaveAttribute('data-status', 'pass');

  await expectSaved(page);
  await page.reload();
  await waitForBoard(page);
  await expect(costRule(page)).toHaveAttribute('data-status', 'pass');
  await canvasNodes(page, 'k8s-service').click();
  await expect(inspector(page).getByLabel('Replicas')).toHaveValue('3');
  await expect(inspector(page).getByRole('button', { name: 'Accept suggestion' })).toHaveCount(0);
});

test('typing a value chooses that field alone; the other suggestions stay pending', async ({ page }) => {
  await paletteItem(page, 'Model server').focus();
  await page.keyboard.press('Enter');
  const node = canvasNodes(page, 'model-server');
  await expect(costRule(page)).toHaveAttribute('data-status', 'fail');
  await node.click();
  await inspector(page).getByLabel('Monthly cost (USD)').fill('2400');
  await expect(costRule(page)).toHaveAttribute('data-status', 'pass');
  await expect(costRule(page)).toContainText('$2,400/month');
  await expect(node).toContainText('$2,400/mo');
  // The replica count is still only suggested.
  await expect(node.locator('[data-suggested="true"]')).toHaveText(/×3/);
  await expect(inspector(page).getByLabel('Replicas')).toHaveValue('');
  await expect(inspector(page).getByRole('button', { name: 'Accept suggestion' })).toBeVisible();
});
