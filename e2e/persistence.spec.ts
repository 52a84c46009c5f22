import { expect, test, type Page } from '@playwright/test';
import { SCHEMA_VERSION } from '@/lib/model/types';
import { canvasNodes, downloadExportJson, expectSaved, importFileInput, openFreshBoard, paletteItem, waitForBoard, waitForViewportAtRest } from './helpers';

const boardTitle = (page: Page) => page.getByRole('textbox', { name: 'Board title' });

async function renameOpenBoard(page: Page, title: string) {
  await boardTitle(page).fill(title);
  await boardTitle(page).press('Enter');
  await expectSaved(page);
}

async function importFile(page: Page, name: string, content: string | Buffer) {
  await importFileInput(page).setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
  });
}

function validFile(overrides: Record<string, unknown> = {}) {
  return JSON.stringify({
    type: 'design-drill/board',
    version: 1,
    document: {
      schemaVersion: 1,
      id: 'imported',
      title: 'Imported board',
      notes: '',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      nodes: [
        { id: 'a', kind: 'api-gateway', position: { x: 0, y: 0 }, label: 'Gateway', tags: [], notes: '' },
        { id: 'b', kind: 'model-server', position: { x: 300, y: 0 }, label: 'Ranker', tags: [], notes: '' },
      ],
      edges: [{ id: 'e1', source: 'a', target: 'b', label: 'POST /rank', kind: 'sync' }],
      ...overrides,
    },
  });
}

test('an edit followed at once by closing the tab is there when the app is reopened', async ({ page, context }) => {
  await openFreshBoard(page);
  await paletteItem(page, 'Feature store').click();
  await expect(canvasNodes(page, 'feature-store')).toHaveCount(1);
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto('/');
  await waitForBoard(again);
  await expect(canvasNodes(again, 'feature-store')).toHaveCount(1);
});

