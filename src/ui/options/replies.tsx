/**
 * Reply suggestions: tone and length, saved replies with variables, and your own model endpoint
 * (its site is asked for when you save it; the key stays in this browser).
 */
import { useEffect, useState } from 'preact/hooks';
import { COMMENT_KINDS, type CommentKind } from '../../core/comment-kinds';
import { SITE_IDS, SITE_NAMES } from '../../core/sites';
import { EndpointConfig, listModels, originOf } from '../../core/suggest/endpoint';
import { LENGTHS, TONES, type SavedReply } from '../../core/suggest/types';
import { VARIABLES } from '../../core/suggest/variables';
import browser from '../../shared/browser';
import { db } from '../../shared/db';
import { rpc } from '../../shared/rpc';
import { DEFAULT_SETTINGS, readSettings, type Settings } from '../../shared/settings';
import { ENDPOINT_KEY } from '../../shared/storage-keys';
import { useQuery } from '../components/use-query';

const STYLE = [
  { field: 'tone', label: 'Tone', values: TONES },
  { field: 'length', label: 'Length', values: LENGTHS },
] as const;

export function Replies() {
  const { value: settings } = useQuery(() => readSettings(db()));
  const [error, setError] = useState<string>();
  const s = settings ?? DEFAULT_SETTINGS;
  const save = (patch: Partial<Settings>) => rpc('settings.set', patch).then(() => setError(undefined), (e: unknown) => setError(String(e)));
  return (
    <section>
      <h2>Reply suggestions</h2>
      {error && <p class="error">{error}</p>}
      <div class="data-actions">
        {STYLE.map(({ field, label, values }) => (
          <label>
            {label}{' '}
            <select name={field} value={s[field]} onChange={(e) => void save({ [field]: (e.target as HTMLSelectElement).value })}>
              {values.map((t) => (
                <option value={t}>{t}</option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <details>
        <summary>Per site</summary>
        <table>
          <tbody>
            {SITE_IDS.map((site) => (
              <tr data-site-style={site}>
                <td>{SITE_NAMES[site]}</td>
                {STYLE.map(({ field, values }) => (
                  <td>
                    <select
                      name={`${field}.${site}`}
                      aria-label={`${field} on ${SITE_NAMES[site]}`}
                      value={s.bySite[site]?.[field] ?? ''}
                      onChange={(e) => {
                        const v = (e.target as HTMLSelectElement).value || undefined;
                        void save({ bySite: { ...s.bySite, [site]: { ...s.bySite[site], [field]: v } } });
                      }}
                    >
                      <option value="">as above ({s[field]})</option>
                      {values.map((t) => (
                        <option value={t}>{t}</option>
                      ))}
                    </select>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <SavedReplies saved={s.savedReplies} onSave={(savedReplies) => void save({ savedReplies })} />
      <Endpoint notes={s.notesToEndpoint} onNotes={(notesToEndpoint) => void save({ notesToEndpoint })} />
    </section>
  );
}

function SavedReplies({ saved, onSave }: { saved: SavedReply[]; onSave: (next: SavedReply[]) => void }) {
  const [name, setName] = useState('');
  const [text, setText] = useState('');
  const [kinds, setKinds] = useState<CommentKind[]>([]);
  return (
    <>
      <h3>Saved replies</h3>
      <p class="muted">
        Offered beside the suggestions. Variables: {VARIABLES.map((v) => <code>{`{${v}}`} </code>)}
      </p>
      <ul class="saved">
        {saved.map((r) => (
          <li data-saved-reply={r.name}>
            <b>{r.name}</b> <span class="muted">{r.kinds.join(', ') || 'any comment'}</span>: {r.text}{' '}
            <button type="button" onClick={() => onSave(saved.filter((x) => x.id !== r.id))}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form
        class="data-actions"
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim() || !text.trim()) return;
          onSave([...saved, { id: crypto.randomUUID(), name: name.trim(), text: text.trim(), kinds }]);
          setName('');
          setText('');
          setKinds([]);
        }}
      >
        <input name="saved-name" placeholder="Name" maxLength={80} value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
        <input name="saved-text" placeholder="Thanks {first_name}! …" maxLength={2000} value={text} onInput={(e) => setText((e.target as HTMLInputElement).value)} />
        {COMMENT_KINDS.map((k) => (
          <label>
            <input type="checkbox" checked={kinds.includes(k)} onChange={(e) => setKinds((e.target as HTMLInputElement).checked ? [...kinds, k] : kinds.filter((x) => x !== k))} /> {k}
          </label>
        ))}
        <button type="submit">Save reply</button>
      </form>
    </>
  );
}

function Endpoint({ notes, onNotes }: { notes: boolean; onNotes: (on: boolean) => void }) {
  const [form, setForm] = useState({ baseUrl: '', model: '', apiKey: '' });
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();
  useEffect(() => {
    void browser.storage.local.get(ENDPOINT_KEY).then((r) => {
      const parsed = EndpointConfig.safeParse(r[ENDPOINT_KEY]);
      if (parsed.success) setForm({ baseUrl: parsed.data.baseUrl, model: parsed.data.model, apiKey: parsed.data.apiKey ?? '' });
    });
  }, []);
  const saveEndpoint = async () => {
    const parsed = EndpointConfig.safeParse({ baseUrl: form.baseUrl.trim(), model: form.model.trim(), apiKey: form.apiKey.trim() || undefined });
    if (!parsed.success) return setStatus({ ok: false, text: 'Check the address (http:// or https://, no query) and the model name.' });
    // Asked at this moment, for this origin only (a user gesture: the Save click).
    if (!(await browser.permissions.request({ origins: [originOf(parsed.data)] }))) return setStatus({ ok: false, text: 'The browser did not allow Rapport to reach that address.' });
    await browser.storage.local.set({ [ENDPOINT_KEY]: parsed.data });
    const models = await listModels(parsed.data, { fetch: (...a) => fetch(...a), signal: AbortSignal.timeout(8000) }).catch(() => undefined);
    setStatus({ ok: true, text: models ? `Saved. The endpoint answers (${models.length} models).` : 'Saved, but the endpoint did not answer yet.' });
  };
  return (
    <>
      <h3>Your own model (optional)</h3>
      <p class="muted">An OpenAI-compatible endpoint, such as a local Ollama (http://127.0.0.1:11434/v1) or a hosted one with a key. Only the comment (and, if you allow it, your notes on its author) is sent, from this browser.</p>
      <div class="data-actions">
        <input name="endpoint-url" placeholder="http://127.0.0.1:11434/v1" value={form.baseUrl} onInput={(e) => setForm({ ...form, baseUrl: (e.target as HTMLInputElement).value })} />
        <input name="endpoint-model" placeholder="model" value={form.model} onInput={(e) => setForm({ ...form, model: (e.target as HTMLInputElement).value })} />
        <input name="endpoint-key" type="password" placeholder="key (optional)" value={form.apiKey} onInput={(e) => setForm({ ...form, apiKey: (e.target as HTMLInputElement).value })} />
        <button type="button" data-action="save-endpoint" onClick={() => void saveEndpoint()}>
          Save
        </button>
        <button type="button" onClick={() => void browser.storage.local.remove(ENDPOINT_KEY).then(() => setStatus({ ok: true, text: 'Removed.' }))}>
          Remove
        </button>
      </div>
      <label>
        <input type="checkbox" name="notes-to-endpoint" checked={notes} onChange={(e) => onNotes((e.target as HTMLInputElement).checked)} /> Send my notes on the author with the comment
      </label>
      {status && (
        <p class={status.ok ? 'muted' : 'error'} data-testid="endpoint-status">
          {status.text}
        </p>
      )}
    </>
  );
}
