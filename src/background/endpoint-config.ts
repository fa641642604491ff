import { EndpointConfig } from '../core/suggest/endpoint';
import browser from '../shared/browser';
import { ENDPOINT_KEY } from '../shared/storage-keys';

/**
 * The endpoint, when one is set. Its origin is asked for when it is saved, so that servers which do
 * not answer other origins (Ollama by default) can be reached; a server that allows any origin works
 * without it.
 */
export async function endpointConfig(): Promise<EndpointConfig | undefined> {
  const parsed = EndpointConfig.safeParse((await browser.storage.local.get(ENDPOINT_KEY))[ENDPOINT_KEY]);
  return parsed.success ? parsed.data : undefined;
}
