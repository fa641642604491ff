/**
 * Runs the declared features on a page. Each runs on its own AbortSignal and its own try/catch: a
 * feature that fails is logged with its name and site and the others go on.
 */
import type { SiteAdapter } from '../sites/types';
import type { Feature } from './feature';
import type { ItemTracker } from './items';
import { logFeatureError } from './log';
import { mounter } from './mount';

export function runFeatures(features: readonly Feature[], site: SiteAdapter, items: ItemTracker, pageSignal: AbortSignal): void {
  const url = new URL(location.href);
  for (const feature of features) {
    if (feature.sites && !feature.sites.includes(site.id)) continue;
    if (feature.include && !safely(feature, site, () => feature.include!(site, url))) continue;
    const controller = new AbortController();
    pageSignal.addEventListener('abort', () => controller.abort(), { once: true });
    const signal = controller.signal;
    const fail = (error: unknown) => {
      logFeatureError(feature.id, site.id, error);
      controller.abort();
    };
    try {
      const ui = mounter(site, signal, feature.css);
      Promise.resolve(feature.init({ site, url, signal, items, ui })).catch(fail);
    } catch (error) {
      fail(error);
    }
  }
}

function safely(feature: Feature, site: SiteAdapter, test: () => boolean): boolean {
  try {
    return test();
  } catch (error) {
    logFeatureError(feature.id, site.id, error);
    return false;
  }
}
