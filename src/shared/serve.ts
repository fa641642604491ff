/** Server side of the messaging contract: the background's one `onMessage` listener. */
import browser, { type Runtime } from './browser';
import { contract, Request, TAG, type Envelope, type Method, type Out, type Parsed } from './messages';

export type Handlers = {
  [M in Method]: (input: Parsed<M>, sender: Runtime.MessageSender) => Promise<Out<M>>;
};

/** Validates a raw message and runs its handler. Exported for tests; `serve` wires it up. */
export async function dispatch(
  handlers: Handlers,
  raw: unknown,
  sender: Runtime.MessageSender,
): Promise<Envelope<unknown> | undefined> {
  const req = Request.safeParse(raw);
  if (!req.success || req.data.tag !== TAG) return undefined;
  const method = req.data.method as Method;
  const spec = contract[method];
  if (!spec) return fail('UnknownMethod', `no method "${req.data.method}"`);
  const input = spec.input.safeParse(req.data.input);
  if (!input.success) return fail('InvalidInput', input.error.issues.map(issueText).join('; '));
  try {
    const handler = handlers[method] as (i: unknown, s: Runtime.MessageSender) => Promise<unknown>;
    const value = await handler(input.data, sender);
    return { ok: true, value: spec.output.parse(value) };
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

export function serve(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
    // Returning undefined (not a promise) leaves foreign messages unanswered here.
    if (sender.id !== browser.runtime.id || (raw as { tag?: unknown } | null)?.tag !== TAG) return undefined;
    return dispatch(handlers, raw, sender);
  });
}
