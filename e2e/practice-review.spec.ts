import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { canvasNodes, expectSaved, openFreshBoard, paletteItem, toolbarButton } from './helpers';

const PROMPT = 'Automation template recommendations';

function practiceBar(page: Page) {
  return page.getByRole('region', { name: 'Practice session' });
}

async function startPractice(page: Page, options: { blind: boolean }) {
  await toolbarButton(page, 'Practice').click();
  const dialog = page.getByRole('dialog', { name: 'Practice' });
  await dialog.getByRole('radio', { name: PROMPT }).check();
  await dialog.getByRole('radio', { name: /^35 minutes/ }).check();
  const blind = dialog.getByRole('checkbox', { name: 'Hide checklist during practice' });
  if (options.blind) await blind.check();
  else await blind.uncheck();
  await dialog.getByRole('button', { name: 'Start practice' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(practiceBar(page)).toBeVisible();
}

test('the requirements phase is a conversation; blind mode hides the checklist until the review', async ({ page }) => {
  await page.clock.install();
  await openFreshBoard(page);
  await expect(page.getByRole('region', { name: 'Design checklist' })).toBeVisible();
  await startPractice(page, { blind: true });

  // Blind: no live checklist while practising; the reference's requirements are hidden too.
  await expect(page.getByRole('region', { name: 'Design checklist' })).toBeHidden();
  await expect(page.getByText('Blind mode: the checklist is hidden until the review.')).toBeVisible();
  const guide = page.getByRole('complementary', { name: 'Study guide' });
  await expect(guide.getByRole('region', { name: 'Functional requirements', exact: true })).toHaveCount(0);

  // Ask with Enter, then with the button; an off-topic question gets the polite fallback.
  const question = page.getByRole('textbox', { name: 'Ask the interviewer' });
  await question.fill('What do we show brand new users with no history?');
  await question.press('Enter');
  const answers = page.getByRole('list', { name: 'Interviewer answers' });
  await expect(answers.getByRole('listitem').last()).toContainText('Popular templates for their plan');
  await question.fill('What is your favourite colour?');
  await page.getByRole('button', { name: 'Ask', exact: true }).click();
  await expect(answers.getByRole('listitem').last()).toContainText('Assume what is typical and say it out loud');
  await page.getByRole('button', { name: 'Ask', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Type a question' })).toBeVisible();

  // The high-level phase: two components, then Finish there.
  await practiceBar(page).getByRole('button', { name: 'Next phase' }).click();
  await expect(question).toHaveCount(0);
  await paletteItem(page, 'API gateway').click();
  await paletteItem(page, 'Model server').click();
  await expect(canvasNodes(page)).toHaveCount(2);
  await practiceBar(page).getByRole('button', { name: 'Finish' }).click();

  const review = page.getByRole('dialog', { name: 'Practice review' });
  await expect(review.locator('li[data-rule="monitoring"]')).toHaveAttribute('data-status', 'fail');
  await expect(review.getByTestId('questions-asked')).toContainText('cold start');
  await expect(review.getByTestId('questions-missed')).toContainText('Never asked about');
  await expect(review.getByTestId('questions-missed')).toContainText('GDPR erasure');
  await expect(review.getByTestId('snapshot-score')).toHaveText(/^\d+\/\d+$/);

  // Ended in the high-level phase: measured against the reference's first version.
  await expect(review.getByText(/first version/)).toBeVisible();
  const gaps = review.getByRole('list', { name: 'Top gaps, most important first' }).getByRole('listitem');
  await expect(gaps.first()).toHaveAttribute('data-gap', 'feature-store');
  await expect(gaps.first()).toContainText('training/serving skew');
  const gapCount = await gaps.count();
  expect(gapCount).toBeLessThanOrEqual(5);
  await expect(review.locator('li[data-gap="boundary"]')).toHaveCount(0);

  // The reference side by side, beside the final board with its ghosts; Escape closes the split, not the review.
  await review.getByRole('button', { name: 'Open reference side by side' }).click();
  const split = review.getByRole('group', { name: 'Your board and the reference side by side' });
  await expect(split.getByRole('img', { name: /^Reference: \d+ components/ })).toBeVisible();
  await expect(split.getByRole('img', { name: `Your board with ${gapCount} missing components drawn as ghosts` })).toBeVisible();
  await expect(split.getByRole('button', { name: 'Close side by side' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(split).toHaveCount(0);
  await expect(review).toBeVisible();
  await expect(review.getByRole('button', { name: 'Open reference side by side' })).toBeFocused();

  // Ghosts on the live board: one per gap, none of them part of the document.
  const canvas = page.getByTestId('board-canvas');
  const undo = toolbarButton(page, 'Undo');
  const undoWasDisabled = await undo.isDisabled();
  await expectSaved(page);
  await review.getByRole('button', { name: 'Show on my board' }).click();
  await expect(review).toHaveCount(0);
  const ghosts = canvas.locator('[data-ghost="true"]');
  await expect(ghosts).toHaveCount(gapCount);
  await expect(canvas.getByRole('button', { name: 'Clear ghosts' })).toBeFocused();
  await expect(canvas.locator('[data-ghost="true"][data-ghost-kind="feature-store"]')).toContainText('missing: ');
  await expect(canvas.getByRole('status')).toHaveText(`${gapCount} missing components shown as ghosts`);
  await expect(canvasNodes(page)).toHaveCount(2);
  expect(await undo.isDisabled()).toBe(undoWasDisabled);
  await expectSaved(page);
  // Nor are they part of an exported picture.
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), toolbarButton(page, 'Export SVG').click()]);
  const svg = readFileSync((await download.path())!, 'utf8');
  expect(svg).toContain('Model server');
  expect(svg).not.toContain('data-ghost');
  expect(svg).not.toContain('missing: ');
  await canvas.getByRole('button', { name: 'Clear ghosts' }).click();
  await expect(ghosts).toHaveCount(0);

  // The review opens again, and Escape clears the ghosts as well.
  await practiceBar(page).getByRole('button', { name: 'Review' }).click();
  await expect(review.locator('li[data-gap]')).toHaveCount(gapCount);
  await review.getByRole('button', { name: 'Show on my board' }).click();
  await expect(ghosts).toHaveCount(gapCount);

  // A ghost added to the board becomes a real component, one undo step away from the board it was.
  await canvas.getByRole('button', { name: 'Add to board: Feature store' }).click();
  await expect(canvasNodes(page, 'feature-store')).toHaveCount(1);
  await expect(ghosts).toHaveCount(gapCount - 1);
  await expect(undo).toBeEnabled();
  await undo.click();
  await expect(canvasNodes(page)).toHaveCount(2);
  await page.keyboard.press('Escape');
  await expect(ghosts).toHaveCount(0);
  await practiceBar(page).getByRole('button', { name: 'Review' }).click();
  await review.getByRole('button', { name: 'Close review' }).click();
  await expect(review).toHaveCount(0);
  await expect(canvasNodes(page)).toHaveCount(2);
  await expect(page.locator('[data-ghost="true"]')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Design checklist' })).toBeVisible();
});

test('each prompt has its own requirement placeholders and scope; without blind mode the checklist stays', async ({ page }) => {
  await openFreshBoard(page);
  await toolbarButton(page, 'Practice').click();
  const dialog = page.getByRole('dialog', { name: 'Practice' });
  await dialog.getByRole('radio', { name: 'Multi-tenant ML model serving platform' }).check();
  await dialog.getByRole('checkbox', { name: 'Hide checklist during practice' }).uncheck();
  await dialog.getByRole('button', { name: 'Start practice' }).click();
  await expect(practiceBar(page)).toBeVisible();
  const panel = page.getByRole('region', { name: 'Practice requirements' });
  const functional = panel.getByLabel('Functional requirements', { exact: true });
  await expect(functional).toHaveAttribute('placeholder', /Deploy a registered model version/);
  await expect(functional).not.toHaveAttribute('placeholder', /template suggestions/);
  const checklist = page.getByRole('region', { name: 'Design checklist' });
  await expect(checklist).toBeVisible();

  // A serving platform is asked for a registry feeding serving, not for a training pipeline.
  await paletteItem(page, 'Model server').click();
  const mlLifecycle = checklist.locator('li[data-rule="ml-lifecycle"]');
  await expect(mlLifecycle).toContainText('model registry');
  await expect(mlLifecycle).not.toContainText('training pipeline');
  await expect(mlLifecycle).not.toContainText('feature store');
});
