/**
 * `npm start`: builds the extension and opens Chromium with it loaded.
 *
 * By default it opens the bundled demo, the fixture pages served at the real site hostnames through
 * request interception (nothing touches the network; the real content-script match patterns run).
 * `npm start -- --live` opens the real sites instead. With no display it runs headless, saves a
 * screenshot per page to a folder it names, and prints what Rapport saw on each page.
 *
 * Chromium is found on the usual paths or through CHROME_PATH. Nothing is installed.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { extensionPage, launchWithExtension, ROOT } from '../tests/e2e/chromium';
import { buildFixtureEditors } from '../tests/fixtures/editors/build';
import { fixturePages } from '../tests/fixtures/serve';

const args = new Set(process.argv.slice(2));
const live = args.has('--live');
const headless = args.has('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux');

const LIVE_PAGES = ['https://mastodon.social/explore'];

if (!args.has('--no-build')) {
  console.log('Building dist/chrome …');
  execFileSync('npm', ['run', '--silent', 'build:chrome'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

// The demo pages' composers run the real editor libraries (tests/fixtures/editors).
if (!live) await buildFixtureEditors();

const ext = await launchWithExtension({ headless, live });
// Every site's pages; not the editor lab, which is a test bench.
const urls = live ? LIVE_PAGES : fixturePages().filter((p) => p.file.endsWith('.html') && p.site !== 'editors').map((p) => p.url);

/**
 * The demo's signed-in account where the demo pages, like the real sites, do not reveal it: typed in
 * the options page, as a user would.
 */
const DEMO_IDENTITIES = { linkedin: 'maya-chen', youtube: 'mayacodes' };

async function typeDemoIdentities(): Promise<void> {
  const options = await ext.context.newPage();
  await options.goto(extensionPage(ext.extensionId, 'options'));
  for (const [site, handle] of Object.entries(DEMO_IDENTITIES)) {
    const input = options.locator(`input[name="identity.${site}"]`);
    await input.waitFor();
    await options.waitForFunction((el) => !(el as HTMLInputElement).disabled, await input.elementHandle());
    await input.fill(handle);
  }
  await options.waitForTimeout(300);
  await options.close();
}
if (!live) await typeDemoIdentities();

if (!headless) {
  for (const url of urls) await (await ext.context.newPage()).goto(url);
  await (await ext.context.newPage()).goto(extensionPage(ext.extensionId, 'popup'));
  console.log(`Chromium is open with Rapport loaded (${live ? 'live sites' : 'demo pages'}). Close the window to stop.`);
  await new Promise<void>((resolve) => ext.context.on('close', () => resolve()));
  process.exit(0);
}

const out = path.join(ROOT, 'demo-screenshots');
fs.mkdirSync(out, { recursive: true });
console.log(`No display: running headless; screenshots go to ${path.relative(process.cwd(), out) || out}/`);
const page = ext.context.pages()[0] ?? (await ext.context.newPage());
for (const url of urls) {
  const visit = Date.now();
  await page.goto(url);
  // Let the content script read the page and the background answer.
  await page.waitForTimeout(1500);
  const seen = await ext.worker.evaluate(async (since) => {
    const { db } = (globalThis as unknown as { rapport: { db: import('../src/shared/db').RapportDB } }).rapport;
    const rows = await db.items.where('sortAt').above(0).filter((r) => r.lastSeenAt >= since).toArray();
    return { items: rows.length, awaiting: rows.filter((r) => r.awaiting === 1).length };
  }, visit);
  const { host, pathname, search } = new URL(url);
  const file = path.join(out, `${host}${`${pathname}${search}`.replace(/[^a-z0-9]+/gi, '_')}.png`);
  await page.screenshot({ path: file });
  console.log(`${url.replace(/^https:\/\//, '')}: ${seen.items} items, ${seen.awaiting} awaiting reply  (${path.relative(ROOT, file)})`);
}
const popup = await ext.context.newPage();
await popup.goto(extensionPage(ext.extensionId, 'popup'));
await popup.waitForTimeout(500);
await popup.screenshot({ path: path.join(out, 'popup.png') });
console.log(`toolbar: ${(await ext.worker.evaluate(() => chrome.action.getBadgeText({}))) || '(empty)'} awaiting; popup → demo-screenshots/popup.png`);
await popup.locator('[data-view="people"]').click();
await popup.locator('li[data-person]').first().waitFor();
await popup.screenshot({ path: path.join(out, 'popup-people.png') });
const people = await popup.locator('li[data-person]').count();
await popup.locator('li[data-person] button').first().click();
await popup.locator('[data-person-card]').waitFor();
await popup.waitForTimeout(300);
await popup.screenshot({ path: path.join(out, 'popup-person-card.png'), fullPage: true });
console.log(`people: ${people} in the People view → demo-screenshots/popup-people.png, a card → demo-screenshots/popup-person-card.png`);
await ext.close();
