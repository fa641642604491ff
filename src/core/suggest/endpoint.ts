/**
 * The user's own model endpoint, the third tier of reply suggestions: any server that speaks the
 * OpenAI chat API (a local Ollama or llama.cpp, or a hosted one with a key). Nothing is sent
 * anywhere unless the user set one up, and then only the messages given here.
 *
 * The reply streams, so the first suggestion can show while the rest is still being written. What
 * the endpoint sends back is untrusted like page text: it is validated, bounded, and only its text
 * is kept. `fetch` is passed in, so this stays free of browser APIs and runs in unit tests.
 */
import * as z from 'zod/mini';
import { createSseParser } from './sse';

/** Without credentials, query or fragment: the key goes in a header, and the paths are appended. */
function isEndpointUrl(value: string): boolean {
  if (/[?#]/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password;
  } catch {
    return false;
  }
}

export const EndpointConfig = z.object({
  /** Where `/chat/completions` and `/models` live, such as `http://127.0.0.1:11434/v1`; kept without a trailing slash. */
  baseUrl: z.pipe(
    z.string().check(z.maxLength(2048), z.refine(isEndpointUrl, 'an http or https address without a user name, password, query or #')),
    z.transform((value: string) => new URL(value).href.replace(/\/+$/, '')),
  ),
  model: z.string().check(z.minLength(1), z.maxLength(200)),
  /** Sent in a header, so visible ASCII only: a pasted space or curly quote would make `fetch` throw. */
  apiKey: z.optional(z.string().check(z.maxLength(400), z.regex(/^[\x21-\x7E]*$/, 'a key has no spaces or special characters'))),
});
export type EndpointConfig = z.output<typeof EndpointConfig>;

/**
 * The host permission to ask for before the first request. Without the port: Firefox does not
 * accept a port in a match pattern (MDN "Match patterns", Firefox bug 1362809), and Chrome reads a
 * pattern without one as any port of that host. `http://127.0.0.1:11434/v1` → `http://127.0.0.1/*`.
 */
export function originOf(config: EndpointConfig): string {
  const url = new URL(config.baseUrl);
  return `${url.protocol}//${url.hostname}/*`;
}

/** The endpoint answered with an error, or with something that is not an OpenAI-style reply. */
export class EndpointError extends Error {
  override name = 'EndpointError';
  constructor(
    /** The HTTP status of the response. */
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

export interface StreamOptions {
  fetch: typeof fetch;
  /** Aborting stops the request and the reading at once; the stream then throws the abort reason. */
  signal: AbortSignal;
  temperature?: number;
  maxTokens?: number;
}

/** How a reply stream ended, for the caller's log. */
export interface StreamSummary {
  /** Events that were not readable chunks: read past, not fatal. */
  skipped: number;
  /** `done`: the endpoint said so; `closed`: the connection ended after some text; `limit`: cut at `MAX_REPLY_CHARS`. */
  ending: 'done' | 'closed' | 'limit';
}

/** A reply suggestion is a few sentences; past this the endpoint is running on, and reading stops. */
export const MAX_REPLY_CHARS = 64 * 1024;

const ErrorBody = z.object({ error: z.object({ message: z.string() }) });
const StreamChunk = z.object({
  choices: z.array(z.object({ delta: z.optional(z.object({ content: z.optional(z.nullable(z.string())) })) })),
});
const Completion = z.object({
  choices: z.tuple([z.object({ message: z.object({ content: z.string() }) })], z.unknown()),
});
const ModelList = z.object({ data: z.array(z.object({ id: z.string() })) });

/**
 * Asks for a chat completion and yields its text as it is written. Some servers ignore `stream`
 * and answer with one JSON reply: its text is yielded once. Returns a `StreamSummary`.
 */
export async function* streamChat(config: EndpointConfig, messages: ChatMessage[], opts: StreamOptions): AsyncGenerator<string, StreamSummary> {
  const response = await opts.fetch(`${config.baseUrl}/chat/completions`, {
    method: 'POST',
    headers: { ...headers(config), 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({
      model: config.model,
      messages,
      stream: true,
      ...(opts.temperature === undefined ? {} : { temperature: opts.temperature }),
      ...(opts.maxTokens === undefined ? {} : { max_tokens: opts.maxTokens }),
    }),
    signal: opts.signal,
  });
  if (!response.ok) throw await errorOf(response);

  if (response.headers.get('content-type')?.includes('application/json')) {
    const reply = Completion.safeParse(await jsonOf(response));
    if (!reply.success) throw new EndpointError(response.status, 'The endpoint’s reply is not a chat completion.');
    const text = reply.data.choices[0].message.content;
    if (text) yield text.slice(0, MAX_REPLY_CHARS);
    return { skipped: 0, ending: text.length > MAX_REPLY_CHARS ? 'limit' : 'done' };
  }

  const reader = response.body?.getReader();
  if (!reader) throw new EndpointError(response.status, 'The endpoint sent an empty reply.');
  const decoder = new TextDecoder();
  const parser = createSseParser();
  let skipped = 0;
  let written = 0;
  try {
    for (;;) {
      opts.signal.throwIfAborted();
      const { done, value } = await reader.read();
      if (done) break;
      for (const data of parser.push(decoder.decode(value, { stream: true }))) {
        if (data === '[DONE]') return { skipped, ending: 'done' };
        const json = parseJson(data);
        const error = ErrorBody.safeParse(json);
        if (error.success) throw new EndpointError(response.status, short(error.data.error.message));
        const chunk = StreamChunk.safeParse(json);
        if (!chunk.success) {
          skipped++;
          continue;
        }
        const text = chunk.data.choices[0]?.delta?.content;
        if (!text) continue;
        if (written + text.length > MAX_REPLY_CHARS) {
          yield text.slice(0, MAX_REPLY_CHARS - written);
          return { skipped, ending: 'limit' };
        }
        written += text.length;
        yield text;
      }
    }
  } catch (e) {
    // Browsers differ in what a body read throws on abort: the caller gets the reason it gave.
    throw opts.signal.aborted ? opts.signal.reason : e;
  } finally {
    // Closes the connection when reading stops early (done, limit, abort, or the caller broke off).
    reader.cancel().catch(() => {});
  }
  if (!written) throw new EndpointError(response.status, 'The endpoint closed the connection without replying.');
  return { skipped, ending: 'closed' };
}

/** The models the endpoint offers, for the options page's "Test connection". */
export async function listModels(config: EndpointConfig, opts: { fetch: typeof fetch; signal: AbortSignal }): Promise<string[]> {
  const response = await opts.fetch(`${config.baseUrl}/models`, { headers: headers(config), signal: opts.signal });
  if (!response.ok) throw await errorOf(response);
  const list = ModelList.safeParse(await jsonOf(response));
  if (!list.success) throw new EndpointError(response.status, 'The endpoint’s reply is not a list of models.');
  return list.data.data.map((m) => m.id);
}

/** The key is sent only when there is one: local servers need none, and some refuse an empty one. */
function headers(config: EndpointConfig): Record<string, string> {
  return config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {};
}

/** The endpoint's own reason when it gives one, else the status: an error page's body is not shown. */
async function errorOf(response: Response): Promise<EndpointError> {
  const body = ErrorBody.safeParse(await jsonOf(response));
  const reason = (body.success && short(body.data.error.message)) || response.statusText || `HTTP ${response.status}`;
  return new EndpointError(response.status, reason);
}

async function jsonOf(response: Response): Promise<unknown> {
  return parseJson(await response.text());
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** One line, a sentence or two long: messages are shown beside the settings, not logged whole. */
function short(message: string): string {
  const line = message.replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
