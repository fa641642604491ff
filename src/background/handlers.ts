/** The background's answers to every method of the messaging contract. */
import { normaliseHandle } from '../core/handles';
import type { SiteId } from '../core/sites';
import { db } from '../shared/db';
import type { Handlers } from '../shared/serve';
import { ingestItems, stateOf } from './ingest';
import { recomputeSite, setItemState } from './recompute';
import { scheduleSnoozeWake } from './snooze';
import { announceChange, clearStorageError, refreshToolbar, reportStorageError } from './status';

/** Runs a write, then brings the toolbar and open pages up to date; storage errors reach the popup. */
async function write<T>(work: () => Promise<T>, changed: (result: T) => boolean = () => true): Promise<T> {
  try {
    const result = await work();
    await refreshToolbar(db());
    if (changed(result)) await announceChange();
    await clearStorageError();
    return result;
  } catch (error) {
    await reportStorageError(error).catch(() => undefined);
    throw error;
  }
}

async function setIdentity(site: SiteId, patch: { detected?: string; detectedHost?: string; manual?: string }) {
  const d = db();
  const before = await d.identities.get(site);
  const row = { site, ...before, ...patch, ...(patch.detected ? { detectedAt: Date.now() } : {}) };
  const effective = (r: typeof row | undefined) => r?.manual || r?.detected;
  await d.identities.put(row);
  return effective(before) === effective(row) ? false : recomputeSite(d, site);
}

export const handlers: Handlers = {
  'page.items': async ({ host, items }) =>
    write(
      () => ingestItems(db(), host.toLowerCase(), items),
      (r) => r.changed,
    ).then((r) => ({ states: r.states })),

  'page.identity': async ({ site, host, handle }) => {
    const detected = normaliseHandle(site, handle, host);
    const before = await db().identities.get(site);
    if (before?.detected !== detected || before.detectedHost !== host) {
      await write(() => setIdentity(site, { detected, detectedHost: host }), Boolean);
    }
    return {};
  },

  'page.health': async ({ site, url, skipped }) => {
    const d = db();
    await d.transaction('rw', d.health, async () => {
      const keys = Object.keys(skipped).map((name) => `${site}:${name}`);
      const rows = await d.health.bulkGet(keys);
      const now = Date.now();
      await d.health.bulkPut(
        Object.entries(skipped).map(([name, n], i) => ({
          key: keys[i]!,
          site,
          name,
          count: (rows[i]?.count ?? 0) + n,
          lastAt: now,
          lastUrl: url,
        })),
      );
    });
    return {};
  },

  'items.states': async ({ ids }) => {
    const rows = await db().items.bulkGet(ids);
    return { states: rows.filter((r) => !!r).map(stateOf) };
  },

  'items.done': async ({ id }) => {
    await write(() => setItemState(db(), id, { doneAt: Date.now() }));
    return {};
  },

  'items.snooze': async ({ id, until }) => {
    await write(() => setItemState(db(), id, { snoozedUntil: until }));
    await scheduleSnoozeWake();
    return {};
  },

  'items.reopen': async ({ id }) => {
    await write(() => setItemState(db(), id, { reopen: true }));
    return {};
  },

  'identity.set': async ({ site, handle }) => {
    await write(() => setIdentity(site, { manual: handle ? normaliseHandle(site, handle) : undefined }), Boolean);
    return {};
  },
};
