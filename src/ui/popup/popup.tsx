import { useState } from 'preact/hooks';
import browser from '../../shared/browser';
import { db } from '../../shared/db';
import { awaitingCount } from '../../shared/queries';
import { useQuery } from '../components/use-query';
import { useStorageError } from '../components/use-storage-error';
import { EnableSite } from './enable-site';
import { Inbox } from './inbox';
import { People } from './people';

const VIEWS = { inbox: 'Inbox', people: 'People', reconnect: 'Reconnect' } as const;
type View = keyof typeof VIEWS;
const initialView = (new URLSearchParams(location.search).get('view') ?? 'inbox') as View;

export function Popup() {
  const { value: count } = useQuery(() => awaitingCount(db()));
  const storageError = useStorageError();
  const [actionError, setActionError] = useState<string>();
  const [view, setView] = useState<View>(initialView in VIEWS ? initialView : 'inbox');
  return (
    <>
      <header>
        <h1>Rapport</h1>
        <span class="count" data-testid="awaiting-count" title="Awaiting your reply">
          {count ?? '…'}
        </span>
      </header>
      <main>
        {storageError && (
          <p class="error" role="alert" data-testid="storage-error">
            Rapport could not save what it saw: {storageError.message}
          </p>
        )}
        {actionError && (
          <p class="error" role="alert">
            {actionError}
          </p>
        )}
        <EnableSite />
        <nav class="views" role="tablist">
          {(Object.keys(VIEWS) as View[]).map((v) => (
            <button type="button" role="tab" aria-selected={view === v} data-view={v} onClick={() => setView(v)}>
              {VIEWS[v]}
            </button>
          ))}
        </nav>
        {view === 'inbox' ? <Inbox onError={setActionError} /> : <People key={view} mode={view} />}
      </main>
      <footer>
        <a href="#" onClick={(e) => (e.preventDefault(), void browser.runtime.openOptionsPage())}>
          Settings
        </a>
        <span class="muted">Everything stays in this browser.</span>
      </footer>
    </>
  );
}
