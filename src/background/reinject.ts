/**
 * After an install, update or reload, open tabs still run the previous content script, which can no
 * longer reach the extension. Inject the current one: it takes over from the old one in the page.
 * (Hosts the user granted later are handled by webext-dynamic-content-scripts, which re-injects
 * into their open tabs itself.)
 */
import browser from '../shared/browser';

export async function injectIntoOpenTabs(): Promise<void> {
  const declared = browser.runtime.getManifest().content_scripts ?? [];
  for (const { matches = [], js = [] } of declared) {
    if (!matches.length || !js.length) continue;
    const tabs = await browser.tabs.query({ url: matches }).catch(() => []);
    for (const tab of tabs) {
      if (tab.id === undefined || tab.discarded) continue;
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: js }).catch(() => undefined);
    }
  }
}
