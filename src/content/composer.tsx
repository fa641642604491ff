/**
 * Writing into the page's composers on the extension's behalf (reply suggestions, templates, hints):
 * remembers where the caret was in each composer, answers `composer.insert` from the extension, and
 * when a site's editor refuses the text, puts it on the clipboard with a clear instruction beside
 * the composer. Never submits anything.
 */
import { rememberCaret } from '../sites/shared/insert';
import type { Composer, SiteAdapter } from '../sites/types';
import { serveTab } from '../shared/serve';
import { showBeside } from './mount';

const HINT_CSS = `
:host { all: initial; display: block; margin: 6px 0; }
p { margin: 0; font: 13px/1.4 system-ui, sans-serif; color: #1f2328; background: #fff8c5; border: 1px solid #d4a72c; border-radius: 6px; padding: 6px 8px; }
kbd { font: 600 12px ui-monospace, monospace; border: 1px solid #d0d7de; border-radius: 4px; padding: 0 4px; background: #fff; }`;

export function serveComposers(site: SiteAdapter, signal: AbortSignal): void {
  let lastUsed: Element | undefined;
  const remember = (target: EventTarget | null) => {
    const field = target instanceof Element ? target.closest(site.composerSelector) : null;
    if (field instanceof HTMLElement) {
      rememberCaret(field);
      lastUsed = field;
    }
  };
  // Leaving the composer (to click a suggestion, say) is when its caret must be kept.
  document.addEventListener('focusout', (e) => remember(e.target), { capture: true, signal });
  document.addEventListener('selectionchange', () => remember(document.activeElement), { signal });

  const composers = (): Composer[] => {
    const ctx = { url: new URL(location.href), now: Date.now() };
    return [...document.querySelectorAll(site.composerSelector)].map((f) => site.readComposer(f, ctx)).filter((c): c is Composer => !!c);
  };

  serveTab(
    {
      'composer.insert': async ({ text, for: target }) => {
        const open = composers();
        const composer = (target && open.find((c) => c.replyTo === target)) || open.find((c) => c.field === lastUsed) || open[0];
        if (!composer) return { ok: false, via: 'none', reason: 'no composer is open on this page' };
        const outcome = await site.insertText(composer, text);
        if (outcome.ok) return outcome;
        const copied = await copyToClipboard(text);
        showPasteHint({ ...composer, field: outcome.field ?? composer.field }, copied, signal);
        return { ok: false, via: copied ? 'clipboard' : 'none', reason: outcome.reason };
      },
    },
    signal,
  );
}

function showPasteHint(composer: Composer, copied: boolean, signal: AbortSignal): void {
  const hint = new AbortController();
  signal.addEventListener('abort', () => hint.abort(), { once: true });
  const key = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘V' : 'Ctrl+V';
  showBeside(
    composer.field,
    'paste-hint',
    composer.replyTo,
    <p role="status">
      {copied ? (
        <>
          This box did not accept Rapport’s text, so it is on your clipboard: click into the box and press <kbd>{key}</kbd>.
        </>
      ) : (
        <>This box did not accept Rapport’s text, and the clipboard was not available: copy it from Rapport instead.</>
      )}
    </p>,
    HINT_CSS,
    hint.signal,
  );
  // Gone once the user pastes (rich editors handle a paste without any input event), types, or after a while.
  const done = (e: Event) => e.isTrusted && hint.abort();
  composer.field.addEventListener('paste', done, { signal: hint.signal });
  composer.field.addEventListener('input', done, { signal: hint.signal });
  setTimeout(() => hint.abort(), 20_000);
}

async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Without focus or permission the async clipboard refuses; the copy command may still work.
    const area = Object.assign(document.createElement('textarea'), { value: text });
    area.style.cssText = 'position:fixed;opacity:0;pointer-events:none';
    document.documentElement.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}
