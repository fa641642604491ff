import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

export type Target = 'chrome' | 'firefox';

/** Gecko id; also the key Firefox keys storage and the data-consent prompt on. */
export const GECKO_ID = 'rapport@rapport.app';

/**
 * The one manifest, with the per-browser differences applied here:
 * Firefox runs the background as an event page (`background.scripts`) and needs an add-on id
 * and the built-in data-consent declaration; Chrome runs it as a module service worker.
 */
export function manifestFor(target: Target): ManifestV3Export {
  const base = { ...manifest, version: pkg.version };
  // Inbox, People and Reconnect also in the browser's side panel / sidebar, next to the page.
  const panel = 'src/ui/panel/index.html';
  if (target === 'chrome') {
    return {
      ...base,
      minimum_chrome_version: '121',
      permissions: [...base.permissions, 'sidePanel'],
      side_panel: { default_path: panel },
    } as ManifestV3Export;
  }
  return {
    ...base,
    background: { scripts: [manifest.background.service_worker], type: 'module' },
    sidebar_action: { default_panel: panel, default_title: 'Rapport', default_icon: manifest.action.default_icon, open_at_install: false },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        // Rapport keeps everything on this device; nothing is collected.
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as unknown as ManifestV3Export;
}

export default defineConfig(({ mode }) => {
  const target: Target = (process.env.TARGET ?? mode) === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [crx({ manifest: manifestFor(target), browser: target })],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      chunkSizeWarningLimit: 300,
      // Extension pages the manifest does not name as such (the person card is a web-accessible
      // page that a content script frames): bundled like the popup and options pages.
      rollupOptions: { input: { card: 'src/ui/card/index.html', suggest: 'src/ui/suggest/index.html', panel: 'src/ui/panel/index.html' } },
    },
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  };
});
