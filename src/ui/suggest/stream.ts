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
/** A server that stalls part-way is given up on too: what came is kept, with a note. */
const WHOLE_REPLY_MS = 45_000;

export function useEndpointStream(item: string, comment: string | undefined): { suggestions: Suggestion[]; note?: string } {
  const [state, setState] = useState<{ suggestions: Suggestion[]; note?: string }>({ suggestions: [] });
  useEffect(() => {
    if (comment === undefined) return;
    let text = '';
    let heard = false;
    const port = browser.runtime.connect({ name: SUGGEST_PORT });
    const fail = (why: string) => {
      settled();
      port.disconnect();
      setState((s) => ({ suggestions: s.suggestions, note: `${why} Showing the built-in suggestions.` }));
    };
    const firstWord = setTimeout(() => !heard && fail(`Your endpoint did not answer within ${FIRST_WORD_MS / 1000} s.`), FIRST_WORD_MS);
    const whole = setTimeout(() => fail(`Your endpoint stopped answering after ${WHOLE_REPLY_MS / 1000} s.`), WHOLE_REPLY_MS);
    const settled = () => {
      clearTimeout(firstWord);
      clearTimeout(whole);
    };
    port.onMessage.addListener((raw: unknown) => {
      const m = raw as StreamMessage;
      if ('delta' in m) {
        heard = true;
        text += m.delta;
        setState({ suggestions: parseModelReply(text, comment).map((t) => ({ text: t, intent: 'reply', provider: 'endpoint' })) });
      } else {
        settled();
        if ('error' in m) fail(`Your endpoint failed: ${m.error}`);
      }
    });
    port.postMessage({ item });
    return () => {
      settled();
      port.disconnect();
    };
  }, [item, comment]);
  return state;
}
