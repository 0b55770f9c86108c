import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Openness Lens build configuration. The manifest is kept deliberately small:
// every permission listed here is pinned by tests/e2e/manifest.e2e.ts and
// justified in docs/security-and-privacy.md.
const HIGHLIGHTS_CSS = 'highlights.css';
/** The script that reads and paints pages: entrypoints/lens, built as lens.js. */
const LENS = 'lens';
/** What every status's rule ends with (lib/dom/highlight-styles.ts), once minified. */
const SHARED_TAIL = ';text-underline-offset:3px;text-decoration-skip-ink:none}';

/** The rules ending in SHARED_TAIL, with it taken out and written once on all their selectors, in a rule before them. */
function sharedDeclarationsOnce(css: string): string {
  const lines = css.split('\n');
  const selectors = lines.filter((l) => l.endsWith(SHARED_TAIL)).map((l) => l.slice(0, l.indexOf('{')));
  if (selectors.length < 2) return css;
  const rest = lines.map((l) => (l.endsWith(SHARED_TAIL) ? l.slice(0, -SHARED_TAIL.length) + '}' : l));
  return [`${selectors.join(',')}{${SHARED_TAIL.slice(1)}`, ...rest].join('\n');
}

export default defineConfig({
  // OL_OUT_DIR lets several builds (for example a benchmark and a test run) coexist.
  outDir: process.env.OL_OUT_DIR || '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // No auto-imports: each module names what it uses. Auto-imports also pulled
  // components/i18n.ts, and Preact with it, into the content script (12 KB).
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    // The content script runs in every frame of every page, so it speaks to the browser's own API
    // (Chromium's chrome.* returns promises in MV3, Firefox's browser.* always has) instead of carrying
    // webextension-polyfill's 9.7 KB: wxt/browser is resolved there to the framework's plain global.
    // The extension's pages and background keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entry) => entry.name === LENS)) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        config.resolve!.alias = alias.filter((rule: { find: unknown }) => rule.find !== 'wxt/browser');
      } else if (alias) {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
    },
    // The highlight styles ship as a file the browser injects with the content
    // script: in force before the page is built (painting never restyles a
    // finished page), and invisible to the page's own script, which sees no
    // new entry in document.styleSheets or adoptedStyleSheets. See
    // lib/dom/highlight-sheet.ts.
    // Chromium inherits highlight styles, so the rules sit on :root alone (see
    // lib/dom/highlight-styles.ts); Firefox's must match every element.
    'build:publicAssets': async (wxt, files) => {
      const { highlightCss } = await import('./lib/dom/highlight-styles');
      const { currentMarkCss } = await import('./lib/dom/current-mark');
      const { claimMarkCss } = await import('./lib/dom/claim-mark');
      const scope = wxt.config.browser === 'firefox' ? '' : ':root';
      const css = `${highlightCss({}, scope)}\n${claimMarkCss(scope)}\n${currentMarkCss(scope)}\n`;
      // Injected into every frame: spaces around punctuation go (one rule a line stays, for review), and the
      // declarations every status rule ends with are written once, on all their selectors.
      files.push({ relativeDest: HIGHLIGHTS_CSS, contents: sharedDeclarationsOnce(css.replace(/ *([{};:]) */g, '$1').replace(/;}/g, '}')) });
    },
    // The page script is an unlisted script (see entrypoints/lens/index.ts), declared here: every frame of every
    // page, from the start of loading, with the highlight styles.
    'build:manifestGenerated': (_wxt, manifest) => {
      const lens = { matches: ['<all_urls>'], all_frames: true, run_at: 'document_start' as const, css: [HIGHLIGHTS_CSS], js: [`${LENS}.js`] };
      manifest.content_scripts = [...(manifest.content_scripts ?? []), lens];
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
