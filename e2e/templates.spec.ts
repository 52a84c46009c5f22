import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { TEMPLATE_SUMMARIES } from '../templates';
import { canvasNodes, expectSaved, moveViewport, openFreshBoard, paletteItem, toolbarButton, waitForBoard, waitForViewportAtRest } from './helpers';

interface TemplateFileNode {
  id: string;
  kind: string;
  label: string;
  notes: string;
  parentId?: string;
}
interface TemplateFile {
  document: { title: string; nodes: TemplateFileNode[]; edges: unknown[]; study: { prompt: string; functionalRequirements: string[] } };
}

const BOUNDARY_KINDS = new Set(['vpc', 'k8s-cluster', 'namespace', 'tenant-boundary', 'region']);

function templateFile(id: string): TemplateFile {
  return JSON.parse(readFileSync(path.join(__dirname, '..', 'templates', `${id}.json`), 'utf8')) as TemplateFile;
}

/** The first stretch of a text, enough to recognise it without depending on wrapping. */
function opening(text: string, length = 60): string {
  return text.slice(0, length);
}

async function openGallery(page: Page) {
  await toolbarButton(page, 'Templates').click();
  const gallery = page.getByRole('dialog', { name: 'Templates' });
  await expect(gallery).toBeVisible();
  return gallery;
}

async function studyTemplate(page: Page, title: string) {
  const gallery = await openGallery(page);
  await gallery.getByRole('button', { name: `Study ${title}`, exact: true }).click();
  await expect(gallery).toHaveCount(0);
  // Studying opens at v1 (e2e/study-build-up.spec.ts); these checks are about the whole design, its last step.
  const guide = page.getByRole('complementary', { name: 'Study guide' });
  await expect(guide.getByText(/^Step 1 of \d+$/)).toBeVisible();
  const next = guide.getByRole('button', { name: 'Next step', exact: true });
  while (await next.isEnabled()) await next.click();
}

/** Fits the view (Shift+1) once the layout has settled and waits for the fit animation. */
async function fitView(page: Page) {
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Shift+Digit1');
  await waitForViewportAtRest(page);
}

/** A board of the user's own that must survive every template opened after it. */
async function makeUserBoard(page: Page) {
  await openFreshBoard(page);
  const title = page.getByRole('textbox', { name: 'Board title' });
  await title.fill('My own board');
  await title.press('Enter');
  await paletteItem(page, 'Feature store').click();
  await expect(canvasNodes(page, 'feature-store')).toHaveCount(1);
  await expectSaved(page);
}

test('the gallery has a card per template with a preview, tags and a component count', async ({ page }) => {
  await openFreshBoard(page);
  const gallery = await openGallery(page);
  const cards = gallery.getByRole('list', { name: 'Reference templates' }).getByRole('listitem').filter({ has: page.locator('h3') });
  await expect(cards).toHaveCount(TEMPLATE_SUMMARIES.length);
  for (const summary of TEMPLATE_SUMMARIES) {
    const file = templateFile(summary.id);
    const components = file.document.nodes.filter((n) => !BOUNDARY_KINDS.has(n.kind) && n.kind !== 'note').length;
    const card = gallery.getByRole('listitem', { name: summary.title, exact: true });
    await expect(card.getByRole('heading', { name: summary.title })).toBeVisible();
    await expect(card).toContainText(`${components} components · ${file.document.edges.length} connections`);
    // The preview is drawn from the diagram: one box per node.
    const preview = card.getByRole('img', { name: new RegExp(`^Diagram of`) });
    await expect(preview).toBeVisible();
    await expect(preview.locator('rect')).toHaveCount(file.document.nodes.length);
    // The whole drawing fits the card: every box lies inside the preview frame.
    const frame = (await card.locator('.template-preview').boundingBox())!;
    const drawn = await preview.locator('rect').evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect().toJSON() as DOMRect));
    for (const box of drawn) {
      expect(box.left).toBeGreaterThanOrEqual(frame.x - 0.5);
      expect(box.top).toBeGreaterThanOrEqual(frame.y - 0.5);
      expect(box.right).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
      expect(box.bottom).toBeLessThanOrEqual(frame.y + frame.height + 0.5);
    }
    for (const tag of summary.tags) await expect(card.getByRole('list', { name: 'Tags' })).toContainText(tag);
    await expect(card.getByRole('button', { name: `Practice from scratch: ${summary.title}` })).toBeEnabled();
  }
  await page.keyboard.press('Escape');
  await expect(gallery).toHaveCount(0);
});

