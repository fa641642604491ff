/** Free-text notes, saved as you type (a pause of half a second), never shown in a page. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PersonRow } from '../../shared/db';
import { rpc } from '../../shared/rpc';
import type { Act } from './state';

export function Notes({ person, act }: { person: PersonRow; act: Act }) {
  const [text, setText] = useState(person.notes);
  const [saved, setSaved] = useState(true);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const pending = useRef<string | undefined>(undefined);
  const flush = () => {
    clearTimeout(timer.current);
    const notes = pending.current;
    if (notes === undefined) return;
    pending.current = undefined;
    void act(rpc('person.update', { id: person.id, notes }).then(() => setSaved(true)));
  };
  // Another view changed the notes (and nothing is being typed here): show theirs.
  useEffect(() => {
    if (pending.current === undefined) setText(person.notes);
  }, [person.notes]);
  useEffect(() => flush, [person.id]);
  return (
    <section>
      <h3>
        Notes <span class="muted small" data-testid="notes-state">{saved ? 'saved' : 'saving…'}</span>
      </h3>
      <textarea
        name="notes"
        rows={4}
        maxLength={20_000}
        placeholder="What you talked about, what you promised, what matters to them"
        value={text}
        onInput={(e) => {
          const v = (e.target as HTMLTextAreaElement).value;
          setText(v);
          setSaved(false);
          pending.current = v;
          clearTimeout(timer.current);
          timer.current = setTimeout(flush, 500);
        }}
        onBlur={flush}
      />
    </section>
  );
}
