/** Where the built extension and the browsers are. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserName } from './types';

export const ROOT = resolve(import.meta.dirname, '..');

export function outDir(): string {
  return resolve(ROOT, process.env.OL_OUT_DIR || '.output');
}

export function builtExtensionDir(browser: BrowserName): string {
  const dir = resolve(outDir(), browser === 'chromium' ? 'chrome-mv3' : 'firefox-mv2');
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir}: run "npm run build" (or build:firefox) first.`);
  }
  return dir;
}

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

function find(envVar: string, candidates: string[], hint: string): string {
  const fromEnv = process.env[envVar];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(`${hint} not found. Install it (Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y ${
    envVar === 'CHROME_PATH' ? 'chromium' : 'firefox-esr'
  }) or set ${envVar} to its executable.`);
}

export const findChromium = () => find('CHROME_PATH', CHROMIUM_CANDIDATES, 'Chromium');
export const findFirefox = () => find('FIREFOX_PATH', FIREFOX_CANDIDATES, 'Firefox');
