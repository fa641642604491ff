/**
 * Reply ideas for one item: what the comment is (and why Rapport thinks so), three built-in
 * suggestions at once, the user's saved replies, and, when the user set one up, their endpoint's
 * suggestions as they stream in. A click types the text into the site's composer for the user to
 * edit and send; nothing is ever sent from here.
 */
import { useEffect, useState } from 'preact/hooks';
import { builtinSuggestions } from '../../core/suggest/builtin';
import type { Suggestion } from '../../core/suggest/types';
import { savedSuggestions } from '../../core/suggest/variables';
import { rpc } from '../../shared/rpc';
import { useAsync } from '../components/use-async';
import { useOnDevice } from './on-device';
import { useEndpointStream } from './stream';

const KIND_LABEL = { question: 'Question', praise: 'Praise', feedback: 'Suggestion', concern: 'Concern', other: 'Comment' } as const;
const PROVIDER_LABEL = { builtin: 'built-in', 'on-device': 'on-device model', endpoint: 'your endpoint' } as const;

export function Suggestions({ item }: { item: string }) {
  const { value: info, error } = useAsync(() => (item === 'composer' ? Promise.resolve(null) : rpc('suggest.context', { item })), [item]);
  const stream = useEndpointStream(item, info?.endpoint ? info.context.item.text : undefined);
  const onDevice = useOnDevice(info?.context);
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();
  useEffect(() => setStatus(undefined), [item]);
  if (error) return <p class="error">Rapport cannot make suggestions: {error}</p>;
  if (info === undefined) return <p class="muted">Thinking…</p>;
  const builtin = info ? builtinSuggestions(info.context) : [];
  const saved = info ? savedSuggestions(info.saved, info.context, info.myName) : [];
  const insert = (s: Suggestion) =>
    rpc('suggest.insert', { for: item, text: s.text }).then(
      (r) =>
        setStatus(
          r.ok
            ? { ok: true, text: 'In the reply box: edit it and send it when you are ready.' }
            : r.via === 'clipboard'
              ? { ok: false, text: 'The reply box did not take it, so it is on your clipboard: paste it there.' }
              : { ok: false, text: 'Open the reply box under the comment first, then pick a suggestion.' },
        ),
      (e: unknown) => setStatus({ ok: false, text: e instanceof Error ? e.message : String(e) }),
    );
  return (
    <div class="suggestions">
      {info ? (
        <p>
          <span class="kind" data-kind={info.context.item.kind}>
            {KIND_LABEL[info.context.item.kind]}
          </span>{' '}
          <span class="muted small" data-testid="cues">
            {info.cues.join(' · ')}
          </span>
        </p>
      ) : (
        <p class="muted">Saved replies for a new post.</p>
      )}
      {status && (
        <p class={status.ok ? 'done' : 'note'} role="status" data-testid="insert-status" data-ok={String(status.ok)}>
          {status.text}
        </p>
      )}
      {stream.note && (
        <p class="note" role="status" data-testid="provider-note">
          {stream.note}
        </p>
      )}
      {onDevice.state !== 'none' && onDevice.state !== 'done' && (
        <p>
          <button type="button" data-action="on-device" disabled={onDevice.state === 'working'} onClick={onDevice.start}>
            {onDevice.state === 'working'
              ? onDevice.progress !== undefined && onDevice.progress < 1
                ? `Downloading the on-device model… ${Math.round(onDevice.progress * 100)}%`
                : 'Asking the on-device model…'
              : onDevice.state === 'download'
                ? 'Download and use the on-device model'
                : 'Ask the on-device model'}
          </button>
        </p>
      )}
      {onDevice.note && (
        <p class="note" role="status" data-testid="on-device-note">
          {onDevice.note}
        </p>
      )}
      {onDevice.suggestions.length > 0 && <List title="From the on-device model" items={onDevice.suggestions} onPick={insert} testid="on-device" />}
      {stream.suggestions.length > 0 && <List title="From your endpoint" items={stream.suggestions} onPick={insert} testid="endpoint" />}
      {builtin.length > 0 && <List title="Suggestions" items={builtin} onPick={insert} testid="builtin" />}
      {saved.length > 0 && <List title="Saved replies" items={saved} onPick={insert} testid="saved" />}
    </div>
  );
}

function List({ title, items, onPick, testid }: { title: string; items: Suggestion[]; onPick: (s: Suggestion) => void; testid: string }) {
  return (
    <section data-testid={`suggestions-${testid}`}>
      <h3>{title}</h3>
      <ul>
        {items.map((s) => (
          <li>
            <button type="button" data-suggestion={s.intent} data-provider={s.provider} onClick={() => onPick(s)}>
              {s.text}
              <span class="via">
                {s.intent.replace('-', ' ')} · {PROVIDER_LABEL[s.provider]}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
