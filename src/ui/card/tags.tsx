/** Tags with their colours: add from the ones you use or a new one, remove with ×. */
import { useState } from 'preact/hooks';
import { DEFAULT_TAG_COLOR } from '../../core/tags';
import { rpc } from '../../shared/rpc';
import type { Act, CardView } from './state';

export function TagChip({ name, color }: { name: string; color?: string }) {
  return (
    <span class="tag" style={{ '--tag': color ?? DEFAULT_TAG_COLOR }} data-tag={name}>
      {name}
    </span>
  );
}

export function Tags({ data, act }: { data: CardView; act: Act }) {
  const { person, tags } = data;
  const [draft, setDraft] = useState('');
  const save = (next: string[]) => act(rpc('person.update', { id: person.id, tags: next }));
  const add = () => {
    const name = draft.trim().replace(/\s+/g, ' ');
    if (!name || person.tags.includes(name)) return setDraft('');
    void save([...person.tags, name]).then(() => setDraft(''));
  };
  return (
    <section>
      <h3>Tags</h3>
      <div class="tags">
        {person.tags.map((t) => (
          <span class="tag-wrap">
            <TagChip name={t} color={tags.get(t)?.color} />
            <button type="button" class="link" aria-label={`Remove tag ${t}`} onClick={() => void save(person.tags.filter((x) => x !== t))}>
              ×
            </button>
          </span>
        ))}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <input name="tag" list="rapport-tags" maxLength={60} placeholder="Add a tag" value={draft} onInput={(e) => setDraft((e.target as HTMLInputElement).value)} />
          <datalist id="rapport-tags">
            {[...tags.keys()].map((t) => (
              <option value={t} />
            ))}
          </datalist>
        </form>
      </div>
    </section>
  );
}
