import { expect, test, type Page } from '@playwright/test';
import { canvasNodes, expectSaved, openFreshBoard, paletteItem, startPracticeOf, toolbarButton, waitForBoard } from './helpers';

const PROMPT = 'Anomaly detection in workflow activity';

function practiceBar(page: Page) {
  return page.getByRole('region', { name: 'Practice session' });
}

function phaseName(page: Page) {
  return page.getByTestId('practice-phase-name');
}

function announcements(page: Page) {
  return page.getByRole('status', { name: 'Practice announcements' });
}

/** The timer's reading in seconds ("-01:05" is -65). */
async function timerSeconds(page: Page): Promise<number> {
  const text = (await page.getByRole('timer').textContent()) ?? '';
  const [, sign, minutes, seconds] = /^(-?)(\d+):(\d\d)$/.exec(text) ?? [];
  if (minutes === undefined) throw new Error(`the timer reads "${text}"`);
  return (sign ? -1 : 1) * (Number(minutes) * 60 + Number(seconds));
}

/** Starts a session on the anomaly-detection use case with a custom plan (minutes per phase). */
async function startPractice(page: Page, minutes: [string, string, string, string]) {
  await startPracticeOf(page, PROMPT, minutes, 'unusual activity patterns');
}

test('a practice session opens the prompt on a new board; requirements notes and the worksheet fill the board notes', async ({ page }) => {
  await openFreshBoard(page);
  await startPractice(page, ['5', '10', '15', '5']);

  // A new board carries the prompt; the timer counts down the first phase.
  await expect(page.getByRole('textbox', { name: 'Board title' })).toHaveValue(`Practice: ${PROMPT}`);
  await expect(page.getByRole('timer')).toHaveText(/^0[45]:\d\d$/);
  await expect(phaseName(page)).toHaveText('Requirements clarification');
  await expect(practiceBar(page).getByRole('list', { name: 'Requirements clarification guidance' })).toContainText('Constraints and assumptions');
  await expect(page.getByRole('checkbox', { name: 'Sound cues' })).not.toBeChecked();

  // Structured notes become sections of the board notes; the worksheet computes as you type.
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
});

test('phases end by hand and by time, Pause stops the clock, and a reload resumes the session', async ({ page }) => {
  await page.clock.install();
  await openFreshBoard(page);
  await startPractice(page, ['5', '1', '5', '1']);

  // Next phase by hand, with its cue.
  await practiceBar(page).getByRole('button', { name: 'Next phase' }).click();
  await expect(phaseName(page)).toHaveText('High-level design');
  await expect(announcements(page)).toHaveText('Next phase: High-level design.');
  await paletteItem(page, 'API gateway').click();
  await expect(canvasNodes(page, 'api-gateway')).toHaveCount(1);

  // The one-minute high-level phase ends by time.
  await page.clock.fastForward('01:00');
  await expect(phaseName(page)).toHaveText('Deep dive');
  await expect(page.getByRole('list', { name: 'Phases' }).getByRole('listitem').nth(2)).toHaveAttribute('aria-current', 'step');

  // A paused minute is not counted: after Resume the clock goes on from where it stopped.
  await practiceBar(page).getByRole('button', { name: 'Pause' }).click();
  await expect(practiceBar(page)).toHaveAttribute('data-status', 'paused');
  const frozen = await timerSeconds(page);
  await page.clock.fastForward('01:00');
  await practiceBar(page).getByRole('button', { name: 'Resume' }).click();
  await expect(practiceBar(page)).toHaveAttribute('data-status', 'running');
  await page.clock.fastForward('00:05');
  await expect.poll(() => timerSeconds(page)).toBeLessThan(frozen);
  expect(await timerSeconds(page)).toBeGreaterThan(frozen - 30); // the paused minute would make it frozen - 65

  // A reload resumes the same session on the same board.
  await paletteItem(page, 'Model server').click();
  await expect(canvasNodes(page, 'model-server')).toHaveCount(1);
  await expectSaved(page);
  await page.reload();
  await waitForBoard(page);
  await expect(practiceBar(page)).toBeVisible();
  await expect(phaseName(page)).toHaveText('Deep dive');
  await expect(page.getByRole('timer')).toHaveText(/^0[34]:\d\d$/);
  await expect(canvasNodes(page, 'model-server')).toHaveCount(1);
  await expect(canvasNodes(page, 'api-gateway')).toHaveCount(1);
});

