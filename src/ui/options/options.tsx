import { useStorageError } from '../components/use-storage-error';
import { Data } from './data';
import { Health } from './health';
import { Identities } from './identities';
import { Reminders } from './reminders';
import { Replies } from './replies';
import { EnabledSites } from './sites';
import { Tags } from './tags';

export function Options() {
  const storageError = useStorageError();
  return (
    <main>
      <h1>Rapport</h1>
      {storageError && (
        <p class="error" role="alert">
          Rapport could not save what it saw: {storageError.message}
        </p>
      )}
      <Identities />
      <Tags />
      <Reminders />
      <Replies />
      <Data />
      <EnabledSites />
      <Health />
    </main>
  );
}
