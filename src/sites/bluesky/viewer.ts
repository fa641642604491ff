/**
 * The signed-in account. The app persists its session in localStorage.BSKY_STORAGE
 * (state/persisted/schema.ts: session.currentAccount, whose handle newer versions drop, keeping
 * only the did that points into session.accounts[]); content scripts share the page's storage.
 * The left nav's Profile link (/profile/<handle>) is the fallback.
 */
import { normaliseHandle } from '../../core/handles';
import { sel } from './selectors';

const STORAGE_KEY = 'BSKY_STORAGE';

interface StoredAccount {
  did?: string;
  handle?: string;
}
interface Stored {
  session?: { accounts?: StoredAccount[]; currentAccount?: StoredAccount };
}

let memo: { raw: string; handle: string | undefined } | undefined;

export function viewerHandle(doc: Document): string | undefined {
  return fromStorage(doc) ?? fromNav(doc);
}

function fromStorage(doc: Document): string | undefined {
  let raw: string | null | undefined;
  try {
    raw = doc.defaultView?.localStorage.getItem(STORAGE_KEY);
  } catch {
    return undefined; // storage blocked
  }
  if (!raw) return undefined;
  if (memo?.raw !== raw) memo = { raw, handle: parseStored(raw) };
  return memo.handle;
}

function parseStored(raw: string): string | undefined {
  try {
    const session = (JSON.parse(raw) as Stored).session;
    const current = session?.currentAccount;
    const handle = current?.handle ?? session?.accounts?.find((a) => a.did && a.did === current?.did)?.handle;
    return usable(handle);
  } catch {
    return undefined;
  }
}

function fromNav(doc: Document): string | undefined {
  const href = doc.querySelector(sel.profileNavLink)?.getAttribute('href') ?? '';
  return usable(/^\/profile\/([^/?#]+)/.exec(href)?.[1]);
}

/** A handle, not a did (`makeProfileLink` falls back to the did) nor the "handle.invalid" placeholder. */
function usable(handle: string | undefined): string | undefined {
  if (!handle || handle.startsWith('did:') || handle === 'handle.invalid') return undefined;
  return normaliseHandle('bluesky', handle);
}
