/**
 * Every site adapter. Each site folder exports its adapter from `adapter.ts` as `adapter`; they are
 * gathered here at build time, in the order of SITE_IDS.
 */
import { SITE_IDS } from '../core/sites';
import type { SiteAdapter } from './types';

const modules = import.meta.glob<{ adapter: SiteAdapter }>('./*/adapter.ts', { eager: true });

export const adapters: readonly SiteAdapter[] = Object.values(modules)
  .map((m) => m.adapter)
  .sort((a, b) => SITE_IDS.indexOf(a.id) - SITE_IDS.indexOf(b.id));

export function adapterFor(url: URL, doc: Document): SiteAdapter | undefined {
  return adapters.find((a) => a.matches(url, doc));
}

/** Marker sets of the sites anyone can host, for probing a page Rapport cannot read yet. */
export const selfHostedMarkers: readonly (readonly string[])[] = adapters.flatMap((a) => (a.selfHostedMarkers ? [a.selfHostedMarkers] : []));
