/**
 * "Look up “%s” in Openness Lens" on a text selection. Opens the options
 * page on the entity when the selection names one, else on a search for the
 * selected text (where the page offers to add it as a new entity).
 * The title follows the UI language setting.
 */
import { browser } from 'wxt/browser';
import { findByName, search } from '../../lib/kb/queries';
import { readSettings, resolveLanguage, SETTINGS_KEY } from '../../lib/settings';
import { translate } from '../../lib/ui-strings';

const MENU_ID = 'openness-lens-lookup';
/** A selection longer than this is not a name; it is cut before the lookup. */
const MAX_SELECTION = 120;

export interface ContextMenuDeps {
  /** The id of the entity the text names, or null. */
  lookup(text: string): Promise<string | null>;
}

/** Score of a search hit that is the name itself, up to a proclitic or a version (lib/kb/search.ts). */
const SURE_MATCH = 88;

/** The entity a selection names: an exact name or alias first, else a near-certain search hit. */
export async function lookupEntity(text: string): Promise<string | null> {
  const exact = await findByName(text);
  if (exact.length === 1) return exact[0]!.id;
  const [best, second] = await search(text, { limit: 2 });
  if (best && best.score >= SURE_MATCH && (!second || second.score < best.score)) return best.entity.id;
  return null;
}

async function menuTitle(): Promise<string> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  const lang = resolveLanguage(readSettings(stored[SETTINGS_KEY]).language, browser.i18n.getUILanguage());
  return translate(lang, 'menu_lookup');
}

/** The options page address for a selection: #entity=<id> or #search=<text>. */
export function lookupUrl(base: string, text: string, id: string | null): string {
  return id ? `${base}#entity=${encodeURIComponent(id)}` : `${base}#search=${encodeURIComponent(text)}`;
}

export function registerContextMenu(deps: ContextMenuDeps): void {
  const create = async () => {
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({ id: MENU_ID, title: await menuTitle(), contexts: ['selection'] });
  };
  // Menus persist across service-worker restarts; create them once per install or browser start.
  browser.runtime.onInstalled.addListener(() => void create());
  browser.runtime.onStartup?.addListener(() => void create());
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[SETTINGS_KEY]) {
      void menuTitle().then((title) => browser.contextMenus.update(MENU_ID, { title }).catch(() => create()));
    }
  });
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId !== MENU_ID) return;
    const text = (info.selectionText ?? '').trim().replace(/\s+/g, ' ').slice(0, MAX_SELECTION);
    if (!text) return;
    void (async () => {
      const id = await deps.lookup(text).catch(() => null);
      await browser.tabs.create({ url: lookupUrl(browser.runtime.getURL('/options.html'), text, id) });
    })();
  });
}
