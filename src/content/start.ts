/**
 * What every content script does once its site's adapter recognises the page: watch its items, run
 * the features, and re-run them on client-side navigation. Each site has its own small entry
 * (src/sites/<site>/main.iife.ts) so a page loads one adapter only. A newer copy of a script (after
 * an update or a reload) takes over from an older one; a copy cut off from the extension cleans up
 * after itself. Nothing here may throw into the page.
 */
import { features } from '../features';
import type { SiteAdapter } from '../sites/types';
import browser from '../shared/browser';
import { rpc } from '../shared/rpc';
import { REV_KEY } from '../shared/storage-keys';
import { runFeatures } from './features';
import { HealthCounter } from './health';
import { ItemTracker } from './items';
import { isContextGone } from './log';
import { serveComposers } from './composer';
import { removeAllHosts } from './mount';
import { onUrlChange } from './navigation';

const TAKEOVER = 'rapport:takeover';

function start(site: SiteAdapter): void {
  if (!site.matches(new URL(location.href), document)) return;

  // An older copy still listening removes its own helpers now; anything left is from a copy that
  // can no longer run.
  document.dispatchEvent(new CustomEvent(TAKEOVER));
  removeAllHosts();
  const life = new AbortController();
  // Aborting removes this copy's helpers only: a newer copy may already be showing its own.
  const stop = () => life.abort();
  document.addEventListener(TAKEOVER, stop, { once: true, signal: life.signal });

  const onError = (error: unknown) => {
    if (isContextGone(error)) stop();
    else console.warn('[Rapport]', error);
  };
  serveComposers(site, life.signal);
  const health = new HealthCounter(site.id, onError);
  const items = new ItemTracker(site, health, onError);
  items.start(life.signal);

  let lastViewer: string | undefined;
  let page = new AbortController();
  const runPage = () => {
    page.abort();
    page = new AbortController();
    life.signal.addEventListener('abort', () => page.abort(), { once: true });
    const url = new URL(location.href);
    const viewer = site.viewer(document, url);
    if (viewer && viewer !== lastViewer) {
      lastViewer = viewer;
      rpc('page.identity', { site: site.id, host: location.host, handle: viewer })
        .then(() => items.refreshStates())
        .catch(onError);
    }
    runFeatures(features, site, items, page.signal);
  };
  runPage();
  onUrlChange(runPage, life.signal, site.navigationEvents);

  // Something changed elsewhere (another tab, the popup): re-ask what our items' states are.
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && REV_KEY in changes) items.refreshStates().catch(onError);
  };
  browser.storage.onChanged.addListener(onStorage);
  life.signal.addEventListener('abort', () => {
    try {
      browser.storage.onChanged.removeListener(onStorage);
    } catch {
      // The extension context is already gone; so is the listener.
    }
  });
}

export function startContent(site: SiteAdapter): void {
  try {
    start(site);
  } catch (error) {
    console.warn('[Rapport] could not start on this page', error);
  }
}
