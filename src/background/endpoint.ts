/**
 * The user's own model endpoint (OpenAI-compatible: a local Ollama or llama.cpp server, or a hosted
 * one with a key). Its settings live in `storage.local` (never synced); its origin is asked for when
 * the user saves it; requests go from here, and replies stream to the suggestions frame over a port.
 */
import { streamChat } from '../core/suggest/endpoint';
import { buildPrompt } from '../core/suggest/prompt';
import browser, { type Runtime } from '../shared/browser';
import { db } from '../shared/db';
import { readSettings } from '../shared/settings';
import { SUGGEST_PORT, type StreamMessage } from '../shared/suggest-info';
import { endpointConfig } from './endpoint-config';
import { suggestInfo } from './suggest';

/** One suggestions request per port: `{ item }` in, deltas out, then done (or an error). */
export function serveSuggestionStreams(): void {
  browser.runtime.onConnect.addListener((port: Runtime.Port) => {
    if (port.name !== SUGGEST_PORT || port.sender?.id !== browser.runtime.id) return;
    const abort = new AbortController();
    port.onDisconnect.addListener(() => abort.abort());
    const send = (m: StreamMessage) => {
      if (!abort.signal.aborted) port.postMessage(m);
    };
    port.onMessage.addListener((raw: unknown) => {
      const item = (raw as { item?: unknown } | null)?.item;
      if (typeof item !== 'string') return;
      void stream(item, abort.signal, send).catch((e: unknown) => send({ error: e instanceof Error ? e.message : String(e) }));
    });
  });
}

async function stream(itemId: string, signal: AbortSignal, send: (m: StreamMessage) => void): Promise<void> {
  const config = await endpointConfig();
  if (!config) throw new Error('No endpoint is set up (or its site was not allowed).');
  const d = db();
  const info = await suggestInfo(d, itemId);
  if (!info) throw new Error('Rapport has not stored this item.');
  const prompt = buildPrompt(info.context, { includeNotes: (await readSettings(d)).notesToEndpoint });
  const messages = [
    { role: 'system' as const, content: prompt.system },
    { role: 'user' as const, content: prompt.user },
  ];
  for await (const delta of streamChat(config, messages, { fetch: (...a) => fetch(...a), signal })) send({ delta });
  send({ done: true });
}
