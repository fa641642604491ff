/**
 * Firefox ESR with the built dist/firefox, driven by puppeteer-core over WebDriver BiDi (Firefox's
 * own remote agent: no geckodriver, no browser download), fixture pages routed at the real hosts.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { answer, fixturePages } from '../fixtures/serve';
import { ROOT } from './chromium';

export const FIREFOX_DIST = process.env.RAPPORT_FIREFOX_DIST ? path.resolve(process.env.RAPPORT_FIREFOX_DIST) : path.join(ROOT, 'dist/firefox');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface FirefoxLaunched {
  browser: Browser;
  uuid: string;
  newPage: () => Promise<Page>;
  extensionUrl: (which: 'popup' | 'options') => string;
  /** An extension page in a tab of its own, once it has switched into the extension's process. */
  extensionTab: (which: 'popup' | 'options') => Promise<Page>;
}

/** Ids of the items carrying a helper of `kind`. Poll it: puppeteer's waits miss shadow-root changes. */
export const helperIds = (page: Page, kind: string): Promise<string[]> =>
  page.evaluate((k) => [...document.querySelectorAll(`rapport-ui[data-kind="${k}"]`)].map((h) => h.getAttribute('data-for') ?? ''), kind);

export interface FirefoxOptions {
  /** Extra about:config prefs for this profile. */
  prefs?: Record<string, string | number | boolean>;
}

export async function launchFirefox(opts: FirefoxOptions = {}): Promise<FirefoxLaunched> {
  const manifest = JSON.parse(fs.readFileSync(path.join(FIREFOX_DIST, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
    action: { default_popup: string };
    options_ui: { page: string };
  };
  const id = manifest.browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Lets BiDi open moz-extension:// pages (the popup and options page).
    args: ['--remote-allow-system-access'],
    // Pins the extension's internal UUID so its pages have a known URL.
    extraPrefsFirefox: { ...opts.prefs, 'extensions.webextensions.uuids': JSON.stringify({ [id]: uuid }) },
  });
  const installed = await browser.installExtension(FIREFOX_DIST);
  if (installed !== id) throw new Error(`installed ${installed}, expected ${id}`);
  const pages = fixturePages();
  const extensionUrl = (which: 'popup' | 'options') => `moz-extension://${uuid}/${which === 'popup' ? manifest.action.default_popup : manifest.options_ui.page}`;
  return {
    browser,
    uuid,
    newPage: async () => {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (req) => {
        if (req.url().startsWith('moz-extension:')) return void req.continue();
        const r = answer(req.url(), pages);
        // A request the page gave up on meanwhile (a navigation replacing it) is gone: nothing to answer.
        req.respond({ status: r.status, contentType: r.contentType, body: r.body }).catch((e: unknown) => {
          if (!/no such request/i.test(String(e))) throw e;
        });
      });
      return page;
    },
    extensionUrl,
    extensionTab: async (which) => {
      const page = await browser.newPage();
      // BiDi's goto rejects with "Frame detached" as the tab switches into the extension's process,
      // while the page itself loads fine.
      page.goto(extensionUrl(which)).catch(() => undefined);
      for (let i = 0; i < 100; i++) {
        if (await page.evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete').catch(() => false)) return page;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`the ${which} page did not open`);
    },
  };
}
