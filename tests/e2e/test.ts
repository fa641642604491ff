/** Playwright fixtures: a Chromium with the built extension, fixtures routed, and handles into it. */
import { test as base, expect, type Page, type Worker } from '@playwright/test';
import type { RapportDB } from '../../src/shared/db';
import { TAG } from '../../src/shared/messages';
import { extensionPage, launchWithExtension, type Launched } from './chromium';

interface Fixtures {
  ext: Launched;
  page: Page;
  worker: Worker;
  /** Opens the popup (or options page) in a tab of its own. */
  openExtensionPage: (which: 'popup' | 'options', query?: string) => Promise<Page>;
  /** The toolbar badge text, as the background set it. */
  toolbarText: () => Promise<string>;
  /**
   * Asks the content script in the tab showing `urlPattern` to type `text` into its composer, the way
   * the extension's own surfaces do (tabs.sendMessage → composer.insert).
   */
  insertViaExtension: (urlPattern: string, text: string, target?: string) => Promise<{ ok: boolean; via: string; reason?: string }>;
  /** Runs a read against Rapport's database inside the background. */
  inDb: <T, A = undefined>(query: (db: RapportDB, arg: A) => Promise<T>, arg?: A) => Promise<T>;
}

async function currentWorker(ext: Launched): Promise<Worker> {
  // The worker may have been stopped and restarted: always ask the current one.
  return ext.context.serviceWorkers()[0] ?? (await ext.context.waitForEvent('serviceworker'));
}

export const test = base.extend<Fixtures>({
  ext: async ({}, use) => {
    const launched = await launchWithExtension();
    await use(launched);
    await launched.close();
  },
  page: async ({ ext }, use) => {
    const page = ext.context.pages()[0] ?? (await ext.context.newPage());
    await use(page);
  },
  worker: async ({ ext }, use) => use(ext.worker),
  openExtensionPage: async ({ ext }, use) => {
    await use(async (which, query = '') => {
      const page = await ext.context.newPage();
      await page.goto(extensionPage(ext.extensionId, which) + query);
      return page;
    });
  },
  toolbarText: async ({ ext }, use) => {
    await use(async () => (await currentWorker(ext)).evaluate(() => chrome.action.getBadgeText({})));
  },
  insertViaExtension: async ({ ext }, use) => {
    await use(async (urlPattern, text, target) => {
      const worker = await currentWorker(ext);
      return worker.evaluate(
        async ({ urlPattern, text, target, tag }) => {
          const [tab] = await chrome.tabs.query({ url: urlPattern });
          if (tab?.id === undefined) throw new Error(`no tab matches ${urlPattern}`);
          const reply = await chrome.tabs.sendMessage(tab.id, { tag, method: 'composer.insert', input: { text, for: target } });
          if (!reply?.ok) throw new Error(`composer.insert failed: ${JSON.stringify(reply)}`);
          return reply.value;
        },
        { urlPattern, text, target, tag: TAG },
      );
    });
  },
  inDb: async ({ ext }, use) => {
    await use(async (query, arg) => {
      const worker = await currentWorker(ext);
      // A string expression is evaluated by the debugger, so the worker's CSP does not apply.
      return worker.evaluate(`(${query.toString()})(globalThis.rapport.db, ${JSON.stringify(arg ?? null)})`) as never;
    });
  },
});

export { expect };

/** Ids of the items that carry a helper of `kind` in the page, in page order. */
export function helperIds(page: Page, kind: string): Promise<string[]> {
  return page.evaluate((k) => [...document.querySelectorAll(`rapport-ui[data-kind="${k}"]`)].map((h) => h.getAttribute('data-for') ?? ''), kind);
}
