/**
 * Your data in your hands: export everything (JSON) or people (CSV), import a Rapport export or a
 * Reddit Enhancement Suite backup, forget one site or everything. The file is checked in full here
 * before anything is sent, and again by the background, which writes it in one transaction.
 */
import { useState } from 'preact/hooks';
import { exportChunks, parseImport, type ExportData } from '../../core/io/format';
import { peopleCsv } from '../../core/io/csv';
import { SITE_IDS, SITE_NAMES, type SiteId } from '../../core/sites';
import browser from '../../shared/browser';
import { db } from '../../shared/db';
import { withAccounts } from '../../shared/queries';
import { rpc } from '../../shared/rpc';

const TABLES = ['items', 'accounts', 'people', 'interactions', 'identities', 'tags'] as const satisfies readonly (keyof ExportData)[];
const ROWS_PER_MESSAGE = 2000;

type Status = { kind: 'busy' | 'done' | 'error'; text: string } | undefined;

async function readAll(): Promise<ExportData> {
  const d = db();
  return d.transaction('r', TABLES.map((t) => d.table(t)), async () => {
    const [items, accounts, people, interactions, identities, tags] = await Promise.all(TABLES.map((t) => d.table(t).toArray()));
    return { items, accounts, people, interactions, identities, tags } as ExportData;
  });
}

function download(parts: BlobPart[], type: string, name: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const stamp = () => new Date().toISOString().slice(0, 10);
const message = (e: unknown) => (e instanceof Error ? e.message.replace(/^[\w.]+: /, '') : String(e));

export async function importText(text: string): Promise<string> {
  const parsed = parseImport(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  if (parsed.kind === 'res') {
    const r = await rpc('io.import.res', { tags: parsed.tags });
    return `Imported Reddit Enhancement Suite tags: ${r.people} people, ${r.tags} tags.`;
  }
  const id = crypto.randomUUID();
  await rpc('io.import.begin', { id });
  for (const table of TABLES) {
    const rows: unknown[] = parsed.data[table];
    for (let i = 0; i < rows.length; i += ROWS_PER_MESSAGE) await rpc('io.import.rows', { id, table, rows: rows.slice(i, i + ROWS_PER_MESSAGE) });
  }
  const r = await rpc('io.import.commit', { id });
  const list = (counts: Record<string, number>) =>
    Object.entries(counts)
      .filter(([, n]) => n)
      .map(([t, n]) => `${n} ${t}`)
      .join(', ') || 'nothing';
  return `Imported: added ${list(r.added)}; merged ${list(r.merged)}.`;
}

export function Data() {
  const [status, setStatus] = useState<Status>();
  const [site, setSite] = useState<SiteId>('x');
  const run = (busy: string, work: () => Promise<string>) => {
    setStatus({ kind: 'busy', text: busy });
    work().then(
      (text) => setStatus({ kind: 'done', text }),
      (e: unknown) => setStatus({ kind: 'error', text: message(e) }),
    );
  };
  const exportJson = () =>
    run('Exporting…', async () => {
      const data = await readAll();
      download(exportChunks(data, { exportedAt: Date.now(), appVersion: browser.runtime.getManifest().version }), 'application/json', `rapport-${stamp()}.json`);
      return `Exported ${data.people.length} people, ${data.items.length} items and ${data.interactions.length} interactions.`;
    });
  const exportCsv = () =>
    run('Exporting…', async () => {
      const people = await withAccounts(db(), await db().people.orderBy('name').toArray());
      download(['\uFEFF', peopleCsv(people)], 'text/csv;charset=utf-8', `rapport-people-${stamp()}.csv`);
      return `Exported ${people.length} people.`;
    });
  return (
    <section>
      <h2>Your data</h2>
      <p class="muted">Everything Rapport knows stays in this browser. Take it with you, bring it back, or erase it.</p>
      <div class="data-actions">
        <button type="button" data-action="export-json" onClick={exportJson}>
          Export everything (JSON)
        </button>
        <button type="button" data-action="export-csv" onClick={exportCsv}>
          Export people (CSV)
        </button>
        <label class="file">
          Import a Rapport export or a Reddit Enhancement Suite backup{' '}
          <input
            type="file"
            name="import"
            accept=".json,application/json"
            onChange={(e) => {
              const input = e.target as HTMLInputElement;
              const file = input.files?.[0];
              input.value = '';
              if (file) run(`Importing ${file.name}…`, async () => importText(await file.text()));
            }}
          />
        </label>
      </div>
      <div class="data-actions">
        <select name="delete-site" value={site} onChange={(e) => setSite((e.target as HTMLSelectElement).value as SiteId)}>
          {SITE_IDS.map((s) => (
            <option value={s}>{SITE_NAMES[s]}</option>
          ))}
        </select>
        <button
          type="button"
          class="danger"
          data-action="delete-site"
          onClick={() => {
            if (confirm(`Forget everything Rapport saw on ${SITE_NAMES[site]}?`)) run('Deleting…', () => rpc('data.deleteSite', { site }).then(() => `Forgot ${SITE_NAMES[site]}.`));
          }}
        >
          Forget this site
        </button>
        <button
          type="button"
          class="danger"
          data-action="delete-all"
          onClick={() => {
            if (confirm('Forget everything: people, notes, history and items on every site?')) run('Deleting…', () => rpc('data.deleteAll', {}).then(() => 'Everything is forgotten.'));
          }}
        >
          Forget everything
        </button>
      </div>
      {status && (
        <p class={status.kind === 'error' ? 'error' : 'muted'} role={status.kind === 'error' ? 'alert' : 'status'} data-testid="data-status" data-state={status.kind}>
          {status.text}
        </p>
      )}
    </section>
  );
}
