/** Named read queries shared by the popup, options page, tests and benchmarks. */
import type { ItemRow, RapportDB } from './db';

/** Items awaiting your reply, newest first. */
export function inbox(d: RapportDB, limit = 200): Promise<ItemRow[]> {
  return d.items.where('[awaiting+sortAt]').between([1, -Infinity], [1, Infinity]).reverse().limit(limit).toArray();
}

export function awaitingCount(d: RapportDB): Promise<number> {
  return d.items.where('[awaiting+sortAt]').between([1, -Infinity], [1, Infinity]).count();
}
