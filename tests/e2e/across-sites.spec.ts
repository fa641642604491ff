/**
 * Every site together: the thread fixture of each site badges exactly its awaiting items, and the
 * toolbar count and the popup inbox hold all of them, from every site, in one list.
 */
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES } from '../fixtures/serve';
import { expect, helperIds, test } from './test';

interface Page {
  url: string;
  awaiting: string[];
}
const page = (site: string, file: string) =>
  (JSON.parse(fs.readFileSync(path.join(FIXTURES, site, 'expected.json'), 'utf8')) as Record<string, Page>)[file]!;

const THREADS = [
  page('mastodon', 'thread.html'),
  page('x', 'thread.html'),
  page('reddit', 'thread.html'),
  page('bluesky', 'thread.html'),
  page('linkedin', 'thread.html'),
  page('youtube', 'watch.html'),
];
/** Sites whose thread fixtures do not reveal the signed-in account: typed in the options page. */
const TYPED = { linkedin: 'maya-chen', youtube: 'mayacodes' };
const sorted = (a: string[]) => [...a].sort();

test('badges, toolbar count and inbox agree across all six sites', async ({ page: tab, openExtensionPage, toolbarText, inDb }) => {
  const options = await openExtensionPage('options');
  for (const [site, handle] of Object.entries(TYPED)) {
    const input = options.locator(`input[name="identity.${site}"]`);
    await expect(input).toBeEnabled();
    await input.fill(handle);
    await expect.poll(() => inDb((db, s) => db.identities.get(s as 'linkedin').then((r) => r?.manual), site)).toBe(handle);
  }
  const all: string[] = [];
  for (const thread of THREADS) {
    await tab.goto(thread.url);
    await expect.poll(() => helperIds(tab, 'unanswered-badge').then(sorted), { message: thread.url }).toEqual(sorted(thread.awaiting));
    all.push(...thread.awaiting);
  }
  expect(new Set(all.map((id) => id.split(':')[0])).size).toBe(6);
  await expect.poll(toolbarText).toBe(String(all.length));
  const popup = await openExtensionPage('popup');
  await expect(popup.getByTestId('awaiting-count')).toHaveText(String(all.length));
  const rows = popup.locator('ul.inbox > li');
  await expect(rows).toHaveCount(all.length);
  expect(sorted(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-for') ?? '')))).toEqual(sorted(all));
});
