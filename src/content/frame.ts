/**
 * An extension page floating over the site's page: a `<rapport-ui data-kind data-for>` host whose
 * shadow root holds a close button and the page's frame. What the frame shows (notes, history,
 * suggestion texts) lives in that frame's document, which the site cannot read; the site sees
 * only the frame. One at a time; Escape (here or in the frame), the close button or navigating
 * away closes it.
 */
import browser from '../shared/browser';
import { CLOSE_FRAME } from '../shared/frame-messages';
import type { HelperKind } from '../sites/types';
import { HOST } from './mount';

const css = `
:host { all: initial; position: fixed; z-index: 2147483646; top: 12px; right: 12px; }
.frame { width: 380px; height: min(640px, calc(100vh - 24px)); background: #fff; border-radius: 12px;
  box-shadow: 0 8px 32px rgb(0 0 0 / 0.28); overflow: hidden; display: flex; flex-direction: column; }
.bar { display: flex; justify-content: space-between; align-items: center; padding: 4px 8px 4px 12px;
  font: 600 12px/20px system-ui, sans-serif; color: #444; background: #f3f4f6; }
button { all: unset; cursor: pointer; width: 24px; height: 24px; text-align: center; border-radius: 4px; font: 18px/24px system-ui; }
button:hover, button:focus-visible { background: #e5e7eb; }
iframe { border: 0; flex: 1; width: 100%; }`;

export interface FrameOptions {
  kind: HelperKind;
  /** The item it is about (`data-for`). */
  for: string;
  /** The extension page, relative to the extension's root, and its query. */
  page: string;
  query: Record<string, string>;
  /** What the frame is, for screen readers ("Rapport card for Bob Ito"). */
  title: string;
  /** Focus goes back here when the frame closes. */
  opener?: HTMLElement;
  signal: AbortSignal;
}

let open: { host: HTMLElement; close: () => void } | undefined;

export function openFrame(o: FrameOptions): void {
  open?.close();
  const host = document.createElement(HOST);
  host.setAttribute('data-kind', o.kind);
  host.setAttribute('data-for', o.for);
  const root = host.attachShadow({ mode: 'open' });
  const style = Object.assign(document.createElement('style'), { textContent: css });
  const box = Object.assign(document.createElement('div'), { className: 'frame' });
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-label', o.title);
  const bar = Object.assign(document.createElement('div'), { className: 'bar', textContent: 'Rapport' });
  const closeButton = Object.assign(document.createElement('button'), { type: 'button', textContent: '×', title: 'Close' });
  closeButton.setAttribute('aria-label', 'Close');
  const frame = document.createElement('iframe');
  frame.title = o.title;
  // The browser's on-device model, where there is one, may be used from the frame.
  frame.allow = 'language-model';
  frame.src = `${browser.runtime.getURL(o.page)}?${new URLSearchParams(o.query)}`;
  bar.append(closeButton);
  box.append(bar, frame);
  root.append(style, box);
  document.documentElement.append(host);

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') close();
  };
  // The frame's own Escape: it can only say "close", which the site may read (or send) harmlessly.
  const onMessage = (e: MessageEvent) => {
    if (e.source === frame.contentWindow && e.data === CLOSE_FRAME) close();
  };
  const close = () => {
    host.remove();
    document.removeEventListener('keydown', onKey, true);
    window.removeEventListener('message', onMessage);
    o.signal.removeEventListener('abort', close);
    if (open?.host === host) open = undefined;
    if (o.opener?.isConnected) o.opener.focus();
  };
  closeButton.addEventListener('click', close);
  document.addEventListener('keydown', onKey, true);
  window.addEventListener('message', onMessage);
  o.signal.addEventListener('abort', close, { once: true });
  open = { host, close };
  closeButton.focus();
}