test('two tabs on one board stay in step, and a stale tab cannot clobber newer work', async ({ context }) => {
  const first = await context.newPage();
  await openFreshBoard(first);
  await renameOpenBoard(first, 'Shared board');

  // A second tab on the same board follows the first one's saves.
  const second = await context.newPage();
  await openFreshBoard(second);
  await expect(boardTitle(second)).toHaveValue('Shared board');
  await paletteItem(first, 'Cache (Redis)').click();
  await expectSaved(first);
  await expect(canvasNodes(second, 'cache')).toHaveCount(1);

  // A third tab that never hears from the others (no BroadcastChannel) goes stale.
  const stale = await context.newPage();
  await stale.addInitScript(() => {
    (window as unknown as { BroadcastChannel?: unknown }).BroadcastChannel = undefined;
  });
  await openFreshBoard(stale);
  await expect(canvasNodes(stale, 'cache')).toHaveCount(1);
  await paletteItem(first, 'Vector DB').click();
  await expectSaved(first);

  await paletteItem(stale, 'Message queue').click();
  const alert = stale.getByRole('alert').filter({ hasText: 'changed in another tab' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Nothing was overwritten');

  // The newer work is intact in storage.
  await first.reload();
  await waitForBoard(first);
  await expect(canvasNodes(first, 'vector-db')).toHaveCount(1);
  await expect(canvasNodes(first, 'message-queue')).toHaveCount(0);

  // The stale tab keeps its version as a copy: nothing is dropped on either side.
  await alert.getByRole('button', { name: 'Keep mine as a copy' }).click();
  await expect(boardTitle(stale)).toHaveValue('Shared board (my copy)');
  await expect(canvasNodes(stale, 'message-queue')).toHaveCount(1);
  await stale.getByRole('button', { name: 'Boards', exact: true }).click();
  const list = stale.getByRole('list', { name: 'Saved boards' });
  await expect(list.getByRole('listitem', { name: 'Shared board', exact: true })).toBeVisible();
  await expect(list.getByRole('listitem', { name: 'Shared board (my copy)' })).toBeVisible();
});

const BAD_FILES: { name: string; content: string | Buffer; error: RegExp }[] = [
  { name: 'empty.json', content: '', error: /empty/i },
  { name: 'prose.json', content: 'hello, this is not JSON', error: /not valid JSON|not JSON|line 1/i },
  { name: 'truncated.json', content: validFile().slice(0, 200), error: /truncated|ends unexpectedly/i },
  { name: 'image.json', content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), error: /PNG/ },
  { name: 'null.json', content: 'null', error: /not a Design Drill board/i },
  { name: 'array.json', content: '[]', error: /not a Design Drill board/i },
  { name: 'future.json', content: validFile().replace('"version": 1', '"version": 99').replace('"schemaVersion":1', '"schemaVersion":99').replace('"version":1', '"version":99'), error: /newer version/i },
  { name: 'huge.json', content: '{"pad":"' + 'x'.repeat(6 * 1024 * 1024) + '"}', error: /MB/ },
];

test('bad files get a clear alert and change nothing', async ({ page }) => {
  await openFreshBoard(page);
  await paletteItem(page, 'Model registry').click();
  await renameOpenBoard(page, 'Precious board');
  await page.getByRole('button', { name: 'Boards', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Saved boards' })).toBeVisible();
  const boardsBefore = await page.getByRole('list', { name: 'Saved boards' }).getByRole('listitem').count();
  await page.keyboard.press('Escape');

  for (const bad of BAD_FILES) {
    await importFile(page, bad.name, bad.content);
    const alert = page.getByRole('alert').filter({ hasText: bad.name });
    await expect(alert, bad.name).toBeVisible();
    await expect(alert).toContainText(bad.error);
    await expect(alert).toContainText('Your board is unchanged');
    await expect(boardTitle(page)).toHaveValue('Precious board');
    await expect(canvasNodes(page)).toHaveCount(1);
    await alert.getByRole('button', { name: 'Dismiss' }).click();
  }
  await page.getByRole('button', { name: 'Boards', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Saved boards' }).getByRole('listitem')).toHaveCount(boardsBefore);
});

test('a repaired import opens as a new board, says what was repaired, and keeps the old board', async ({ page }) => {
  await openFreshBoard(page);
  await paletteItem(page, 'Model registry').click();
  await renameOpenBoard(page, 'My design');
  const damaged = validFile({
    edges: [
      { id: 'e1', source: 'a', target: 'b', label: 'POST /rank', kind: 'sync' },
      { id: 'e2', source: 'a', target: 'ghost', label: '', kind: 'sync' },
      { id: 'e3', source: 'ghost', target: 'b', label: '', kind: 'sync' },
    ],
  }).replace('"label":"Gateway"', '"label":"<img src=x onerror=alert(1)>"');
  await importFile(page, 'damaged.json', damaged);
  await expect(page.getByRole('alert').filter({ hasText: '2 edges to missing nodes dropped' })).toBeVisible();
  await expect(boardTitle(page)).toHaveValue('Imported board');
  await expect(canvasNodes(page)).toHaveCount(2);
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  // Markup in a label is shown as text.
  await expect(canvasNodes(page, 'api-gateway')).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('.react-flow__node img')).toHaveCount(0);

  await page.getByRole('button', { name: 'Boards', exact: true }).click();
  const list = page.getByRole('list', { name: 'Saved boards' });
  await expect(list.getByRole('listitem', { name: 'My design' })).toBeVisible();
  await expect(list.getByRole('listitem', { name: 'Imported board' })).toBeVisible();
});

test('a JSON file dropped on the canvas is imported as a new board', async ({ page }) => {
  await openFreshBoard(page);
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return dt;
  }, validFile());
  await page.locator('[data-testid="board-canvas"]').dispatchEvent('drop', { dataTransfer });
  await expect(boardTitle(page)).toHaveValue('Imported board');
  await expect(canvasNodes(page, 'model-server')).toHaveCount(1);
});

test('export JSON downloads a versioned envelope named after the board', async ({ page }) => {
  await openFreshBoard(page);
  await paletteItem(page, 'Data lake').click();
  await renameOpenBoard(page, 'Lake design');
  const file = await downloadExportJson(page);
  expect(file.suggestedFilename()).toBe('Lake design.json');
  const text = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  const parsed = JSON.parse(text);
  expect(parsed.type).toBe('design-drill/board');
  expect(parsed.version).toBe(SCHEMA_VERSION);
  expect(parsed.document.schemaVersion).toBe(SCHEMA_VERSION);
  expect(parsed.document.title).toBe('Lake design');
  expect(parsed.document.nodes).toHaveLength(1);
  expect(parsed.document.nodes[0].kind).toBe('data-lake');
  // React Flow's own fields never reach a saved file.
  expect(text).not.toMatch(/"(selected|measured|dragging)"/);
  expect(text).toContain('\n  "document"');
});

test('storage full: a warning, the app keeps working, Export JSON still works', async ({ page }) => {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if ((window as unknown as { failQuota?: boolean }).failQuota) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await openFreshBoard(page);
  await page.evaluate(() => ((window as unknown as { failQuota?: boolean }).failQuota = true));
  await paletteItem(page, 'Tracing').click();
  await expect(page.getByRole('alert').filter({ hasText: /storage is full/i })).toBeVisible();
  await paletteItem(page, 'Alerting').click();
  await expect(canvasNodes(page)).toHaveCount(2);
  const download = await downloadExportJson(page);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  // Space comes back: the next change saves everything.
  await page.evaluate(() => ((window as unknown as { failQuota?: boolean }).failQuota = false));
  await paletteItem(page, 'Metrics (Prometheus)').click();
  await expectSaved(page);
  await page.reload();
  await waitForBoard(page);
  await expect(canvasNodes(page)).toHaveCount(3);
});

test('the board list: create, rename, switch, duplicate, delete with confirmation', async ({ page }) => {
  await openFreshBoard(page);
  await paletteItem(page, 'Web app').click();
  await renameOpenBoard(page, 'Alpha');
  await page.getByRole('button', { name: 'New board' }).click();
  await expect(boardTitle(page)).toHaveValue('Untitled board');
  await expect(canvasNodes(page)).toHaveCount(0);
  await paletteItem(page, 'Mobile app').click();

  await page.getByRole('button', { name: 'Boards', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Boards' });
  const list = dialog.getByRole('list', { name: 'Saved boards' });
  const untitled = list.getByRole('listitem', { name: 'Untitled board' });
  await untitled.getByRole('button', { name: 'Rename' }).click();
  await dialog.getByRole('textbox', { name: 'New title' }).fill('Beta');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(list.getByRole('listitem', { name: 'Beta' })).toBeVisible();
  await expect(boardTitle(page)).toHaveValue('Beta');

  await list.getByRole('listitem', { name: 'Alpha' }).getByRole('button', { name: 'Open' }).click();
  await expect(boardTitle(page)).toHaveValue('Alpha');
  await expect(canvasNodes(page, 'web-app')).toHaveCount(1);

  await page.getByRole('button', { name: 'Boards', exact: true }).click();
  await list.getByRole('listitem', { name: 'Beta' }).getByRole('button', { name: 'Duplicate' }).click();
  await expect(list.getByRole('listitem', { name: 'Beta (copy)' })).toBeVisible();
  const beta = list.getByRole('listitem', { name: 'Beta', exact: true });
  await beta.getByRole('button', { name: 'Delete' }).click();
  await beta.getByRole('button', { name: 'Keep' }).click();
  await expect(beta).toBeVisible();
  await beta.getByRole('button', { name: 'Delete' }).click();
  await beta.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(list.getByRole('listitem', { name: 'Beta', exact: true })).toHaveCount(0);

  // The last open board reopens on load.
  await page.keyboard.press('Escape');
  await page.reload();
  await waitForBoard(page);
  await expect(boardTitle(page)).toHaveValue('Alpha');
});

test('a stored board from a newer version of the app is refused on load and left as it was', async ({ page }) => {
  await openFreshBoard(page);
  await paletteItem(page, 'Web app').click();
  await expectSaved(page);
  // What a newer app would leave behind: its board, remembered as the last one open.
  const future = { id: 'future', revision: 4, schemaVersion: 99, document: { title: 'From the future', layers: ['new'] } };
  // Opens the app's database in the page, first writes `record` there (with its list entry,
  // remembered as the last board open) when one is given, and returns what is stored for it.
  const storedFuture = (record?: typeof future) =>
    page.evaluate(
      async ({ id, record }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('design-drill');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        if (record) {
          await new Promise<void>((resolve, reject) => {
            const tx = db.transaction(['boards', 'board-meta', 'settings'], 'readwrite');
            tx.objectStore('boards').put(record);
            tx.objectStore('board-meta').put({ id, title: record.document.title, updatedAt: '2030-01-01T00:00:00.000Z', revision: record.revision, schemaVersion: record.schemaVersion });
            tx.objectStore('settings').put(id, 'lastOpenId');
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          });
        }
        const stored = await new Promise<unknown>((resolve, reject) => {
          const request = db.transaction('boards').objectStore('boards').get(id);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        db.close();
        return stored;
      },
      { id: future.id, record },
    );
  await storedFuture(future);

  await page.reload();
  await waitForBoard(page);
  await expect(page.getByRole('alert').filter({ hasText: 'saved by a newer version of Design Drill' })).toBeVisible();
  // The most recent board this version can read opens instead, and the newer one is untouched.
  await expect(canvasNodes(page, 'web-app')).toHaveCount(1);
  await expectSaved(page);
  expect(await storedFuture()).toEqual(future);
});

test('a reloaded board is drawn fitted to the view from its first frame, with no jump', async ({ page }) => {
  await openFreshBoard(page);
  // Far apart, so that the fitted view is well below 100 % zoom.
  const nodes = [
    { id: 'a', kind: 'api-gateway', position: { x: 0, y: 0 }, label: 'Gateway', tags: [], notes: '' },
    { id: 'b', kind: 'model-server', position: { x: 3000, y: 1800 }, label: 'Ranker', tags: [], notes: '' },
  ];
  await importFile(page, 'wide.json', validFile({ nodes }));
  await expect(canvasNodes(page)).toHaveCount(2);
  await expectSaved(page);

  // The viewport in the first frame that has the nodes in it.
  await page.addInitScript(() => {
    const record = () => {
      if (document.querySelectorAll('.react-flow__node').length < 2) return requestAnimationFrame(record);
      const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
      (window as unknown as { firstFrameViewport: string }).firstFrameViewport = viewport?.style.transform ?? '';
    };
    requestAnimationFrame(record);
  });
  // The page's timers and animation frames on Playwright's clock, so later ones can be run at once.
  await page.clock.install();
  await page.reload();
  await waitForBoard(page);
  const firstFrame = await page.waitForFunction(() => (window as unknown as { firstFrameViewport?: string }).firstFrameViewport);
  const first = (await firstFrame.jsonValue()) as string;
  expect(Number(/scale\(([\d.]+)\)/.exec(first)?.[1])).toBeLessThan(0.9);
  // Later frames keep it: nothing zooms out after the board has been drawn, in the next second
  // of timers and frames (run at once) or after.
  await page.clock.runFor(1000);
  await waitForViewportAtRest(page);
  expect(await page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform)).toBe(first);
});
