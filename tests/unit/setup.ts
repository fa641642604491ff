// Dexie captures globalThis.indexedDB when first evaluated: fake-indexeddb/auto runs before this file.
export {};
