/**
 * "Enable Rapport on this site": for a Mastodon instance other than the built-in ones. The host is
 * requested at that moment; once granted, the background registers the content script for it and
 * injects it into the open tab (webext-dynamic-content-scripts).
 */
import { useEffect, useState } from 'preact/hooks';
import { selfHostedMarkers } from '../../sites';
import browser from '../../shared/browser';

interface Tab {
  id: number;
  origin: string;
  host: string;
}

async function currentTab(): Promise<Tab | undefined> {
  // ?tab=<id>&url=<its URL> lets a test name the tab; otherwise the active one. A tab on a host
  // Rapport has no access to hides its URL (only a toolbar click, through activeTab, reveals it),
  // so a named tab needs its URL named too.
  const params = new URLSearchParams(location.search);
  const wanted = Number(params.get('tab'));
  const tab = wanted ? await browser.tabs.get(wanted) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  const href = tab?.url ?? (wanted ? params.get('url') : null);
  if (!tab?.id || !href?.startsWith('https://')) return undefined;
  const url = new URL(href);
  return { id: tab.id, origin: `${url.origin}/*`, host: url.host };
}

/**
 * Whether the tab looks like a site anyone can host. Opening the popup grants access to the tab
 * (activeTab) to look; where that is not possible, offer the button rather than hide it.
 */
async function looksSelfHosted(tabId: number): Promise<boolean> {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      func: (markerSets: string[][]) => markerSets.some((set) => set.every((s) => document.querySelector(s))),
      args: [selfHostedMarkers.map((set) => [...set])],
    });
    return result?.result === true;
  } catch {
    return true;
  }
}

export function EnableSite() {
  const [tab, setTab] = useState<Tab>();
  const [state, setState] = useState<'unknown' | 'offer' | 'enabled' | 'refused'>('unknown');
  useEffect(() => {
    void currentTab().then(async (t) => {
      if (!t || (await browser.permissions.contains({ origins: [t.origin] }))) return;
      if (!(await looksSelfHosted(t.id))) return;
      setTab(t);
      setState('offer');
    });
  }, []);
  if (!tab || state === 'unknown') return null;
  const enable = async () => {
    setState((await browser.permissions.request({ origins: [tab.origin] })) ? 'enabled' : 'refused');
  };
  if (state === 'enabled') return <p class="enable muted">Rapport is now reading {tab.host}.</p>;
  return (
    <div class="enable">
      <span class="muted">{state === 'refused' ? `Rapport was not allowed on ${tab.host}.` : `Rapport is not reading ${tab.host}.`}</span>
      <button type="button" class="primary" data-action="enable-site" onClick={() => void enable()}>
        Enable Rapport on this site
      </button>
    </div>
  );
}
