/** What the card's parts share: how they run a change, and whether a reconnect is due. */
import { effectiveCadence, keepInTouch } from '../../core/cadence';
import type { CardData } from '../../shared/card';
import type { PersonRow, TagRow } from '../../shared/db';

/** Runs a change and shows its failure on the card. */
export type Act = (work: Promise<unknown>) => Promise<void>;

/** Whether someone is due a reconnect, for rows and the card. */
export function dueState(data: { person: PersonRow; tags: ReadonlyMap<string, TagRow> }, now = Date.now()) {
  const { person } = data;
  const cadence = effectiveCadence(person, data.tags);
  return { cadence, ...keepInTouch(person.stats.lastAt ?? person.createdAt, cadence?.cadence, now) };
}

/** The card's data as its parts use it: tags by name. */
export type CardView = Omit<CardData, 'tags'> & { tags: Map<string, TagRow> };

export const viewOf = (data: CardData): CardView => ({ ...data, tags: new Map(data.tags.map((t) => [t.name, t])) });
