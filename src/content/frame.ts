/**
 * The person card, floating over the page: a `<rapport-ui data-kind="person-card">` host whose
 * shadow root holds a close button and an extension-page frame. What the card shows (notes,
 * history) lives in that frame's document, which the page cannot read; the page sees only the frame.
 * One card at a time; Escape, the close button or navigating away closes it.
 */
import { HOST } from '../../content/mount';
import browser from '../../shared/browser';
import { CLOSE_CARD } from '../../ui/card/frame-messages';

export const CARD_PAGE = 'src/ui/card/index.html';

const css = `
:host { all: initial; position: fixed; z-index: 2147483646; top: 12px; right: 12px; }
.card { width: 380px; height: min(640px, calc(100vh - 24px)); background: #fff; border-radius: 12px;
  box-shadow: 0 8px 32px rgb(0 0 0 / 0.28); overflow: hidden; display: flex; flex-direction: column; }
.bar { display: flex; justify-content: space-between; align-items: center; padding: 4px 8px 4px 12px;
  font: 600 12px/20px system-ui, sans-serif; color: #444; background: #f3f4f6; }
button { all: unset; cursor: pointer; width: 24px; height: 24px; text-align: center; border-radius: 4px; font: 18px/24px system-ui; }
button:hover, button:focus-visible { background: #e5e7eb; }
iframe { border: 0; flex: 1; width: 100%; }`;

let open: { host: HTMLElement; close: () => void } | undefined;

export function openCard(itemId: string, author: string, opener: HTMLElement, signal: AbortSignal): void {
  open?.close();
  const host = document.createElement(HOST);
  host.setAttribute('data-kind', 'person-card');
  host.setAttribute('data-for', itemId);
  const root = host.attachShadow({ mode: 'open' });
  const style = Object.assign(document.createElement('style'), { textContent: css });
  const card = Object.assign(document.createElement('div'), { className: 'card' });
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-label', `Rapport: ${author}`);
  const bar = Object.assign(document.createElement('div'), { className: 'bar', textContent: 'Rapport' });
  const closeButton = Object.assign(document.createElement('button'), { type: 'button', textContent: '×', title: 'Close' });
  closeButton.setAttribute('aria-label', 'Close the card');
  const frame = document.createElement('iframe');
  frame.title = `Rapport card for ${author}`;
  frame.src = `${browser.runtime.getURL(CARD_PAGE)}?item=${encodeURIComponent(itemId)}`;
  bar.append(closeButton);
  card.append(bar, frame);
  root.append(style, card);
  document.documentElement.append(host);

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') close();
  };
  const onMessage = (e: MessageEvent) => {
    if (e.source === frame.contentWindow && e.data === CLOSE_CARD) close();
  };
  const close = () => {
    host.remove();
    document.removeEventListener('keydown', onKey, true);
    window.removeEventListener('message', onMessage);
    signal.removeEventListener('abort', close);
    if (open?.host === host) open = undefined;
    if (opener.isConnected) opener.focus();
  };
  closeButton.addEventListener('click', close);
  document.addEventListener('keydown', onKey, true);
  window.addEventListener('message', onMessage);
  signal.addEventListener('abort', close, { once: true });
  open = { host, close };
  closeButton.focus();
}
