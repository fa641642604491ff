/**
 * Calls back when a single-page app moves to another URL: the Navigation API where the browser
 * exposes it to content scripts, `popstate`, and a cheap URL check as the fallback for history
 * changes neither reports (pushState from the page's own world is invisible to us otherwise).
 */
export function onUrlChange(callback: (url: URL) => void, signal: AbortSignal, siteEvents: readonly string[] = []): void {
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    callback(new URL(last));
  };
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigatesuccess', check, { signal });
  nav?.addEventListener('currententrychange', check, { signal });
  addEventListener('popstate', check, { signal });
  // Some sites announce their own navigations with DOM events (named by the site adapter).
  for (const name of siteEvents) document.addEventListener(name, check, { signal });
  const timer = setInterval(check, 500);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}
