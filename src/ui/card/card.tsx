/**
 * A person card: who they are on every site, your notes, tags, stage and keep-in-touch cadence,
 * the explained score, possible duplicates on other sites, and the history of your interactions.
 * Shown in the popup and in the frame the page's person button opens; never in the page itself.
 */
import { useState } from 'preact/hooks';
import { scorePerson } from '../../core/score';
import { SITE_NAMES } from '../../core/sites';
import { STAGE_NAMES, STAGES } from '../../core/stages';
import { rpc } from '../../shared/rpc';
import { usePeopleRev } from '../components/use-people-rev';
import { useAsync } from '../components/use-async';
import { KeepInTouch } from './keep-in-touch';
import { viewOf, type Act, type CardView } from './state';
import { Notes } from './notes';
import { Tags } from './tags';
import { Timeline } from './timeline';

/** The card of a person, or of the author of an item (as the page's person button names them). */
export function PersonCard({ of, onGone }: { of: { person: string } | { item: string }; onGone?: () => void }) {
  const rev = usePeopleRev();
  const { value: data, error } = useAsync(() => rpc('person.card', of), [JSON.stringify(of), rev]);
  const value = data && viewOf(data);
  const [actionError, setActionError] = useState<string>();
  if (error) return <p class="error">Rapport cannot read its data: {error}</p>;
  if (value === undefined) return <p class="muted">Loading…</p>;
  if (!value) return <p class="muted">{'item' in of ? 'Rapport has not stored this author yet. Scroll a little and try again.' : 'Rapport no longer knows this person.'}</p>;
  const act = (work: Promise<unknown>) =>
    work.then(
      () => setActionError(undefined),
      (e: unknown) => setActionError(e instanceof Error ? e.message.replace(/^[\w.]+: /, '') : String(e)),
    );
  return (
    <article class="card" data-person-card={value.person.id}>
      {actionError && (
        <p class="error" role="alert">
          {actionError}
        </p>
      )}
      <Header data={value} act={act} />
      <Accounts data={value} act={act} />
      <Score data={value} act={act} />
      <KeepInTouch data={value} act={act} />
      <Tags data={value} act={act} />
      <Notes person={value.person} act={act} />
      <Suggestions data={value} act={act} />
      <Timeline data={value} />
      <p>
        <button
          type="button"
          class="danger"
          data-action="delete-person"
          onClick={() => {
            if (confirm(`Forget ${value.person.name}: their accounts, items and your history with them?`)) {
              void act(rpc('person.delete', { id: value.person.id }).then(() => onGone?.()));
            }
          }}
        >
          Forget this person
        </button>
      </p>
    </article>
  );
}

function Header({ data, act }: { data: CardView; act: Act }) {
  const { person } = data;
  const dates = (at?: number) => (at ? new Date(at).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' }) : '—');
  return (
    <div class="card-head">
      <input
        class="name"
        aria-label="Name"
        data-testid="person-name"
        value={person.name}
        onChange={(e) => {
          const name = (e.target as HTMLInputElement).value.trim();
          if (name && name !== person.name) void act(rpc('person.update', { id: person.id, name }));
        }}
      />
      <label>
        <span class="muted">Stage </span>
        <select
          name="stage"
          value={person.stage ?? ''}
          onChange={(e) => {
            const v = (e.target as HTMLSelectElement).value as (typeof STAGES)[number] | '';
            void act(rpc('person.update', { id: person.id, stage: v || null }));
          }}
        >
          <option value="">—</option>
          {STAGES.map((s) => (
            <option value={s}>{STAGE_NAMES[s]}</option>
          ))}
        </select>
      </label>
      <p class="muted" data-testid="first-last">
        First interaction {dates(person.stats.firstAt)} · last {dates(person.stats.lastAt)}
      </p>
    </div>
  );
}

function Accounts({ data, act }: { data: CardView; act: Act }) {
  return (
    <section>
      <h3>On each site</h3>
      <ul class="accounts">
        {data.accounts.map((a) => (
          <li data-account={a.key}>
            <span>{a.name || a.handle}</span> <span class="muted">@{a.handle} · {SITE_NAMES[a.site]}</span>
            {data.accounts.length > 1 && (
              <button type="button" class="link" data-action="split" onClick={() => void act(rpc('person.split', { account: a.key }))}>
                Not this person
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Score({ data, act }: { data: CardView; act: Act }) {
  const { person } = data;
  const s = scorePerson(person.stats, Date.now(), { pin: person.scorePin, adjust: person.scoreAdjust });
  const set = (patch: { scorePin?: number | null; scoreAdjust?: number | null }) => void act(rpc('person.update', { id: person.id, ...patch }));
  return (
    <section>
      <h3>
        Relationship score <span class="score" data-testid="score">{s.value}</span>
      </h3>
      <ul class="reasons" data-testid="score-reasons">
        {s.reasons.map((r) => (
          <li>{r}</li>
        ))}
      </ul>
      <div class="row">
        <label>
          Pin at{' '}
          <input type="number" name="scorePin" min={0} max={100} value={person.scorePin ?? ''} placeholder="—"
            onChange={(e) => { const v = (e.target as HTMLInputElement).value; set({ scorePin: v === '' ? null : clamp(Number(v), 0, 100) }); }} />
        </label>
        <label>
          Adjust{' '}
          <input type="number" name="scoreAdjust" min={-50} max={50} value={person.scoreAdjust ?? ''} placeholder="0"
            onChange={(e) => { const v = (e.target as HTMLInputElement).value; set({ scoreAdjust: v === '' || v === '0' ? null : clamp(Number(v), -50, 50) }); }} />
        </label>
      </div>
    </section>
  );
}

const clamp = (n: number, lo: number, hi: number) => Math.round(Math.min(hi, Math.max(lo, n)));

function Suggestions({ data, act }: { data: CardView; act: Act }) {
  if (!data.suggestions.length) return null;
  return (
    <section>
      <h3>Possibly the same person</h3>
      <ul class="suggestions">
        {data.suggestions.map((s) => (
          <li data-suggestion={s.account.key}>
            <span>
              {s.other.name} <span class="muted">@{s.account.handle} · {SITE_NAMES[s.account.site]}</span>
            </span>
            <span class="muted small">{s.reason}</span>
            <span class="actions">
              <button type="button" data-action="link" onClick={() => void act(rpc('person.link', { into: data.person.id, from: s.other.id }))}>
                Same person
              </button>
              <button type="button" data-action="not-same" onClick={() => void act(rpc('person.notSame', { a: data.person.id, b: s.other.id }))}>
                Not the same
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
