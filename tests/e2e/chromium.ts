/**
 * Launches Debian's Chromium with the built extension (dist/chrome) and the fixture pages routed at
 * the sites' real hostnames. Used by the e2e tests, the benchmarks and `npm start`.
 */
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { answer, fixturePages } from '../fixtures/serve';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** The build under test; RAPPORT_DIST points elsewhere (to test a build of one's own in parallel). */
export const DIST = process.env.RAPPORT_DIST ? path.resolve(process.env.RAPPORT_DIST) : path.join(ROOT, 'dist/chrome');

const CANDIDATES = ['/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

export function findChromium(): string {
  const found = [process.env.CHROME_PATH, process.env.CHROMIUM_PATH, ...CANDIDATES].find((p) => p && fs.existsSync(p));
  if (!found) throw new Error(`No Chromium or Chrome found: install Debian's chromium or set CHROME_PATH (tried ${CANDIDATES.join(', ')})`);
  return found;
}

export interface Launched {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close: () => Promise<void>;
}

export async function launchWithExtension(opts: { headless?: boolean; live?: boolean; dist?: string } = {}): Promise<Launched> {
  const dist = opts.dist ?? DIST;
  if (!fs.existsSync(path.join(dist, 'manifest.json'))) throw new Error(`No build in ${dist}: run "npm run build" first`);
  const userDataDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'rapport-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: opts.headless ?? true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      // Lets tests reload the extension the way an update does (CDP Extensions.loadUnpacked).
      '--enable-unsafe-extension-debugging',
    ],
  });
  if (!opts.live) {
    const pages = fixturePages();
    // Only the web: the extension's own pages and scripts load as usual.
    await context.route(/^https?:\/\//, (route) => {
      // Servers a test starts on this machine (a model endpoint) are reached for real.
      if (/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(route.request().url())) return route.continue();
      const r = answer(route.request().url(), pages);
      return route.fulfill({ status: r.status, contentType: r.contentType, body: r.body });
    });
  }
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 20_000 }).catch(() => {
      throw new Error(`the extension's service worker did not start (is ${dist} a complete build?)`);
    }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      await context.close();
      await fsp.rm(userDataDir, { recursive: true, force: true });
    },
  };
}

export function extensionPage(extensionId: string, page: 'popup' | 'options', dist = DIST): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as {
    action: { default_popup: string };
    options_ui: { page: string };
  };
  return `chrome-extension://${extensionId}/${page === 'popup' ? manifest.action.default_popup : manifest.options_ui.page}`;
}
