/**
 * The UI's strings in Arabic and English, with no UI framework, so the
 * background (context menu, card data) can use them too.
 *
 * Both locales' messages.json files are bundled, not read through
 * `browser.i18n.getMessage`, because the user may pick a language other than
 * the browser's in the settings, and getMessage only knows the browser's.
 * The files keep Chrome's placeholder format so the manifest can use them too.
 */
import en from '../public/_locales/en/messages.json';
import ar from '../public/_locales/ar/messages.json';
import type { Kind, Level, Status } from './kb/schema';
import type { Lang } from './settings';

export type { Lang };
export type MessageKey = keyof typeof en;

interface ChromeMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const CATALOGS: Record<Lang, Record<string, ChromeMessage>> = { en, ar };

export function dirOf(lang: Lang): 'rtl' | 'ltr' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

/**
 * The message `key` in `lang`, with `$1`…`$9` filled from `args`. Falls back
 * to English, then to the key, so a missing string shows up but never breaks.
 */
export function translate(lang: Lang, key: MessageKey, ...args: Array<string | number>): string {
  const entry = CATALOGS[lang][key] ?? CATALOGS.en[key];
  if (!entry) return key;
  let text = entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? placeholder.content : whole;
  });
  text = text.replace(/\$(\d)/g, (_, n: string) => String(args[Number(n) - 1] ?? ''));
  return text.replace(/\$\$/g, '$');
}

export type Translate = (key: MessageKey, ...args: Array<string | number>) => string;

export function translator(lang: Lang): Translate {
  return (key, ...args) => translate(lang, key, ...args);
}

const STATUS_KEYS: Record<Status, MessageKey> = {
  open: 'status_open',
  'open-weights': 'status_open_weights',
  restricted: 'status_restricted',
  closed: 'status_closed',
  unknown: 'status_unknown',
};

export function statusLabel(lang: Lang, status: Status): string {
  return translate(lang, STATUS_KEYS[status]);
}

export function levelLabel(lang: Lang, level: Level): string {
  return translate(lang, `level_${level}` as MessageKey);
}

export function kindLabel(lang: Lang, kind: Kind): string {
  return translate(lang, `kind_${kind}` as MessageKey);
}

/** Sets `lang` and `dir` on the document root so the whole page flips for Arabic. */
export function applyDocumentLanguage(doc: Document, lang: Lang): void {
  doc.documentElement.lang = lang;
  doc.documentElement.dir = dirOf(lang);
}

/** An entity's name in the UI language (the other one as a fallback). */
export function nameIn(lang: Lang, name: { en: string; ar: string }): string {
  return (lang === 'ar' ? name.ar : name.en) || name.en || name.ar;
}
