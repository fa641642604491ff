// Dexie captures globalThis.indexedDB when first evaluated: fake-indexeddb/auto runs before this file.
import { vi } from 'vitest';

// Unit tests run outside an extension: modules that reach the WebExtension API at all get an empty
// one (tests that need it mock what they use).
vi.mock('webextension-polyfill', () => ({ default: {} }));
