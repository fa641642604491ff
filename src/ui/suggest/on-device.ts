/**
 * The browser's on-device model (Chrome's Prompt API, `LanguageModel`), the second tier: offered
 * only when `availability()` says it can run here, started only by the user's click (a first use
 * downloads the model, whose progress is shown), and its suggestions stream in. Everything stays on
 * this device, so the user's notes may be in its prompt.
 */
import { useEffect, useState } from 'preact/hooks';
import { buildPrompt, parseModelReply } from '../../core/suggest/prompt';
import type { SuggestContext, Suggestion } from '../../core/suggest/types';

/** The part of the Prompt API used here (webmachinelearning/prompt-api). */
interface LanguageModelApi {
  availability(options?: object): Promise<'unavailable' | 'downloadable' | 'downloading' | 'available'>;
  create(options: {
    initialPrompts: { role: 'system'; content: string }[];
    signal?: AbortSignal;
    monitor?: (m: EventTarget) => void;
  }): Promise<{ promptStreaming(input: string, options?: { signal?: AbortSignal }): ReadableStream<string>; destroy(): void }>;
}

const api = (): LanguageModelApi | undefined => (globalThis as { LanguageModel?: LanguageModelApi }).LanguageModel;

export interface OnDevice {
  /** 'none': not offered here. */
  state: 'none' | 'ready' | 'download' | 'working' | 'done';
  /** Download progress, 0–1, while the model downloads. */
  progress?: number;
  suggestions: Suggestion[];
  note?: string;
  start(): void;
}

export function useOnDevice(ctx: SuggestContext | undefined): OnDevice {
  const [state, setState] = useState<OnDevice['state']>('none');
  const [progress, setProgress] = useState<number>();
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [note, setNote] = useState<string>();
  useEffect(() => {
    const model = api();
    if (!ctx || !model) return;
    void model.availability().then(
      (a) => setState(a === 'available' ? 'ready' : a === 'unavailable' ? 'none' : 'download'),
      () => setState('none'),
    );
  }, [ctx?.item.id]);
  const start = () => {
    const model = api();
    if (!ctx || !model) return;
    setState('working');
    const prompt = buildPrompt(ctx, { includeNotes: true });
    void (async () => {
      const session = await model.create({
        initialPrompts: [{ role: 'system', content: prompt.system }],
        monitor: (m) => m.addEventListener('downloadprogress', (e) => setProgress((e as Event & { loaded: number }).loaded)),
      });
      let text = '';
      const reader = session.promptStreaming(prompt.user).getReader();
      for (let r = await reader.read(); !r.done; r = await reader.read()) {
        text += r.value;
        setSuggestions(parseModelReply(text, ctx.item.text).map((t) => ({ text: t, intent: 'reply', provider: 'on-device' })));
      }
      session.destroy();
      setState('done');
    })().catch((e: unknown) => {
      setNote(`The on-device model failed (${e instanceof Error ? e.message : String(e)}). Showing the built-in suggestions.`);
      setState('done');
    });
  };
  return { state, progress, suggestions, note, start };
}