test('studying each template opens it as a new board with its study guide; the user’s board is untouched', async ({ page }) => {
  test.setTimeout(120_000);
  await makeUserBoard(page);

  for (const summary of TEMPLATE_SUMMARIES) {
    const file = templateFile(summary.id);
    await studyTemplate(page, summary.title);
    await expect(page.getByRole('textbox', { name: 'Board title' })).toHaveValue(file.document.title);
    await expect(canvasNodes(page)).toHaveCount(file.document.nodes.length);
    expect(file.document.nodes.length).toBeGreaterThanOrEqual(20);

    const guide = page.getByRole('complementary', { name: 'Study guide' });
    await expect(guide.getByRole('region', { name: 'Prompt', exact: true })).toContainText(opening(file.document.study.prompt));
    await expect(guide.getByRole('region', { name: 'Estimates', exact: true })).toBeVisible();
    await expect(guide.getByRole('region', { name: 'Talking points', exact: true })).toBeVisible();

    // Selecting a component puts its "why / alternatives" note on top of the guide.
    const leaf = file.document.nodes.find((n) => !BOUNDARY_KINDS.has(n.kind) && n.kind !== 'note' && n.notes.length > 0)!;
    await page.locator(`.react-flow__node[data-id="${leaf.id}"]`).click();
    const selected = guide.getByRole('region', { name: 'Selected component', exact: true });
    await expect(selected.getByRole('heading')).toContainText(leaf.label);
    await expect(selected).toContainText(opening(leaf.notes));
    await expect(page.getByRole('region', { name: 'Inspector', exact: true }).getByRole('textbox', { name: 'Notes' })).toHaveValue(leaf.notes);
  }

  // Every template became a board of its own, next to the user's board, which is unchanged.
  await page.getByRole('button', { name: 'Boards', exact: true }).click();
  const boards = page.getByRole('dialog', { name: 'Boards' });
  const saved = boards.getByRole('list', { name: 'Saved boards' });
  for (const summary of TEMPLATE_SUMMARIES) {
    await expect(saved.getByRole('listitem', { name: templateFile(summary.id).document.title, exact: true })).toHaveCount(1);
  }
  const mine = saved.getByRole('listitem', { name: 'My own board', exact: true });
  await mine.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('textbox', { name: 'Board title' })).toHaveValue('My own board');
  await expect(canvasNodes(page)).toHaveCount(1);
  await expect(canvasNodes(page, 'feature-store')).toHaveCount(1);
  // A board without a study guide shows no study panel.
  await expect(page.getByRole('complementary', { name: 'Study guide' })).toHaveCount(0);
});

test('practice from scratch starts an empty board carrying the prompt, with hints hidden until asked', async ({ page }) => {
  await makeUserBoard(page);
  const summary = TEMPLATE_SUMMARIES.find((s) => s.id === 'search')!;
  const file = templateFile(summary.id);
  const gallery = await openGallery(page);
  await gallery.getByRole('button', { name: `Practice from scratch: ${summary.title}` }).click();

  await expect(page.getByRole('textbox', { name: 'Board title' })).toHaveValue(`Practice: ${file.document.title}`);
  await expect(canvasNodes(page)).toHaveCount(0);
  const guide = page.getByRole('complementary', { name: 'Study guide' });
  await expect(guide.getByRole('region', { name: 'Prompt', exact: true })).toContainText(opening(file.document.study.prompt));
  // The requirements are found out by asking, so they are hidden with the hints.
  await expect(guide.getByRole('region', { name: 'Functional requirements', exact: true })).toHaveCount(0);
  await expect(guide.getByRole('region', { name: 'Estimates', exact: true })).toHaveCount(0);
  await expect(guide.getByRole('region', { name: 'Talking points', exact: true })).toHaveCount(0);

  // The choice and the guide survive a reload.
  await expectSaved(page);
  await page.reload();
  await waitForBoard(page);
  await expect(guide.getByRole('region', { name: 'Prompt', exact: true })).toContainText(opening(file.document.study.prompt));
  await expect(guide.getByRole('region', { name: 'Estimates', exact: true })).toHaveCount(0);

  await guide.getByRole('button', { name: 'Show hints' }).click();
  await expect(guide.getByRole('region', { name: 'Functional requirements', exact: true })).toContainText(
    opening(file.document.study.functionalRequirements[0], 40),
  );
  await expect(guide.getByRole('region', { name: 'Estimates', exact: true })).toBeVisible();
  await expect(guide.getByRole('region', { name: 'Talking points', exact: true })).toBeVisible();
  await guide.getByRole('button', { name: 'Hide hints' }).click();
  await expect(guide.getByRole('region', { name: 'Estimates', exact: true })).toHaveCount(0);

  // The study guide collapses to a tab and comes back.
  await guide.getByRole('button', { name: 'Collapse study guide' }).click();
  await expect(guide.getByRole('region', { name: 'Prompt', exact: true })).toHaveCount(0);
  await guide.getByRole('button', { name: 'Study guide', exact: true }).click();
  await expect(guide.getByRole('region', { name: 'Prompt', exact: true })).toBeVisible();
});

