/**
 * JSON text from a file the user picked: parsed without ever throwing, and with the keys that can
 * reach an object's prototype refused. JSON.parse itself stores `"__proto__"` as a plain key, but
 * any later code that copies such an object key by key would change the prototype of every object
 * in the app. Refusing these keys outright is simpler than proving no code ever copies.
 *
 * Shared by the Rapport export (format.ts) and the Reddit Enhancement Suite backup, whose oldest
 * form holds JSON text inside JSON (res.ts); a module of its own keeps the two from importing
 * each other.
 */

const REFUSED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

class RefusedKey extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

function refuseKeys(key: string, value: unknown): unknown {
  if (REFUSED_KEYS.has(key)) throw new RefusedKey(key);
  return value;
}

export type JsonResult = { ok: true; value: unknown } | { ok: false; reason: string };

/** Parses untrusted JSON text; a refused key anywhere, at any depth, rejects the whole text. */
export function parseJson(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text, refuseKeys) };
  } catch (error) {
    if (error instanceof RefusedKey) {
      return { ok: false, reason: `The file holds a key named "${error.key}", which is refused: such keys can tamper with the app.` };
    }
    return { ok: false, reason: 'The file is not valid JSON (it may be damaged or cut short), so it cannot be imported.' };
  }
}

/** A plain JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
