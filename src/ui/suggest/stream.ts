/**
 * The endpoint's suggestions as they stream from the background. A failure, or no first word within
 * the time limit, leaves a note and the built-in suggestions (always shown) stand. `comment` is the
 * text being answered (links it holds may appear in a suggestion; others are dropped), or undefined
 * when no endpoint is set.
 */
import { useEffect, useState } from 'preact/hooks';
import { parseModelReply } from '../../core/suggest/prompt';
import type { Suggestion } from '../../core/suggest/types';
import browser from '../../shared/browser';
import { SUGGEST_PORT, type StreamMessage } from '../../shared/suggest-info';

const FIRST_WORD_MS = 15_000;

export function useEndpointStream(item: string, comment: string | undefined): { suggestions: Suggestion[]; note?: string } {
  const [state, setState] = useState<{ suggestions: Suggestion[]; note?: string }>({ suggestions: [] });
  useEffect(() => {
    if (comment === undefined) return;
    let text = '';
    let heard = false;
    const port = browser.runtime.connect({ name: SUGGEST_PORT });
    const fail = (why: string) => {
      port.disconnect();
      setState((s) => ({ suggestions: s.suggestions, note: `${why} Showing the built-in suggestions.` }));
    };
    const timer = setTimeout(() => !heard && fail(`Your endpoint did not answer within ${FIRST_WORD_MS / 1000} s.`), FIRST_WORD_MS);
    port.onMessage.addListener((raw: unknown) => {
      const m = raw as StreamMessage;
      if ('delta' in m) {
        heard = true;
        text += m.delta;
        setState({ suggestions: parseModelReply(text, comment).map((t) => ({ text: t, intent: 'reply', provider: 'endpoint' })) });
      } else if ('error' in m) {
        clearTimeout(timer);
        fail(`Your endpoint failed: ${m.error}`);
      } else clearTimeout(timer);
    });
    port.postMessage({ item });
    return () => {
      clearTimeout(timer);
      port.disconnect();
    };
  }, [item, comment]);
  return state;
}
