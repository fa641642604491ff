/** The background's answers to every method of the messaging contract. */
import { normaliseHandle } from '../core/handles';
import type { SiteId } from '../core/sites';
import { db, type IdentityRow } from '../shared/db';
import type { Handlers } from '../shared/serve';
import { handlesOf } from './identity';
import { commitImport, importRes, stageImport, startImport } from './import';
import { ingestItems, stateOf } from './ingest';
import { settleSoon } from './people';
import { deleteAll, deletePerson, deleteSite, linkPeople, markNotSame, setTag, splitAccount, updatePerson } from './people-edit';
import { recomputeSite, setItemState } from './recompute';
import { saveSettings } from './settings';
import { suggestInfo } from './suggest';
import { scheduleSnoozeWake } from './snooze';
import { loadCard, personOfItem } from '../shared/card';
import { rpcTab } from '../shared/rpc';
import { announceChange, announcePeopleChange, clearStorageError, refreshToolbarSoon, reportStorageError } from './status';

/** Runs a write, then brings the toolbar and open pages up to date; storage errors reach the popup. */
async function write<T>(work: () => Promise<T>, changed: (result: T) => boolean = () => true): Promise<T> {
  try {
    const result = await work();
    refreshToolbarSoon(db());
    settleSoon();
    if (changed(result)) await announceChange();
    await clearStorageError();
    return result;
  } catch (error) {
    await reportStorageError(error).catch(() => undefined);
    throw error;
  }
}

/** A write to the relationship memory: open cards re-ask at once (settled figures follow). */
async function writePeople<T>(work: () => Promise<T>, itemsChanged = false): Promise<T> {
  const result = await write(work, () => itemsChanged);
  await announcePeopleChange();
  return result;
}

/** Changes who you are on a site; if that changes which handles count as you, re-decides the site. */
async function changeIdentity(site: SiteId, change: (row: IdentityRow) => IdentityRow): Promise<boolean> {
  const d = db();
  const before = (await d.identities.get(site)) ?? { site, detected: [] };
  const after = change(structuredClone(before));
  await d.identities.put(after);
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((h) => b.includes(h));
  return same(handlesOf(before), handlesOf(after)) ? false : recomputeSite(d, site);
}

export const handlers: Handlers = {
  'page.items': async ({ host, items }) =>
    write(
      () => ingestItems(db(), host.toLowerCase(), items),
      (r) => r.changed,
    ).then((r) => ({ states: r.states })),

  'page.identity': async ({ site, host, handle }) => {
    const detected = normaliseHandle(site, handle, host);
    const known = (await db().identities.get(site))?.detected.find((a) => a.host === host);
    if (known?.handle !== detected) {
      await write(
        () =>
          changeIdentity(site, (row) => ({
            ...row,
            detected: [...row.detected.filter((a) => a.host !== host), { handle: detected, host, at: Date.now() }],
          })),
        Boolean,
      );
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
    await write(() => changeIdentity(site, (row) => ({ ...row, manual: handle ? normaliseHandle(site, handle) : undefined })), Boolean);
    return {};
  },

  'person.card': async (of) => {
    const id = 'person' in of ? of.person : await personOfItem(db(), of.item);
    return id ? loadCard(db(), id) : null;
  },
  'person.update': async (patch) => {
    await writePeople(() => updatePerson(db(), patch));
    return {};
  },
  'person.link': async ({ into, from }) => ({ id: await writePeople(() => linkPeople(db(), into, from)) }),
  'person.notSame': async ({ a, b }) => {
    await writePeople(() => markNotSame(db(), a, b));
    return {};
  },
  'person.split': async ({ account }) => ({ id: await writePeople(() => splitAccount(db(), account)) }),
  'person.delete': async ({ id }) => {
    await writePeople(() => deletePerson(db(), id), true);
    return {};
  },
  'tag.set': async (tag) => {
    await writePeople(() => setTag(db(), tag));
    return {};
  },
  'data.deleteSite': async ({ site }) => {
    await writePeople(() => deleteSite(db(), site), true);
    return {};
  },
  'data.deleteAll': async () => {
    await writePeople(() => deleteAll(db()), true);
    return {};
  },
  'io.import.begin': async ({ id }) => {
    startImport(id);
    return {};
  },
  'io.import.rows': async ({ id, table, rows }) => {
    stageImport(id, table, rows);
    return {};
  },
  'io.import.commit': async ({ id }) => writePeople(() => commitImport(db(), id), true),
  'io.import.res': async ({ tags }) => writePeople(() => importRes(db(), tags)),
  'settings.set': async (patch) => {
    await write(() => saveSettings(db(), patch), () => false);
    return {};
  },
  'suggest.context': async ({ item }) => suggestInfo(db(), item),
  'suggest.insert': async ({ for: target, text }, sender) => {
    const tab = sender.tab?.id;
    if (tab === undefined) return { ok: false, via: 'none', reason: 'only a page can take a suggestion' };
    return rpcTab(tab, 'composer.insert', { text, for: target });
  },
};
