/**
 * The language and colours an extension page shows, from the settings: sets
 * lang/dir on <html> and the per-status colour variables on :root.
 */
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { STATUSES } from '../lib/kb/status';
import type { Settings } from '../lib/settings';
import { applyDocumentLanguage, resolveLanguage, type Lang } from './i18n';

export function browserLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return navigator.language;
  }
}

export function usePageLanguage(settings: Settings | null): Lang {
  const lang = resolveLanguage(settings?.language ?? 'auto', browserLanguage());
  useEffect(() => {
    applyDocumentLanguage(document, lang);
  }, [lang]);
  useEffect(() => {
    const root = document.documentElement.style;
    for (const status of STATUSES) {
      const color = settings?.statusColors[status];
      if (color) root.setProperty(`--ol-${status}`, color);
      else root.removeProperty(`--ol-${status}`);
    }
  }, [settings?.statusColors]);
  return lang;
}
