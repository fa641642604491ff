/** Tags: their colours and keep-in-touch cadences (everyone carrying a tag gets its cadence unless they have their own). */
import { useState } from 'preact/hooks';
import { db, type Cadence, type TagRow } from '../../shared/db';
import { rpc } from '../../shared/rpc';
import { PRESETS } from '../card/keep-in-touch';
import { DEFAULT_TAG_COLOR } from '../../core/tags';
import { TagChip } from '../card/tags';
import { useQuery } from '../components/use-query';

export function Tags() {
  const { value: used } = useQuery(async () => {
    const names = new Set<string>(await db().people.orderBy('tags').uniqueKeys().then((k) => k.map(String)));
    const rows = await db().tags.toArray();
    for (const r of rows) names.add(r.name);
    const byName = new Map(rows.map((r) => [r.name, r]));
    return [...names].sort((a, b) => a.localeCompare(b)).map((name) => byName.get(name) ?? { name, color: DEFAULT_TAG_COLOR });
  });
  const [error, setError] = useState<string>();
  const save = (tag: TagRow, patch: { color?: string; cadence?: Cadence | null }) =>
    rpc('tag.set', { name: tag.name, color: patch.color ?? tag.color, cadence: patch.cadence === undefined ? tag.cadence : patch.cadence }).then(
      () => setError(undefined),
      (e: unknown) => setError(String(e)),
    );
  return (
    <section>
      <h2>Tags</h2>
      {used && !used.length && <p class="muted">No tags yet: add them on a person’s card.</p>}
      {error && <p class="error">{error}</p>}
      <table>
        <tbody>
          {used?.map((tag) => {
            const preset = PRESETS.findIndex((p) => p.cadence?.idealDays === tag.cadence?.idealDays && p.cadence?.maxDays === tag.cadence?.maxDays);
            return (
              <tr data-tag-row={tag.name}>
                <td>
                  <TagChip name={tag.name} color={tag.color} />
                </td>
                <td>
                  <input type="color" aria-label={`Colour of ${tag.name}`} value={tag.color} onChange={(e) => void save(tag, { color: (e.target as HTMLInputElement).value })} />
                </td>
                <td>
                  <select aria-label={`Keep in touch with people tagged ${tag.name}`} value={String(tag.cadence ? preset : 0)}
                    onChange={(e) => void save(tag, { cadence: PRESETS[Number((e.target as HTMLSelectElement).value)]?.cadence ?? null })}>
                    {PRESETS.map((p, i) => (
                      <option value={String(i)}>{p.label}</option>
                    ))}
                    {tag.cadence && preset < 0 && <option value="-1">Every {tag.cadence.idealDays}–{tag.cadence.maxDays} days</option>}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
