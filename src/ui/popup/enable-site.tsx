/**
 * "Enable Rapport on this site": for a Mastodon instance other than the built-in ones. The host is
 * requested at that moment; once granted, the background registers the content script for it and
 * injects it into the open tab (webext-dynamic-content-scripts).
 */
import { useEffect, useState } from 'preact/hooks';
import browser from '../../shared/browser';

interface Tab {
  id: number;
  origin: string;
  host: string;
}

async function currentTab(): Promise<Tab | undefined> {
  // ?tab=<id> lets the options page or a test name the tab; otherwise the active one.
  const wanted = Number(new URLSearchParams(location.search).get('tab'));
  const tab = wanted ? await browser.tabs.get(wanted) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (!tab?.id || !tab.url?.startsWith('https://')) return undefined;
  const url = new URL(tab.url);
  return { id: tab.id, origin: `${url.origin}/*`, host: url.host };
}

export function EnableSite() {
  const [tab, setTab] = useState<Tab>();
  const [enabled, setEnabled] = useState<boolean>();
  useEffect(() => {
    void currentTab().then(async (t) => {
      setTab(t);
      if (t) setEnabled(await browser.permissions.contains({ origins: [t.origin] }));
    });
  }, []);
  if (!tab || enabled !== false) return null;
  const enable = async () => {
    const granted = await browser.permissions.request({ origins: [tab.origin] });
    setEnabled(granted);
  };
  return (
    <div class="enable">
      <span class="muted">Rapport is not reading {tab.host}.</span>
      <button type="button" class="primary" data-action="enable-site" onClick={() => void enable()}>
        Enable Rapport on this site
      </button>
    </div>
  );
}
