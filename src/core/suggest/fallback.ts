/**
 * Suggestions from the best provider that answers. A model may be slow, down, misconfigured or
 * silent; the user should never wait on it for long nor see nothing. Each provider gets a time
 * limit and its own abort signal; when it fails, the next one is asked and a note says why in the
 * user's words. The built-in suggestions come last, always: they are instant and cannot fail.
 */
import { builtinSuggestions } from './builtin';
import type { ProviderId, SuggestContext, Suggestion } from './types';

export type Provider = { id: ProviderId; suggest(ctx: SuggestContext, signal: AbortSignal): Promise<Suggestion[]> };

/** Runs `run` after `ms` and returns how to cancel it; tests pass one they fire themselves. */
export type SetTimer = (run: () => void, ms: number) => () => void;

export interface FallbackOptions {
  /** How long each provider may take before it is aborted and the next one asked. */
  timeoutMs: number;
  /** Aborted when the user stops waiting (or the view goes away): the built-in suggestions are shown at once. */
  signal?: AbortSignal;
  setTimer?: SetTimer;
}

const realTimer: SetTimer = (run, ms) => {
  const id = setTimeout(run, ms);
  return () => clearTimeout(id);
};

/** How each provider is named in a note. */
const NAMES: Record<ProviderId, string> = { endpoint: 'Your endpoint', 'on-device': 'The on-device model', builtin: 'The built-in suggestions' };
const SHOWING_BUILTIN = 'showing built-in suggestions';

type Outcome = { suggestions: Suggestion[] } | { failed: string } | { stopped: true };

/**
 * Asks `providers` in turn, best first, and returns the first non-empty answer, or the built-in
 * suggestions when none gives one. `notes` says, in order, each provider that did not answer, why,
 * and what comes instead: "Your endpoint did not answer within 8 s; showing built-in suggestions."
 */
export async function suggestWithFallback(
  providers: readonly Provider[],
  ctx: SuggestContext,
  opts: FallbackOptions,
): Promise<{ suggestions: Suggestion[]; notes: string[] }> {
  const notes: string[] = [];
  for (const [i, provider] of providers.entries()) {
    if (opts.signal?.aborted) break;
    const outcome = await ask(provider, ctx, opts);
    if ('suggestions' in outcome) return { suggestions: outcome.suggestions, notes };
    if ('stopped' in outcome) {
      notes.push(`Stopped waiting for ${lowerFirst(NAMES[provider.id])}; ${SHOWING_BUILTIN}.`);
      break;
    }
    const next = providers[i + 1]?.id;
    notes.push(`${NAMES[provider.id]} ${outcome.failed}; ${next && next !== 'builtin' ? `trying ${lowerFirst(NAMES[next])}` : SHOWING_BUILTIN}.`);
  }
  return { suggestions: builtinSuggestions(ctx), notes };
}

/**
 * One provider's answer within the time limit. A provider that ignores its abort signal is not
 * waited for: its late answer or error is dropped.
 */
async function ask(provider: Provider, ctx: SuggestContext, opts: FallbackOptions): Promise<Outcome> {
  const own = new AbortController();
  let settle: (outcome: Outcome) => void = () => {};
  const cut = new Promise<Outcome>((resolve) => (settle = resolve));
  const stop = () => {
    own.abort();
    settle({ stopped: true });
  };
  opts.signal?.addEventListener('abort', stop, { once: true });
  const cancelTimer = (opts.setTimer ?? realTimer)(() => {
    own.abort();
    settle({ failed: `did not answer within ${seconds(opts.timeoutMs)}` });
  }, opts.timeoutMs);

  const answer = (async (): Promise<Outcome> => {
    try {
      const suggestions = (await provider.suggest(ctx, own.signal)).filter((s) => s.text.trim());
      return suggestions.length ? { suggestions } : { failed: 'had no suggestions' };
    } catch (error) {
      return { failed: failure(error) };
    }
  })();
  try {
    return await Promise.race([answer, cut]);
  } finally {
    cancelTimer();
    opts.signal?.removeEventListener('abort', stop);
  }
}

/** "8 s", "1.5 s": how the time limit reads in a note. */
const seconds = (ms: number) => `${Number((ms / 1000).toFixed(1))} s`;

/** An error as a note says it: its message when it has one, kept short. */
function failure(error: unknown): string {
  const message = (error instanceof Error ? error.message : typeof error === 'string' ? error : '').replace(/\s+/g, ' ').trim();
  if (!message) return 'failed';
  return `failed (${message.length > 80 ? `${message.slice(0, 79)}…` : message})`;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
