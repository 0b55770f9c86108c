import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Openness Lens build configuration. The manifest is kept deliberately small:
// every permission listed here is pinned by tests/unit/manifest.test.ts and
// justified in the README's "Security and privacy" section.
export default defineConfig({
  // OL_OUT_DIR lets several builds (for example a benchmark and a test run) coexist.
  outDir: process.env.OL_OUT_DIR || '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus'],
    action: { default_title: '__MSG_extName__' },
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
