/**
 * The language the in-page card speaks. By default the page's own: a reader
 * of an Arabic page gets an Arabic card whatever the browser's language.
 * "browser" follows the extension's interface language setting (itself the
 * browser's unless the user chose one); "ar" and "en" fix it.
 */
import { resolveLanguage, type CardLanguage, type Lang, type UiLanguage } from '../settings';

/** The page's language from its root element, when it names Arabic or English (or, failing that, its direction). */
export function pageLanguage(root: { lang: string; dir: string }): Lang | null {
  const tag = root.lang.trim().toLowerCase();
  if (tag.startsWith('ar')) return 'ar';
  if (tag.startsWith('en')) return 'en';
  if (!tag && root.dir.toLowerCase() === 'rtl') return 'ar';
  return null;
}

export function cardLanguageOf(setting: CardLanguage, uiLanguage: UiLanguage, root: { lang: string; dir: string }, browserLanguage: string): Lang {
  if (setting === 'ar' || setting === 'en') return setting;
  const fromPage = setting === 'page' ? pageLanguage(root) : null;
  if (fromPage) return fromPage;
  return resolveLanguage(uiLanguage, browserLanguage);
}
