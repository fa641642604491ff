/**
 * The one place that imports the WebExtension API. Everything else imports `browser` from here,
 * so the polyfill can be dropped (Chrome ≥ 148 ships `browser` natively) without touching features.
 */
import browser from 'webextension-polyfill';

export type { Runtime, Tabs, Storage } from 'webextension-polyfill';
export default browser;
