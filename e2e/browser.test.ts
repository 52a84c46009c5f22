import { describe, expect, it } from 'vitest';
import { chooseBrowser, DEBIAN_CHROMIUM, launchOptionsOf, NO_BROWSER_MESSAGE, SYSTEM_CHROMIUM_ARGS } from './browser';

const PLAYWRIGHT_CHROMIUM = '/home/dev/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';

function probe(files: string[], chromiumPath?: string, playwrightChromium: () => string = () => PLAYWRIGHT_CHROMIUM) {
  return chooseBrowser({ chromiumPath, fileExists: (path) => files.includes(path), playwrightChromium });
}

describe('chooseBrowser', () => {
  it("takes Debian's Chromium, with the container flags, where it is installed", () => {
    const choice = probe([DEBIAN_CHROMIUM, PLAYWRIGHT_CHROMIUM]);
    expect(choice).toEqual({ ok: true, from: 'debian', executablePath: DEBIAN_CHROMIUM, args: SYSTEM_CHROMIUM_ARGS });
    expect(SYSTEM_CHROMIUM_ARGS).toEqual(expect.arrayContaining(['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']));
  });

  it("falls back to Playwright's own Chromium where it was downloaded", () => {
    const choice = probe([PLAYWRIGHT_CHROMIUM]);
    expect(choice).toMatchObject({ ok: true, from: 'playwright', executablePath: PLAYWRIGHT_CHROMIUM });
    if (choice.ok) expect(launchOptionsOf(choice).executablePath).toBeUndefined();
  });

  it('says in one line what to install when there is neither', () => {
    const choice = probe([]);
    expect(choice).toEqual({ ok: false, message: NO_BROWSER_MESSAGE });
    expect(NO_BROWSER_MESSAGE).not.toContain('\n');
    expect(NO_BROWSER_MESSAGE).toMatch(/apt-get install chromium/);
    expect(NO_BROWSER_MESSAGE).toMatch(/npx playwright install chromium/);
  });

  it('treats a platform Playwright has no Chromium for as none', () => {
    const choice = probe([], undefined, () => {
      throw new Error('unsupported platform');
    });
    expect(choice.ok).toBe(false);
  });

  it('lets CHROMIUM_PATH override both, and names it when the file is missing', () => {
    const custom = '/opt/chromium/chrome';
    const choice = probe([custom, DEBIAN_CHROMIUM], custom);
    expect(choice).toMatchObject({ ok: true, from: 'CHROMIUM_PATH', executablePath: custom });
    if (choice.ok) expect(launchOptionsOf(choice)).toEqual({ executablePath: custom, args: SYSTEM_CHROMIUM_ARGS });
    const missing = probe([DEBIAN_CHROMIUM], '/nowhere/chrome');
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.message).toContain('CHROMIUM_PATH=/nowhere/chrome');
  });
});
