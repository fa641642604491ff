/**
 * What reply suggestions are made from, read from the relationship memory: the item and how the
 * classifier reads it, and what Rapport knows of its author (first comment or twentieth, when you
 * last talked and about what, your notes). The suggestions frame makes the built-in suggestions
 * from this at once; an endpoint, when configured, gets it through the prompt.
 */
import Dexie from 'dexie';
import { classifyComment } from '../core/classify';
import { DURATION } from '../core/time';
import type { RapportDB } from '../shared/db';
import { readSettings } from '../shared/settings';
import type { SuggestInfo } from '../shared/suggest-info';
import { endpointConfig } from './endpoint-config';
import { myHandles } from './identity';
import { accountKey } from './ingest';

export async function suggestInfo(d: RapportDB, itemId: string): Promise<SuggestInfo | null> {
  const item = await d.items.get(itemId);
  if (!item) return null;
  const account = await d.accounts.get(item.authorKey);
  const person = account ? await d.people.get(account.personId) : undefined;
  const keys = person ? await d.accounts.where('personId').equals(person.id).primaryKeys() : [item.authorKey];
  const seenBefore = await d.items.where('authorKey').anyOf(keys).filter((i) => i.sortAt < item.sortAt).count();
  const last = person
    ? await d.interactions.where('[personId+at]').between([person.id, Dexie.minKey], [person.id, item.sortAt], true, false).last()
    : undefined;
  const lastItem = last ? await d.items.get(last.itemId) : undefined;
  const { kind, cues } = classifyComment(item.text);
  // Your name as the site shows it: on your latest item there ({my_name} in saved replies).
  const myKeys = ((await myHandles(d, [item.site])).get(item.site) ?? []).map((h) => accountKey(item.site, h));
  const mine = myKeys.length ? await d.items.where('authorKey').anyOf(myKeys).last() : undefined;
  const settings = await readSettings(d);
  return {
    context: {
      item: { id: item.id, site: item.site, text: item.text, kind, hashtags: item.hashtags },
      person: {
        name: person?.name || item.author.name || item.author.handle,
        handle: item.author.handle,
        seenBefore,
        daysSinceLast: last ? Math.floor((item.sortAt - last.at) / DURATION.DAY) : undefined,
        lastTopic: lastItem?.text.slice(0, 120) || undefined,
        notes: person?.notes || undefined,
      },
      tone: settings.bySite[item.site]?.tone ?? settings.tone,
      length: settings.bySite[item.site]?.length ?? settings.length,
    },
    cues,
    saved: settings.savedReplies,
    myName: mine?.author.name ?? '',
    endpoint: Boolean(await endpointConfig()),
  };
}
