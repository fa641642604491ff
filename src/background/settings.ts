/** Saves the user's settings (the background writes; every context reads them with readSettings). */
import type { RapportDB } from '../shared/db';
import { readSettings, SETTINGS_KEY, type Settings } from '../shared/settings';

export async function saveSettings(d: RapportDB, patch: Partial<Settings>): Promise<void> {
  await d.transaction('rw', d.meta, async () => {
    await d.meta.put({ key: SETTINGS_KEY, value: { ...(await readSettings(d)), ...patch } });
  });
}
