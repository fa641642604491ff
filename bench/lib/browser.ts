/** The built extension in Debian's Chromium, for the figures that are about the browser. */
import type { Page, Worker } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DIST, launchWithExtension, ROOT, type Launched } from '../../tests/e2e/chromium';

export { DIST, ROOT };

function newestMtime(p: string): number {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, name)));
  return newest;
}

/** Builds dist/chrome when it is missing or older than what it is built from. */
export function ensureChromeBuild(log: (line: string) => void): void {
  const manifest = path.join(DIST, 'manifest.json');
  const inputs = ['src', 'public', 'manifest.json', 'vite.config.ts', 'package.json'].map((p) => path.join(ROOT, p)).filter((p) => fs.existsSync(p));
  const built = fs.existsSync(manifest) ? fs.statSync(manifest).mtimeMs : 0;
  const source = Math.max(...inputs.map(newestMtime));
  if (built >= source) return;
  log(built ? 'dist/chrome is older than src: npm run build:chrome …' : 'no dist/chrome: npm run build:chrome …');
  execFileSync('npm', ['run', '--silent', 'build:chrome'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

export interface Bench extends Launched {
  dist: string;
  /** The service worker as it is now (it may have been stopped and started again). */
  currentWorker(): Promise<Worker>;
  /** Evaluates `expression` in the service worker, where `db` is Rapport's Dexie database. */
  inWorker<T>(expression: string): Promise<T>;
  extensionUrl(file: string): string;
  chromiumVersion(): Promise<string>;
}

export async function launch(dist = DIST): Promise<Bench> {
  const ext = await launchWithExtension({ dist });
  const currentWorker = async () => ext.context.serviceWorkers()[0] ?? (await ext.context.waitForEvent('serviceworker'));
  return {
    ...ext,
    dist,
    currentWorker,
    async inWorker<T>(expression: string) {
      // A string is evaluated by the debugger, so the worker's CSP does not apply.
      return (await currentWorker()).evaluate(`(async (db) => (${expression}))(globalThis.rapport.db)`) as Promise<T>;
    },
    extensionUrl: (file) => `chrome-extension://${ext.extensionId}/${file.replace(/^\//, '')}`,
    async chromiumVersion() {
      // The user agent string is reduced (156.0.0.0); the high-entropy value is the full version.
      const v = await (await currentWorker()).evaluate("navigator.userAgentData.getHighEntropyValues(['uaFullVersion']).then((v) => v.uaFullVersion)");
      return String(v);
    },
  };
}

/** Empties what pages fill (items, accounts, people, interactions); keeps identities. */
export function clearSeen(b: Bench): Promise<void> {
  return b.inWorker('db.transaction("rw", [db.items, db.accounts, db.people, db.interactions], () => Promise.all([db.items.clear(), db.accounts.clear(), db.people.clear(), db.interactions.clear()])).then(() => undefined)');
}

export async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 30_000, everyMs = 25): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export type { Page };
