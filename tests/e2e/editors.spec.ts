/**
 * Rapport's insertion strategies (src/sites/shared/insert.ts, bundled into the page as it is) against
 * the REAL editor libraries, mounted in the editor lab (tests/fixtures/editors/lab) the way each site
 * has them. The extension is not loaded: the lab calls insert.ts from the page's main world.
 */
import { expect, test as base, type Page } from '@playwright/test';
import puppeteer from 'puppeteer-core';
import { answer, fixturePages } from '../fixtures/serve';
import { findChromium } from './chromium';

const LAB = 'https://editor-lab.invalid/';

interface Lab {
  ids: string[];
  text(id: string): string;
  element(id: string): HTMLElement;
  insert(id: string, text: string, strategies?: string[]): Promise<{ ok: boolean; via: string; reason?: string }>;
  submitEnabled(id: string): boolean;
}

declare global {
  interface Window {
    __lab: Lab;
  }
}

/** Each lab editor: the site's selector for its editable (SITES-DOM), and the strategy that must take the text. */
const EDITORS = [
  { id: 'draft', via: 'paste', css: '.DraftEditor-root > .DraftEditor-editorContainer > div.public-DraftEditor-content[contenteditable="true"][role="textbox"][data-testid="tweetTextarea_0"]' },
  { id: 'lexical', via: 'paste', css: 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]' },
  { id: 'tiptap', via: 'paste', css: '[data-testid="ui-core-tiptap-text-editor-wrapper"] div.tiptap.ProseMirror[contenteditable="true"][role="textbox"]' },
  { id: 'tiptap-bluesky', via: 'paste', css: 'div.tiptap.ProseMirror.ProseMirror-light[contenteditable="true"]' },
  { id: 'quill', via: 'paste', css: '.ql-container > .ql-editor[contenteditable="true"][data-placeholder="Add a comment…"]' },
  { id: 'react-textarea', via: 'execCommand', css: '.autosuggest-textarea > textarea.autosuggest-textarea__textarea[aria-label]' },
] as const;

const test = base.extend<{ lab: Page; pageErrors: string[] }>({
  // A test that expects an editor to throw empties this after checking it.
  pageErrors: async ({}, use) => {
    const errors: string[] = [];
    await use(errors);
    expect(errors, 'no page errors').toEqual([]);
  },
  lab: async ({ page, pageErrors }, use) => {
    const pages = fixturePages();
    await page.route(/^https?:\/\//, (route) => {
      const r = answer(route.request().url(), pages);
      return route.fulfill({ status: r.status, contentType: r.contentType, body: r.body });
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(LAB);
    await page.waitForFunction(() => !!window.__lab);
    await use(page);
  },
});
test.use({ launchOptions: { executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] } });

const field = (lab: Page, id: string) => lab.locator(`#${id} [contenteditable="true"], #${id} textarea`);
const text = (lab: Page, id: string) => lab.evaluate((i) => window.__lab.text(i), id);
const insert = (lab: Page, id: string, t: string, strategies?: string[]) =>
  lab.evaluate(([i, s, st]) => window.__lab.insert(i, s, st), [id, t, strategies] as const);
const submitEnabled = (lab: Page, id: string) => lab.evaluate((i) => window.__lab.submitEnabled(i), id);

/** Types a draft as the user would, then waits out the editors' undo-grouping delays (Quill's is 1s). */
async function typeDraft(lab: Page, id: string, draft: string): Promise<void> {
  await field(lab, id).click();
  await lab.keyboard.type(draft);
  await lab.waitForTimeout(1100);
}