test('the last phase runs over and says so; Finish shows the time spent per phase, the overrun included', async ({ page }) => {
  await page.clock.install();
  await openFreshBoard(page);
  await startPractice(page, ['5', '5', '5', '1']);
  for (const next of ['High-level design', 'Deep dive', 'Edge cases & optimisation']) {
    await practiceBar(page).getByRole('button', { name: 'Next phase' }).click();
    await expect(phaseName(page)).toHaveText(next);
  }
  await expect(practiceBar(page).getByRole('button', { name: 'Next phase' })).toBeDisabled();

  // Over the last phase's minute (with most of the plan still unused) the clock counts below zero.
  await page.clock.fastForward('01:01');
  await expect(page.getByRole('timer')).toHaveText(/^-00:\d\d$/);
  await expect(practiceBar(page)).toContainText('Over time');
  await expect(announcements(page)).toHaveText(/Time is up/);

  await practiceBar(page).getByRole('button', { name: 'Finish' }).click();
  const review = page.getByRole('dialog', { name: 'Practice review' });
  const rows = review.locator('table.review-times tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toContainText('Requirements clarification');
  await expect(rows.nth(0)).toContainText('moved on early');
  await expect(rows.nth(3)).toContainText('(+'); // the overrun of the last phase
  await review.getByRole('button', { name: 'Close review' }).click();
  await expect(practiceBar(page)).toHaveAttribute('data-status', 'finished');
  await expect(practiceBar(page)).toContainText('Finished');
});

test('the review scores the final board, steps through the phase snapshots, and the attempt can be reopened from the history', async ({ page }) => {
  await openFreshBoard(page);
  await startPractice(page, ['5', '10', '15', '5']);
  const panel = page.getByRole('region', { name: 'Practice requirements' });
  await panel.getByLabel('Functional requirements', { exact: true }).fill('- flag unusual workflow activity per tenant');
  await panel.getByLabel('Non-functional requirements (with numbers)').fill('- alert within 60 s, 50k events/s peak');

  // One more component in each phase: the snapshots hold 0, 1 and 2 of them.
  const nextPhase = practiceBar(page).getByRole('button', { name: 'Next phase' });
  await nextPhase.click();
  await expect(phaseName(page)).toHaveText('High-level design');
  await paletteItem(page, 'API gateway').click();
  await expect(canvasNodes(page, 'api-gateway')).toHaveCount(1);
  await nextPhase.click();
  await expect(phaseName(page)).toHaveText('Deep dive');
  await paletteItem(page, 'Model server').click();
  await expect(canvasNodes(page, 'model-server')).toHaveCount(1);
  await practiceBar(page).getByRole('button', { name: 'Finish' }).click();

  const review = page.getByRole('dialog', { name: 'Practice review' });
  await expect(review.getByTestId('review-score')).toHaveText(/^\d+\/\d+$/);
  await expect(review.locator('li[data-rule="requirements"]')).toHaveAttribute('data-status', /pass|partial/);
  await expect(review.locator('li[data-rule="monitoring"]')).toHaveAttribute('data-status', 'fail');
  // At most five gaps, the prompt's heaviest first (a streaming use case: the stream processor).
  const gaps = review.getByRole('list', { name: 'Top gaps, most important first' }).getByRole('listitem');
  await expect(gaps.first()).toHaveAttribute('data-gap', 'stream-processor');
  expect(await gaps.count()).toBeLessThanOrEqual(5);
  await review.getByText(/^Every difference/).click();
  await expect(review.locator('.review-comparison')).toContainText('No drift monitor');

  // Step through the snapshots: the last is the final board, the first the end of requirements.
  await expect(review.getByTestId('snapshot-label')).toHaveText(/Final board .*\(3 of 3\)/);
  await expect(review.getByRole('img', { name: /Final board.*2 components/ })).toBeVisible();
  await review.getByRole('button', { name: 'Previous snapshot' }).click();
  await expect(review.getByTestId('snapshot-label')).toHaveText('End of High-level design (2 of 3)');
  await expect(review.getByRole('img', { name: /End of High-level design: 1 components/ })).toBeVisible();
  await review.getByRole('button', { name: 'Previous snapshot' }).click();
  await expect(review.getByTestId('snapshot-label')).toHaveText('End of Requirements clarification (1 of 3)');
  await expect(review.getByRole('img', { name: /0 components/ })).toBeVisible();
  await review.getByRole('button', { name: 'Close review' }).click();

  // The attempt is in the history and can be reopened as a new board.
  await toolbarButton(page, 'Practice').click();
  const dialog = page.getByRole('dialog', { name: 'Practice' });
  const attempts = dialog.getByRole('list', { name: 'Attempts' });
  await expect(attempts.getByRole('listitem')).toHaveCount(1);
  await expect(attempts).toContainText(PROMPT);
  await expect(dialog.getByRole('img', { name: /Checklist scores over time/ })).toBeVisible();
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
