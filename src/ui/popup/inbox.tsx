import { ageLabel, DURATION } from '../../core/time';
import { SITE_NAMES } from '../../core/sites';
import browser from '../../shared/browser';
import { db, type ItemRow } from '../../shared/db';
import { inbox } from '../../shared/queries';
import { rpc } from '../../shared/rpc';
import { useQuery } from '../components/use-query';

export function Inbox({ onError }: { onError: (message: string) => void }) {
  const { value: rows, error } = useQuery(() => inbox(db()));
  if (error) return <p class="error">Rapport cannot read its data: {error}</p>;
  if (!rows) return <p class="muted">Loading…</p>;
  if (!rows.length) return <p class="empty muted">Nobody is waiting for your reply.</p>;
  const act = (work: Promise<unknown>) => work.catch((e: unknown) => onError(e instanceof Error ? e.message : String(e)));
  const now = Date.now();
  return (
    <ul class="inbox" aria-label="Awaiting your reply">
      {rows.map((row) => (
        <InboxRow key={row.id} row={row} now={now} act={act} />
      ))}
    </ul>
  );
}

function InboxRow({ row, now, act }: { row: ItemRow; now: number; act: (p: Promise<unknown>) => void }) {
  // The popup closes once the item opens; the side panel stays beside it.
  const open = () => act(browser.tabs.create({ url: row.url }).then(() => document.body.classList.contains('panel') || window.close()));
  const snooze = (ms: number) => act(rpc('items.snooze', { id: row.id, until: Date.now() + ms }));
  return (
    <li data-for={row.id}>
      <button class="row-open" type="button" onClick={open} title={`Open on ${SITE_NAMES[row.site]}`}>
        <span class="row-head">
          <span class="who">{row.author.name || row.author.handle}</span>
          <span class="muted">@{row.author.handle} · {SITE_NAMES[row.site]}</span>
          <span class="age" title={new Date(row.sortAt).toLocaleString()}>
            {ageLabel(row.sortAt, now)}
          </span>
        </span>
        <span class="excerpt">{row.text || '(no text)'}</span>
      </button>
      <span class="actions">
        <button type="button" data-action="done" onClick={() => act(rpc('items.done', { id: row.id }))}>
          Done
        </button>
        <button type="button" data-action="snooze-day" onClick={() => snooze(DURATION.DAY)}>
          Snooze 1 day
        </button>
        <button type="button" data-action="snooze-week" onClick={() => snooze(DURATION.WEEK)}>
          Snooze 1 week
        </button>
      </span>
    </li>
  );
}
