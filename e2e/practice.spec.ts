import { expect, test, type Page } from '@playwright/test';
import { canvasNodes, openFreshBoard, paletteItem, toolbarButton, waitForBoard } from './helpers';

const PROMPT = 'Anomaly detection in workflow activity';

function practiceBar(page: Page) {
  return page.getByRole('region', { name: 'Practice session' });
}

function phaseName(page: Page) {
  return page.getByTestId('practice-phase-name');
}

/** Starts a session on the anomaly-detection use case with a custom plan (minutes per phase). */
async function startPractice(page: Page, minutes: [string, string, string, string]) {
  await toolbarButton(page, 'Practice').click();
  const dialog = page.getByRole('dialog', { name: 'Practice' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: PROMPT }).check();
  await expect(dialog.getByLabel('Selected prompt')).toContainText('unusual activity patterns');
  await dialog.getByRole('radio', { name: 'Custom per phase' }).check();
  const names = ['Requirements clarification', 'High-level design', 'Deep dive', 'Edge cases & optimisation'];
  for (const [i, name] of names.entries()) await dialog.getByLabel(`${name} (minutes)`).fill(minutes[i]);
  await dialog.getByRole('button', { name: 'Start practice' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(practiceBar(page)).toBeVisible();
}

test('a timed practice session runs through the phases, survives a reload and ends in a review', async ({ page }) => {
  await openFreshBoard(page);
  await startPractice(page, ['1', '0.05', '1', '0.05']);

  // A new board carries the prompt; the timer counts down the first phase.
  await expect(page.getByRole('textbox', { name: 'Board title' })).toHaveValue(`Practice: ${PROMPT}`);
  const timer = page.getByRole('timer');
  await expect(timer).toHaveText(/^0[01]:\d\d$/);
  await expect(phaseName(page)).toHaveText('Requirements clarification');
  await expect(practiceBar(page).getByRole('list', { name: 'Requirements clarification guidance' })).toContainText('Constraints and assumptions');
  await expect(page.getByRole('checkbox', { name: 'Sound cues' })).not.toBeChecked();

  // Requirements: structured notes become board notes; the worksheet computes as you type.
  const panel = page.getByRole('region', { name: 'Practice requirements' });
  await panel.getByLabel('Functional requirements', { exact: true }).fill('- flag unusual workflow activity per tenant');
  await panel.getByLabel('Non-functional requirements (with numbers)').fill('- alert within 60 s, 50k events/s peak');
  await panel.getByLabel('Daily active users').fill('10M');
  await panel.getByLabel('Requests per user per day').fill('20');
  await expect(panel.getByRole('status', { name: 'Average QPS' })).toHaveText('2.3k QPS');
  await panel.getByLabel('Peak ÷ average').fill('3');
  await expect(panel.getByRole('status', { name: 'Peak QPS' })).toHaveText('6.9k QPS');
  await panel.getByRole('button', { name: 'Attach estimates to notes' }).click();
  const boardNotes = page.getByLabel('Requirements and assumptions');
  await expect(boardNotes).toHaveValue(/Functional requirements:\n- flag unusual workflow activity per tenant/);
  await expect(boardNotes).toHaveValue(/Back-of-envelope estimates:\n- Traffic: 10M DAU × 20 req\/day/);
  await page.screenshot({ path: '/tmp/practice-requirements.png' });

  // Next phase by hand; the short high-level phase then ends by time.
  await practiceBar(page).getByRole('button', { name: 'Next phase' }).click();
  await expect(phaseName(page)).toHaveText('High-level design');
  await expect(page.getByRole('status', { name: 'Practice announcements' })).toHaveText('Next phase: High-level design.');
  await page.screenshot({ path: '/tmp/practice-phase-cue.png', clip: { x: 0, y: 0, width: 1440, height: 220 } });
  await paletteItem(page, 'API gateway').click();
  await expect(canvasNodes(page, 'api-gateway')).toHaveCount(1);
  await expect(phaseName(page)).toHaveText('Deep dive', { timeout: 15_000 });
  await expect(page.getByRole('list', { name: 'Phases' }).getByRole('listitem').nth(2)).toHaveAttribute('aria-current', 'step');

  // Pause freezes the clock; Resume starts it again.
  await practiceBar(page).getByRole('button', { name: 'Pause' }).click();
  await expect(practiceBar(page)).toHaveAttribute('data-status', 'paused');
  const frozen = await timer.textContent();
  await page.waitForTimeout(1500);
  await expect(timer).toHaveText(frozen!);
  await practiceBar(page).getByRole('button', { name: 'Resume' }).click();
  await expect(practiceBar(page)).toHaveAttribute('data-status', 'running');
  await expect(timer).not.toHaveText(frozen!);

  // A reload resumes the same session on the same board.
  await paletteItem(page, 'Model server').click();
  await expect(canvasNodes(page, 'model-server')).toHaveCount(1);
  await page.waitForTimeout(600); // let autosave write the board before the reload
  await page.reload();
  await waitForBoard(page);
  await expect(practiceBar(page)).toBeVisible();
  await expect(phaseName(page)).toHaveText('Deep dive');
  await expect(page.getByRole('timer')).toHaveText(/^00:\d\d$/);
  await expect(canvasNodes(page, 'model-server')).toHaveCount(1);

  // The last phase runs over and says so.
  await practiceBar(page).getByRole('button', { name: 'Next phase' }).click();
  await expect(phaseName(page)).toHaveText('Edge cases & optimisation');
  await expect(practiceBar(page).getByRole('button', { name: 'Next phase' })).toBeDisabled();
  await expect(page.getByRole('timer')).toHaveText(/^-00:0\d$/, { timeout: 15_000 });
  await expect(practiceBar(page)).toContainText('Over time');
  await expect(page.getByRole('status', { name: 'Practice announcements' })).toHaveText(/Time is up/);
  await page.screenshot({ path: '/tmp/practice-bar-overrun.png' });

  // Finish: the review.
  await practiceBar(page).getByRole('button', { name: 'Finish' }).click();
  const review = page.getByRole('dialog', { name: 'Practice review' });
  await expect(review).toBeVisible();
  await expect(review.getByTestId('review-score')).toHaveText(/^\d+\/\d+$/);
  await expect(review.locator('li[data-rule="requirements"]')).toHaveAttribute('data-status', /pass|partial/);
  await expect(review.locator('li[data-rule="monitoring"]')).toHaveAttribute('data-status', 'fail');
  const rows = review.locator('table.review-times tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toContainText('Requirements clarification');
  await expect(rows.nth(0)).toContainText('moved on early');
  await expect(rows.nth(3)).toContainText('(+'); // the overrun of the last phase
  const differences = review.getByRole('list', { name: 'Differences from the reference' });
  await expect(differences).toContainText('No drift monitor');
  await expect(differences.getByRole('listitem').filter({ hasText: /^No / }).first()).toBeVisible();

  // Step through the snapshots: the last is the final board, the first the end of requirements.
  await expect(review.getByTestId('snapshot-label')).toHaveText(/Final board .*\(4 of 4\)/);
  await expect(review.getByRole('img', { name: /Final board.*2 components/ })).toBeVisible();
  await review.getByRole('button', { name: 'Previous snapshot' }).click();
  await expect(review.getByTestId('snapshot-label')).toHaveText('End of Deep dive (3 of 4)');
  await review.getByRole('button', { name: 'Previous snapshot' }).click();
  await review.getByRole('button', { name: 'Previous snapshot' }).click();
  await expect(review.getByTestId('snapshot-label')).toHaveText('End of Requirements clarification (1 of 4)');
  await expect(review.getByRole('img', { name: /0 components/ })).toBeVisible();
  await review.getByRole('button', { name: 'Next snapshot' }).click();
  await expect(review.getByRole('img', { name: /End of High-level design: 1 components/ })).toBeVisible();
  await review.getByRole('button', { name: 'Next snapshot' }).click();
  await review.getByRole('button', { name: 'Next snapshot' }).click();
  await review.evaluate((el) => (el.scrollTop = 0));
  await page.screenshot({ path: '/tmp/practice-review.png' });
  await review.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await page.screenshot({ path: '/tmp/practice-review-bottom.png' });
  await review.getByRole('button', { name: 'Close review' }).click();
  await expect(practiceBar(page)).toHaveAttribute('data-status', 'finished');

  // The attempt is in the history and can be reopened as a new board.
  await toolbarButton(page, 'Practice').click();
  const dialog = page.getByRole('dialog', { name: 'Practice' });
  const attempts = dialog.getByRole('list', { name: 'Attempts' });
  await expect(attempts.getByRole('listitem')).toHaveCount(1);
  await expect(attempts).toContainText(PROMPT);
  await expect(dialog.getByRole('img', { name: /Checklist scores over time/ })).toBeVisible();
  await page.screenshot({ path: '/tmp/practice-dialog.png' });
  await attempts.getByRole('button', { name: /^Reopen attempt/ }).click();
  await expect(dialog).toHaveCount(0);
  await expect(canvasNodes(page, 'model-server')).toHaveCount(1);
  // The reopened board is a plain board: no practice session on it.
  await expect(practiceBar(page)).toHaveCount(0);

  // The board the user had before practising is still there, untouched.
  await toolbarButton(page, 'Boards').click();
  await expect(page.getByRole('list', { name: 'Saved boards' }).getByRole('listitem', { name: 'Untitled board' })).toHaveCount(1);
});

test('a random prompt with a preset starts at the seed’s first phase; optional sound; Close practice ends the mode', async ({ page }) => {
  // Counts the oscillators the page creates (the sound cue is generated, never downloaded).
  await page.addInitScript(() => {
    const w = window as unknown as { oscillators: number };
    w.oscillators = 0;
    const original = AudioContext.prototype.createOscillator;
    AudioContext.prototype.createOscillator = function (this: AudioContext) {
      w.oscillators += 1;
      return original.call(this);
    };
  });
  await openFreshBoard(page);
  await toolbarButton(page, 'Practice').click();
  const dialog = page.getByRole('dialog', { name: 'Practice' });
  await expect(dialog.getByRole('radio', { name: 'Random prompt' })).toBeChecked();
  await expect(dialog.getByRole('group', { name: 'Use cases' }).getByRole('radio')).toHaveCount(5);
  await expect(dialog.getByRole('group', { name: 'Further prompts' }).getByRole('radio')).not.toHaveCount(0);
  await dialog.getByRole('radio', { name: /^45 minutes/ }).check();
  // A custom plan with a bad value cannot start.
  await dialog.getByRole('radio', { name: 'Custom per phase' }).check();
  await dialog.getByLabel('Deep dive (minutes)').fill('0');
  await expect(dialog.getByText('Deep dive: at least one second')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Start practice' })).toBeDisabled();
  await dialog.getByRole('radio', { name: /^45 minutes/ }).check();
  await dialog.getByRole('button', { name: 'Start practice' }).click();

  await expect(page.getByRole('textbox', { name: 'Board title' })).toHaveValue(/^Practice: /);
  await expect(phaseName(page)).toHaveText('Requirements clarification');
  await expect(page.getByRole('timer')).toHaveText(/^0[67]:\d\d$/); // 7 of 45 minutes

  // Sound is off by default; turned on, the next phase change plays a tone made with an OscillatorNode.
  expect(await page.evaluate(() => (window as unknown as { oscillators: number }).oscillators)).toBe(0);
  await page.getByRole('checkbox', { name: 'Sound cues' }).check();
  await practiceBar(page).getByRole('button', { name: 'Next phase' }).click();
  await expect(phaseName(page)).toHaveText('High-level design');
  await expect.poll(() => page.evaluate(() => (window as unknown as { oscillators: number }).oscillators)).toBeGreaterThan(0);
  await practiceBar(page).getByRole('button', { name: 'Finish' }).click();
  await page.getByRole('dialog', { name: 'Practice review' }).getByRole('button', { name: 'Close review' }).click();
  await practiceBar(page).getByRole('button', { name: 'Close practice' }).click();
  await expect(practiceBar(page)).toHaveCount(0);
  await page.reload();
  await waitForBoard(page);
  await expect(practiceBar(page)).toHaveCount(0);
});
