import { useStorageError } from '../components/use-storage-error';
import { Health } from './health';
import { Identities } from './identities';
import { EnabledSites } from './sites';

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
      <EnabledSites />
      <Health />
    </main>
  );
}
