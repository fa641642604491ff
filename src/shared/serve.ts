/** Server side of the messaging contracts: one `onMessage` listener per context. */
import browser, { type Runtime } from './browser';
import { contract, Request, TAG, tabContract, type BackgroundContract, type Contract, type Envelope, type Out, type Parsed, type TabContract } from './messages';

export type HandlersOf<C extends Contract> = {
  [M in keyof C & string]: (input: Parsed<M, C>, sender: Runtime.MessageSender) => Promise<Out<M, C>>;
};
export type Handlers = HandlersOf<BackgroundContract>;
export type TabHandlers = HandlersOf<TabContract>;

/** Validates a raw message and runs its handler. Exported for tests; `serve` wires it up. */
export async function dispatch<C extends Contract>(spec: C, handlers: HandlersOf<C>, raw: unknown, sender: Runtime.MessageSender): Promise<Envelope<unknown> | undefined> {
  const req = Request.safeParse(raw);
  if (!req.success || req.data.tag !== TAG) return undefined;
  const method = req.data.method;
  const entry = Object.hasOwn(spec, method) ? spec[method] : undefined;
  if (!entry) return fail('UnknownMethod', `no method "${method}"`);
  const input = entry.input.safeParse(req.data.input);
  if (!input.success) return fail('InvalidInput', input.error.issues.map(issueText).join('; '));
  try {
    const handler = handlers[method as keyof C & string] as (i: unknown, s: Runtime.MessageSender) => Promise<unknown>;
    const value = await handler(input.data, sender);
    return { ok: true, value: entry.output.parse(value) };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    return fail(e.name, e.message);
  }
}

function issueText(issue: { path: PropertyKey[]; message: string }): string {
  return `${issue.path.map(String).join('.') || 'input'}: ${issue.message}`;
}

function fail(name: string, message: string): Envelope<never> {
  return { ok: false, error: { name, message } };
}

function listen<C extends Contract>(spec: C, handlers: HandlersOf<C>, signal?: AbortSignal): void {
  const listener = (raw: unknown, sender: Runtime.MessageSender) => {
    // Returning undefined (not a promise) leaves foreign messages unanswered here.
    if (sender.id !== browser.runtime.id || (raw as { tag?: unknown } | null)?.tag !== TAG) return undefined;
    return dispatch(spec, handlers, raw, sender);
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => {
    try {
      browser.runtime.onMessage.removeListener(listener);
    } catch {
      // The extension context is gone, and the listener with it.
    }
  });
}

/** The background's listener. */
export function serve(handlers: Handlers): void {
  listen(contract, handlers);
}

/** A content script's listener, for as long as the script runs. */
export function serveTab(handlers: TabHandlers, signal: AbortSignal): void {
  listen(tabContract, handlers, signal);
}
