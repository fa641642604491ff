/**
 * The People view (search by name, handle, tag or note words; sort by last interaction, score or
 * overdue) and the Reconnect list (who is due, most overdue first). A row opens the person's card.
 */
import { useState } from 'preact/hooks';
import { ageLabel } from '../../core/time';
import { SITE_NAMES } from '../../core/sites';
import { db, type TagRow } from '../../shared/db';
import { reconnectList, searchPeople, type PeopleSort, type PersonView } from '../../shared/queries';
import { PersonCard } from '../card/card';
import { dueState } from '../card/state';
import { DUE_TEXT } from '../card/keep-in-touch';
import { TagChip } from '../card/tags';
import { useQuery } from '../components/use-query';

export function People({ mode }: { mode: 'people' | 'reconnect' }) {
  const [q, setQ] = useState('');
  const [sort, setSort] = useState<PeopleSort>('last');
  const [open, setOpen] = useState<string>();
  const { value: rows, error } = useQuery(() => (mode === 'reconnect' ? reconnectList(db()) : searchPeople(db(), q, sort)), [mode, q, sort]);
  const { value: tagRows } = useQuery(() => db().tags.toArray());
  const tags = new Map((tagRows ?? []).map((t) => [t.name, t]));
  if (open) {
    return (
      <div class="person-open">
        <button type="button" class="link" data-action="back" onClick={() => setOpen(undefined)}>
          ← {mode === 'reconnect' ? 'Reconnect' : 'People'}
        </button>
        <PersonCard of={{ person: open }} onGone={() => setOpen(undefined)} />
      </div>
    );
  }
  return (
    <>
      {mode === 'people' && (
        <div class="people-tools">
          <input type="search" name="people-search" aria-label="Search people" placeholder="Name, handle, tag or note" value={q}
            onInput={(e) => setQ((e.target as HTMLInputElement).value)} />
          <select name="people-sort" aria-label="Sort people" value={sort} onChange={(e) => setSort((e.target as HTMLSelectElement).value as PeopleSort)}>
            <option value="last">Last interaction</option>
            <option value="score">Score</option>
            <option value="overdue">Overdue</option>
          </select>
        </div>
      )}
      {error && <p class="error">Rapport cannot read its data: {error}</p>}
      {!rows ? (
        <p class="muted">Loading…</p>
      ) : !rows.length ? (
        <p class="empty muted">{mode === 'reconnect' ? 'Nobody is due for a reconnect.' : q ? 'Nobody matches.' : 'Nobody yet: browse a supported site.'}</p>
      ) : (
        <ul class="people" aria-label={mode === 'reconnect' ? 'Due for a reconnect' : 'People'}>
          {rows.map((row) => (
            <PersonRowView key={row.person.id} row={row} tags={tags} onOpen={() => setOpen(row.person.id)} />
          ))}
        </ul>
      )}
    </>
  );
}

function PersonRowView({ row, tags, onOpen }: { row: PersonView; tags: Map<string, TagRow>; onOpen: () => void }) {
  const { person, accounts } = row;
  const now = Date.now();
  const due = dueState({ person, tags }, now);
  return (
    <li data-person={row.key}>
      <button type="button" class="row-open" onClick={onOpen}>
        <span class="row-head">
          <span class="who">{person.name}</span>
          <span class="muted handles">{accounts.map((a) => `@${a.handle} · ${SITE_NAMES[a.site]}`).join(', ')}</span>
          <span class="person-score" title="Relationship score">{person.score}</span>
        </span>
        <span class="row-meta">
          {person.lastAt ? <span class="muted">last {ageLabel(person.lastAt, now)} ago</span> : <span class="muted">no interaction yet</span>}
          {(due.state === 'due' || due.state === 'overdue') && (
            <span class={`due due-${due.state}`} data-due={due.state}>
              {DUE_TEXT[due.state]}
            </span>
          )}
          {person.tags.map((t) => (
            <TagChip name={t} color={tags.get(t)?.color} />
          ))}
        </span>
      </button>
    </li>
  );
}
