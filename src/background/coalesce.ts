/**
 * Runs `work` once writes pause: a burst of calls (a long page read in batches) costs one run, and a
 * call made while it runs asks for one more run after it. Errors go to `onError`.
 */
export function coalesced(work: () => Promise<unknown>, delayMs: number, onError: (error: unknown) => unknown): () => void {
  let running: Promise<void> | undefined;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        await work();
      } while (again);
    })()
      .catch((error: unknown) => void onError(error))
      .finally(() => (running = undefined));
  };
}
