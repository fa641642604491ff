/**
 * Everything a person card shows, read in one go by the background (`person.card`): the card is
 * also shown in a frame inside a site's page, where the browser may keep the extension's database
 * out of reach (third-party storage), so it asks rather than reads.
 */
import Dexie from 'dexie';
import { suggestLinks } from '../core/identity-match';
import type { AccountRow, InteractionRow, ItemRow, PersonRow, RapportDB, TagRow } from './db';

export interface LinkSuggestion {
  other: PersonRow;
  account: AccountRow;
  reason: string;
  strength: 'strong' | 'possible';
}

export interface CardData {
  person: PersonRow;
  accounts: AccountRow[];
  /** Newest first, each with the item it happened on when that is still stored. */
  timeline: { interaction: InteractionRow; item?: ItemRow }[];
  /** Every tag with its colour and cadence (a list: messages carry no Maps). */
  tags: TagRow[];
  suggestions: LinkSuggestion[];
}

const TIMELINE = 200;

/** The person an item's author is (the card opened from a page names an item). */
export async function personOfItem(d: RapportDB, itemId: string): Promise<string | undefined> {
  const item = await d.items.get(itemId);
  return item && (await d.accounts.get(item.authorKey))?.personId;
}

export async function loadCard(d: RapportDB, personId: string): Promise<CardData | null> {
  const person = await d.people.get(personId);
  if (!person) return null;
  const [accounts, interactions, tagRows, all] = await Promise.all([
    d.accounts.where('personId').equals(personId).toArray(),
    d.interactions.where('[personId+at]').between([personId, Dexie.minKey], [personId, Dexie.maxKey]).reverse().limit(TIMELINE).toArray(),
    d.tags.toArray(),
    d.accounts.toArray(),
  ]);
  const items = await d.items.bulkGet(interactions.map((x) => x.itemId));
  const notSame = new Map<string, Set<string>>([[person.id, new Set(person.notSame)]]);
  const mine = suggestLinks(all, notSame).filter((s) => s.a === personId || s.b === personId);
  const others = await d.people.bulkGet(mine.map((s) => (s.a === personId ? s.b : s.a)));
  const byKey = new Map(all.map((a) => [a.key, a]));
  return {
    person,
    accounts: accounts.sort((a, b) => a.firstSeenAt - b.firstSeenAt),
    timeline: interactions.map((interaction, i) => ({ interaction, item: items[i] })),
    tags: tagRows,
    suggestions: mine.flatMap((s, i) => {
      const other = others[i];
      const account = byKey.get(s.accounts.find((k) => byKey.get(k)?.personId !== personId) ?? '');
      return other && account && !other.notSame.includes(personId) ? [{ other, account, reason: s.reason, strength: s.strength }] : [];
    }),
  };
}