/** Chrome that is not part of the picture: React Flow's controls and minimap, and toasts. */
const SCREENSHOT_STYLE = '.react-flow__minimap, .react-flow__controls, .alert-stack { display: none !important; }';

/** The page rectangle that holds every node and edge label, plus a margin. */
async function diagramClip(page: Page, margin = 24) {
  return page.evaluate((m) => {
    const boxes = [...document.querySelectorAll('.react-flow__node, .edge-label')].map((e) =>
      e.getBoundingClientRect(),
    );
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    const left = Math.max(pane.left, Math.min(...boxes.map((b) => b.left)) - m);
    const top = Math.max(pane.top, Math.min(...boxes.map((b) => b.top)) - m);
    const right = Math.min(pane.right, Math.max(...boxes.map((b) => b.right)) + m);
    const bottom = Math.min(pane.bottom, Math.max(...boxes.map((b) => b.bottom)) + m);
    return { x: left, y: top, width: right - left, height: bottom - top };
  }, margin);
}

test.describe('screenshots', () => {
  // Large enough that a fit-view diagram is worth reading in the README.
  test.use({ viewport: { width: 1920, height: 1080 } });

  test.describe('templates', () => {
    // Twice the pixels, so the labels stay legible when the picture is opened at full size.
    test.use({ deviceScaleFactor: 2 });

    test('each template at fit view (docs/screenshots/template-<id>.png)', async ({ page }) => {
      test.setTimeout(120_000);
      await openFreshBoard(page);
      for (const summary of TEMPLATE_SUMMARIES) {
        await studyTemplate(page, summary.title);
        await expect(canvasNodes(page)).toHaveCount(templateFile(summary.id).document.nodes.length);
        // Every edge is drawn, also those of a boundary that kept the id (at another size) of
        // one on the template before: a measurement without handles used to drop them.
        await expect(page.locator('.react-flow__edge')).toHaveCount(templateFile(summary.id).document.edges.length);
        // The diagram alone: the guide is folded away so the canvas gets the width.
        const guide = page.getByRole('complementary', { name: 'Study guide' });
        await guide.getByRole('button', { name: 'Collapse study guide' }).click();
        await fitView(page);
        await page.screenshot({ path: `docs/screenshots/template-${summary.id}.png`, clip: await diagramClip(page), style: SCREENSHOT_STYLE });
      }
    });
  });

  test('the README picture: recommendations studied, with the checklist (docs/screenshots/board.png)', async ({ page }) => {
    await openFreshBoard(page);
    await studyTemplate(page, TEMPLATE_SUMMARIES.find((s) => s.id === 'recommendations')!.title);
    const guide = page.getByRole('complementary', { name: 'Study guide' });
    await expect(guide.getByRole('region', { name: 'Prompt', exact: true })).toBeVisible();
    const checklist = page.getByRole('region', { name: 'Design checklist' });
    if (await checklist.count()) await checklist.scrollIntoViewIfNeeded();
    // A selected component shows its note on top of the guide, as a user studying would see it.
    const ranker = templateFile('recommendations').document.nodes.find((n) => n.kind === 'model-server') ?? templateFile('recommendations').document.nodes[0];
    await fitView(page);
    await page.locator(`.react-flow__node[data-id="${ranker.id}"]`).click();
    await expect(guide.getByRole('region', { name: 'Selected component', exact: true }).getByRole('heading')).toContainText(ranker.label);
    // Zoom in around the ranker (Ctrl+wheel zooms at the pointer) so the picture is readable.
    const box = (await page.locator(`.react-flow__node[data-id="${ranker.id}"]`).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await moveViewport(page, async () => {
      await page.keyboard.down('Control');
      for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -200);
      await page.keyboard.up('Control');
    });
    // Then pan (the wheel pans) until the diagram starts at the canvas's top-left corner, so
    // the picture shows as much of it as fits rather than empty canvas.
    for (let i = 0; i < 6; i++) {
      // The nodes' top-left, wherever it is (diagramClip stops at the canvas's edges).
      const diagram = await page.evaluate(() => {
        const boxes = [...document.querySelectorAll('.react-flow__node')].map((e) => e.getBoundingClientRect());
        return { x: Math.min(...boxes.map((b) => b.left)), y: Math.min(...boxes.map((b) => b.top)) };
      });
      const pane = (await page.locator('.react-flow__pane').boundingBox())!;
      const dx = diagram.x - (pane.x + 16);
      const dy = diagram.y - (pane.y + 16);
      if (Math.abs(dx) < 6 && Math.abs(dy) < 6) break;
      await moveViewport(page, () => page.mouse.wheel(dx, dy));
    }
    await page.screenshot({ path: 'docs/screenshots/board.png', style: '.alert-stack { display: none !important; }' });
  });
});
