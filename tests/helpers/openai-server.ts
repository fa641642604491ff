/**
 * A small OpenAI-compatible server on 127.0.0.1, standing in for the user's Ollama, llama.cpp or
 * hosted endpoint: `/v1/models` and `/v1/chat/completions`, with replies streamed in small pieces as
 * OpenAI sends them, and the ways real servers misbehave (`mode`). It records every request, and
 * answers extension pages' CORS preflights like a server set up for them.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ServerMessage {
  role: string;
  content: string;
}

export type ServerMode = 'stream' | 'json' | 'error' | 'hang' | 'garbage';

export interface OpenAiServerOptions {
  /** The reply to write (default `DEFAULT_REPLY`). */
  reply?: (messages: ServerMessage[]) => string;
  /** A pause before each streamed event (default none). */
  chunkDelayMs?: number;
  /**
   * - `stream` (default): server-sent events, or one JSON reply when the request has no `stream: true`;
   * - `json`: one JSON reply even when asked to stream, as some servers do;
   * - `error`: 503 with a proxy's HTML error page;
   * - `hang`: the first piece of the reply, then nothing until the connection is closed;
   * - `garbage`: the stream with `GARBAGE_EVENTS` and a keep-alive comment mixed in.
   */
  mode?: ServerMode;
  /** Answer 401 unless the request carries `Authorization: Bearer <requireKey>`. */
  requireKey?: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  /** The parsed JSON body; undefined when there was none. */
  body: unknown;
}

export interface OpenAiServer {
  /** The base URL to configure, `http://127.0.0.1:<port>/v1`. */
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export const SERVER_MODELS = ['llama3.2:3b', 'qwen2.5:7b-instruct'];

export const DEFAULT_REPLY = 'Thanks for asking, Maya! The slides are on my site — happy to walk you through them 🙂';

/** Unreadable events as broken proxies and servers send them; a reader should skip each one. */
export const GARBAGE_EVENTS = [
  'data: {"choices":[{"delta":{"content":"cut off\n\n',
  'data: <html><body>502 Bad Gateway</body></html>\n\n',
  'data: {"object":"chat.completion.chunk","choices":"none"}\n\n',
];

export const UNAUTHORIZED_MESSAGE = 'Incorrect API key provided.';

/** How the server splits a reply: word by word with the spaces before each, like model tokens. */
export function replyPieces(text: string): string[] {
  return text.match(/\s*\S+|\s+$/g) ?? [];
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization, content-type',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
};
/** A fixed creation time: the responses are the same from run to run. */
const CREATED = 1_767_225_600;

export async function startOpenAiServer(opts: OpenAiServerOptions = {}): Promise<OpenAiServer> {
  const mode = opts.mode ?? 'stream';
  const requests: RecordedRequest[] = [];
  let completions = 0;

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((e: unknown) => {
      console.error('openai-server:', e);
      res.destroy();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const method = req.method ?? 'GET';
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      return sendError(res, 400, 'We could not parse the JSON body of your request.', 'invalid_request_error');
    }
    requests.push({ method, path, headers: req.headers, body });

    if (method === 'OPTIONS') {
      res.writeHead(204, { ...CORS, 'access-control-max-age': '600' });
      return void res.end();
    }
    if (opts.requireKey !== undefined && req.headers.authorization !== `Bearer ${opts.requireKey}`) {
      return sendError(res, 401, UNAUTHORIZED_MESSAGE, 'invalid_request_error', 'invalid_api_key');
    }
    if (mode === 'error') {
      res.writeHead(503, { ...CORS, 'content-type': 'text/html' });
      return void res.end(`<html><head><title>503 Service Temporarily Unavailable</title></head><body><center><h1>503 Service Temporarily Unavailable</h1></center><hr><center>nginx</center>${'<!-- padding -->'.repeat(40)}</body></html>`);
    }
    if (method === 'GET' && path === '/v1/models') {
      return sendJson(res, 200, { object: 'list', data: SERVER_MODELS.map((id) => ({ id, object: 'model', created: CREATED, owned_by: 'library' })) });
    }
    if (method === 'POST' && path === '/v1/chat/completions') {
      const request = body as { model?: string; messages?: ServerMessage[]; stream?: boolean };
      const text = (opts.reply ?? (() => DEFAULT_REPLY))(request.messages ?? []);
      const id = `chatcmpl-${++completions}`;
      const model = request.model ?? '';
      if (mode === 'json' || request.stream !== true) {
        return sendJson(res, 200, {
          id,
          object: 'chat.completion',
          created: CREATED,
          model,
          choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
          usage: { prompt_tokens: 42, completion_tokens: replyPieces(text).length, total_tokens: 42 + replyPieces(text).length },
        });
      }
      return streamReply(res, streamEvents(id, model, text));
    }
    return sendError(res, 404, `Unknown request URL: ${method} ${path}.`, 'invalid_request_error');
  }

  function streamEvents(id: string, model: string, text: string): string[] {
    const chunk = (delta: Record<string, string>, finish: string | null) =>
      `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created: CREATED, model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
    const pieces = replyPieces(text).map((p) => chunk({ content: p }, null));
    const first = chunk({ role: 'assistant', content: '' }, null);
    if (mode === 'hang') return [first, ...pieces.slice(0, 1)];
    const end = [chunk({}, 'stop'), 'data: [DONE]\n\n'];
    if (mode !== 'garbage') return [first, ...pieces, ...end];
    const [a = '', b = '', c = ''] = GARBAGE_EVENTS;
    const half = Math.ceil(pieces.length / 2);
    return [first, a, ...pieces.slice(0, half), ': keep-alive\n\n', b, ...pieces.slice(half), c, ...end];
  }

  async function streamReply(res: http.ServerResponse, events: string[]): Promise<void> {
    res.writeHead(200, { ...CORS, 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    for (const event of events) {
      if (opts.chunkDelayMs) await new Promise((resolve) => setTimeout(resolve, opts.chunkDelayMs));
      // The reader may have stopped (aborted, or cut at its limit): stop writing to it.
      if (res.destroyed) return;
      res.write(event);
    }
    if (mode !== 'hang') res.end();
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { ...CORS, 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
}

/** Errors shaped as OpenAI's: `{ error: { message, type, param, code } }`. */
function sendError(res: http.ServerResponse, status: number, message: string, type: string, code: string | null = null): void {
  sendJson(res, status, { error: { message, type, param: null, code } });
}
