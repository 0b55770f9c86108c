/**
 * Helpers shared by the popup and options end-to-end tests: the UI language
 * setting, axe-core accessibility checks, screenshots, and waiting for the
 * knowledge base to be installed.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT, type ExtensionBrowser, type TestPage } from '../../harness';
import { playwrightPageOf } from '../../harness/chromium';

export const SCREENSHOT_DIR = resolve(ROOT, '.output/screenshots');

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return resolve(SCREENSHOT_DIR, `${name}.png`);
}

/** Merges `patch` into the stored settings, as the options page would. */
export async function patchSettings(browser: ExtensionBrowser, patch: Record<string, unknown>): Promise<void> {
  await browser.evalInExtension(async (p) => {
    // Firefox's extension pages have `browser`; Chromium's, `chrome`.
    const storage = ((globalThis as any).browser ?? (globalThis as any).chrome).storage.local;
    const { settings } = await storage.get('settings');
    await storage.set({ settings: { ...(settings ?? {}), ...p } });
  }, patch);
}

export async function readSettingsIn(browser: ExtensionBrowser): Promise<Record<string, unknown>> {
  return browser.evalInExtension(async () => ((await (globalThis as any).chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>);
}

/** Waits until the knowledge base holds `id` (the background seeds it on install). */
export async function waitForEntity(browser: ExtensionBrowser, id: string): Promise<void> {
  const page = await browser.openExtensionPage(`options.html#entity=${id}`);
  try {
    await page.waitFor((wanted) => document.querySelector(`[data-entity-detail="${wanted}"]`), id, 20_000);
  } finally {
    await page.close();
  }
}

const AXE_SOURCE = readFileSync(resolve(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeProblem {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Serious and critical axe-core violations on the page as it is now. */
export async function seriousAxeViolations(page: TestPage): Promise<AxeProblem[]> {
  // A string is evaluated by the driver itself, outside the page's CSP (which forbids eval).
  await page.evaluate(AXE_SOURCE as never);
  return page.evaluate(async () => {
    const axe = (window as any).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
      .map((v: any) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n: any) => String(n.target)) }));
  });
}

/** Puts a file into an <input type=file> and fires change, as picking it in the dialog does. */
export async function chooseFile(page: TestPage, selector: string, name: string, content: string): Promise<void> {
  await page.evaluate(
    ({ selector, name, content }) => {
      const input = document.querySelector(selector) as HTMLInputElement;
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], name, { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { selector, name, content },
  );
}

/** Types into a field from scratch. */
export async function typeInto(page: TestPage, selector: string, text: string): Promise<void> {
  await page.focus(selector);
  await page.evaluate((s) => {
    const el = document.querySelector(s) as HTMLInputElement;
    el.select?.();
  }, selector);
  await page.press('Backspace');
  await page.type(text);
}

export async function clickOn(page: TestPage, selector: string): Promise<void> {
  await page.waitFor((s) => document.querySelector(s), selector);
  await page.evaluate((s) => (document.querySelector(s) as HTMLElement).click(), selector);
}

export async function textOf(page: TestPage, selector: string): Promise<string> {
  return page.evaluate((s) => document.querySelector(s)?.textContent ?? '', selector);
}

/** Emulates the system's light or dark mode for one page (Chromium). */
export async function emulateColorScheme(page: TestPage, scheme: 'light' | 'dark'): Promise<void> {
  const raw = playwrightPageOf(page);
  if (!raw) throw new Error('colour-scheme emulation needs the Chromium driver');
  await raw.emulateMedia({ colorScheme: scheme });
}

/**
 * Adds `extra` fields to an entity's stored record in the extension's own
 * IndexedDB (as an import or a seed upgrade leaves it), and returns what puts
 * the record back.
 */
export async function withStoredEntity(browser: ExtensionBrowser, id: string, extra: Record<string, unknown>): Promise<() => Promise<void>> {
  const page = await browser.openExtensionPage('options.html');
  const edit = (arg: { id: string; extra: Record<string, unknown> | null; saved: unknown }) =>
    new Promise<unknown>((resolve, reject) => {
      const open = indexedDB.open('openness-lens');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('resolved', 'readwrite');
        const store = tx.objectStore('resolved');
        const get = store.get(arg.id);
        get.onsuccess = () => {
          const row = get.result;
          const saved = structuredClone(row.entity);
          row.entity = arg.extra ? { ...row.entity, ...arg.extra } : arg.saved;
          store.put(row);
          tx.oncomplete = () => {
            open.result.close();
            resolve(saved);
          };
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  try {
    const saved = await page.evaluate(edit, { id, extra, saved: null });
    return async () => {
      const again = await browser.openExtensionPage('options.html');
      try {
        await again.evaluate(edit, { id, extra: null, saved });
      } finally {
        await again.close();
      }
    };
  } finally {
    await page.close();
  }
}