for (const { id, via, css } of EDITORS) {
  test.describe(id, () => {
    test('the lab mounts it with its site attributes, empty, submit disabled', async ({ lab }) => {
      await expect(field(lab, id)).toHaveCount(1);
      expect(await lab.locator(`#${id} ${css}`).evaluate((el, i) => el === window.__lab.element(i), id)).toBe(true);
      expect(await text(lab, id)).toBe('');
      expect(await submitEnabled(lab, id)).toBe(false);
    });

    test(`text goes in at the caret, keeping the draft, via ${via}; Ctrl+Z takes it back out`, async ({ lab }) => {
      await typeDraft(lab, id, 'Hello there');
      expect(await text(lab, id)).toBe('Hello there');
      // Caret after "Hello", then the user clicks elsewhere (as when picking a suggestion in Rapport).
      await lab.keyboard.press('Home');
      for (let i = 0; i < 5; i++) await lab.keyboard.press('ArrowRight');
      await lab.locator('#elsewhere').click();

      expect(await insert(lab, id, ' Bob,')).toEqual({ ok: true, via });
      expect(await text(lab, id)).toBe('Hello Bob, there');
      expect(await submitEnabled(lab, id)).toBe(true);

      // insert.ts left the focus in the editor: its own undo.
      await lab.keyboard.press('Control+z');
      await expect.poll(() => text(lab, id)).toBe('Hello there');
    });

    test('multi-line text keeps its lines in the editor state and enables submit', async ({ lab }) => {
      expect(await insert(lab, id, 'Thanks Bob,\nsee you soon')).toEqual({ ok: true, via });
      expect(await text(lab, id)).toBe('Thanks Bob,\nsee you soon');
      expect(await submitEnabled(lab, id)).toBe(true);
      await lab.keyboard.press('Control+z');
      await expect.poll(() => text(lab, id)).toBe('');
      await expect.poll(() => submitEnabled(lab, id)).toBe(false);
    });

    test('a second insertion goes after the first', async ({ lab }) => {
      expect(await insert(lab, id, 'Hi')).toEqual({ ok: true, via });
      await lab.locator('#elsewhere').click();
      expect(await insert(lab, id, ' Bob')).toEqual({ ok: true, via });
      expect(await text(lab, id)).toBe('Hi Bob');
    });
  });
}

/**
 * The fallback strategy alone. Chromium fires no beforeinput/textInput for execCommand, so editors
 * that type through those events cannot take it: why insert.ts only pastes into Draft.
 */
test.describe('execCommand alone', () => {
  for (const id of ['tiptap', 'quill']) {
    test(`${id} takes it, lines included`, async ({ lab }) => {
      expect(await insert(lab, id, 'Thanks Bob,\nsee you soon', ['execCommand'])).toEqual({ ok: true, via: 'execCommand' });
      expect(await text(lab, id)).toBe('Thanks Bob,\nsee you soon');
    });
  }

  test('lexical takes one line, into an empty editor (once the caret has settled) and into existing text', async ({ lab }) => {
    expect(await insert(lab, 'lexical', 'Hello', ['execCommand'])).toEqual({ ok: true, via: 'execCommand' });
    expect(await text(lab, 'lexical')).toBe('Hello');
    await typeDraft(lab, 'lexical', ' Bob');
    expect(await insert(lab, 'lexical', '!', ['execCommand'])).toEqual({ ok: true, via: 'execCommand' });
    expect(await text(lab, 'lexical')).toBe('Hello Bob!');
  });

  test('draft shows the text twice into an empty editor, then React fails to reconcile and drops it', async ({ lab, pageErrors }) => {
    expect(await insert(lab, 'draft', 'Hello', ['execCommand'])).toEqual({ ok: false, via: 'none', reason: 'the editor changed the text unexpectedly' });
    await expect.poll(() => pageErrors.splice(0)).toEqual([expect.stringContaining("'removeChild'")]);
    // With no error boundary, React 18 unmounts the whole root: the composer is gone.
    await expect(lab.locator('#draft .DraftEditor-root')).toHaveCount(0);
  });
});

/**
 * Firefox ignores `clipboardData` in a ClipboardEvent's init and fills the event's DataTransfer from
 * the Gecko-only `dataType` + `data`; insert.ts gives both. Page world only: the content script's
 * side (the init cloned into the page) needs the extension on a site's composer page.
 */
test('in Firefox ESR every editor takes the paste, lines kept', async () => {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true });
  try {
    const page = await browser.newPage();
    const pages = fixturePages();
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      const r = answer(req.url(), pages);
      void req.respond({ status: r.status, contentType: r.contentType, body: r.body });
    });
    await page.goto(LAB);
    await page.waitForFunction(() => !!window.__lab);
    const outcomes: Record<string, unknown> = {};
    for (const { id } of EDITORS) {
      const outcome = await page.evaluate((i) => window.__lab.insert(i, 'Thanks Bob,\nsee you soon'), id);
      outcomes[id] = { ...outcome, text: await page.evaluate((i) => window.__lab.text(i), id) };
    }
    expect(outcomes).toEqual(Object.fromEntries(EDITORS.map(({ id, via }) => [id, { ok: true, via, text: 'Thanks Bob,\nsee you soon' }])));
  } finally {
    await browser.close();
  }
});
