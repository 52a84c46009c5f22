// Which Chromium the e2e tests and the bench run in, so that a fresh machine tests itself:
// CHROMIUM_PATH when set; else Debian's Chromium where it is installed (this machine and
// .ci/run); else Playwright's own Chromium where `npx playwright install chromium` put it (a
// developer's Mac, an ordinary CI runner); else a one-line message saying what to install.
// Pure: the file system and Playwright are passed in, so the choice is unit-tested.

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Flags for a system Chromium run as root in a container: no sandbox, no GPU, no background traffic. */
export const SYSTEM_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export type BrowserChoice =
  | { ok: true; from: 'CHROMIUM_PATH' | 'debian' | 'playwright'; executablePath: string; args: string[] }
  | { ok: false; message: string };

export interface BrowserProbe {
  /** The CHROMIUM_PATH override, if set. */
  chromiumPath?: string;
  fileExists: (path: string) => boolean;
  /** Where Playwright's own Chromium is (or would be) installed; may throw on an unsupported platform. */
  playwrightChromium: () => string;
}

export const NO_BROWSER_MESSAGE =
  'No Chromium for the browser tests: install Debian\'s (apt-get install chromium) or Playwright\'s (npx playwright install chromium), or set CHROMIUM_PATH.';

export function chooseBrowser({ chromiumPath, fileExists, playwrightChromium }: BrowserProbe): BrowserChoice {
  if (chromiumPath) {
    if (fileExists(chromiumPath)) return { ok: true, from: 'CHROMIUM_PATH', executablePath: chromiumPath, args: SYSTEM_CHROMIUM_ARGS };
    return { ok: false, message: `CHROMIUM_PATH=${chromiumPath} does not exist: point it at a Chromium binary, or unset it.` };
  }
  if (fileExists(DEBIAN_CHROMIUM)) return { ok: true, from: 'debian', executablePath: DEBIAN_CHROMIUM, args: SYSTEM_CHROMIUM_ARGS };
  let bundled: string | null = null;
  try {
    bundled = playwrightChromium();
  } catch {
    // no Playwright build for this platform
  }
  if (bundled && fileExists(bundled)) return { ok: true, from: 'playwright', executablePath: bundled, args: [] };
  return { ok: false, message: NO_BROWSER_MESSAGE };
}

/** Launch options for Playwright: executablePath is left to Playwright for its own Chromium. */
export function launchOptionsOf(choice: Extract<BrowserChoice, { ok: true }>): { executablePath?: string; args: string[] } {
  return choice.from === 'playwright' ? { args: choice.args } : { executablePath: choice.executablePath, args: choice.args };
}
