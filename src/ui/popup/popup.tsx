import { useState } from 'preact/hooks';
import browser from '../../shared/browser';
import { db } from '../../shared/db';
import { awaitingCount } from '../../shared/queries';
import { useQuery } from '../components/use-query';
import { useStorageError } from '../components/use-storage-error';
import { EnableSite } from './enable-site';
import { Inbox } from './inbox';

export function Popup() {
  const { value: count } = useQuery(() => awaitingCount(db()));
  const storageError = useStorageError();
  const [actionError, setActionError] = useState<string>();
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
        <Inbox onError={setActionError} />
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
