/** What an extension frame may tell the site's page it sits in: only to close it. */
export const CLOSE_FRAME = 'rapport/close-frame';

/** In a site's frame, Escape closes it (the page's own listener never sees keys typed in the frame). */
export function closeOnEscape(): void {
  if (window === window.top) return;
  // On key up: closing on key down removes the frame while the key is still being delivered to it.
  addEventListener('keyup', (e) => {
    if (e.key === 'Escape') window.parent.postMessage(CLOSE_FRAME, '*');
  });
}
