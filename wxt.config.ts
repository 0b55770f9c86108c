import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Openness Lens build configuration. The manifest is kept deliberately small:
// every permission listed here is pinned by tests/e2e/manifest.e2e.ts and
// justified in docs/security-and-privacy.md.
export default defineConfig({
  // OL_OUT_DIR lets several builds (for example a benchmark and a test run) coexist.
  outDir: process.env.OL_OUT_DIR || '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    // The early highlight sheet (entrypoints/highlight-sheet.ts) runs in every
    // frame before the page builds its DOM, ahead of the main content script.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        { matches: ['<all_urls>'], all_frames: true, run_at: 'document_start', js: ['highlight-sheet.js'] },
      ];
    },
    // The seed knowledge base ships inside the bundle: refuse to build with one
    // that fails its own check (schema, links, article quotes verbatim).
    'build:before': async (wxt) => {
      const { checkSeed } = await import('./lib/kb/seed-check');
      const { readSeedFiles } = await import('./scripts/kb-files');
      const result = checkSeed(readSeedFiles(wxt.config.root));
      if (!result.ok) throw new Error(`The knowledge-base seed is invalid:\n${result.problems.join('\n')}`);
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      // Firefox's build is MV2, where the popup command has its MV2 name.
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+O' },
      },
      'toggle-site': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_cmd_toggle_site__' },
      'next-mention': { suggested_key: { default: 'Alt+Shift+Period' }, description: '__MSG_cmd_next_mention__' },
      'previous-mention': { suggested_key: { default: 'Alt+Shift+Comma' }, description: '__MSG_cmd_previous_mention__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'openness-lens@openness-lens.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
