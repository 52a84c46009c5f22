import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';
import { chooseBrowser, launchOptionsOf } from './e2e/browser';

// e2e runs against a production build (steadier than `next dev`) in the Chromium e2e/browser.ts
// finds: Debian's where installed, else Playwright's own; nothing is downloaded from here.
const PORT = Number(process.env.E2E_PORT ?? 3107);
const browser = chooseBrowser({ chromiumPath: process.env.CHROMIUM_PATH, fileExists: existsSync, playwrightChromium: () => chromium.executablePath() });
// Fail before the build starts, with one line, instead of a launch error in every test.
if (!browser.ok) {
  console.error(browser.message);
  process.exit(1);
}

export default defineConfig({
  testDir: './e2e',
  // e2e/*.test.ts are vitest unit tests of the e2e helpers.
  testMatch: '*.spec.ts',
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1440, height: 900 },
    trace: 'off',
    screenshot: 'only-on-failure',
    acceptDownloads: true,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        launchOptions: launchOptionsOf(browser),
      },
    },
  ],
  webServer: {
    command: `npm run build && npx next start -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    timeout: 240_000,
    reuseExistingServer: !process.env.CI,
    env: {
      NEXT_TELEMETRY_DISABLED: '1',
      // A custom port gets its own build folder, so parallel runs never share one.
      NEXT_DIST_DIR: process.env.E2E_PORT ? `.next-${PORT}` : '.next',
    },
  },
});
