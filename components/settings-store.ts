/**
 * Reading, following and updating the user's settings in storage.local from
 * the popup and options page. Writes merge into the freshest stored value,
 * so two open pages never undo each other's changes.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { readSettings, SETTINGS_KEY, type Settings } from '../lib/settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return readSettings(stored[SETTINGS_KEY]);
}

export async function updateSettings(change: (current: Settings) => Partial<Settings>): Promise<Settings> {
  const current = await loadSettings();
  const next = { ...current, ...change(current) };
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Adds or removes `hostname` from the excluded sites. */
export function setSiteHighlighting(hostname: string, on: boolean): Promise<Settings> {
  const host = hostname.toLowerCase();
  return updateSettings((s) => ({
    excludedSites: on ? s.excludedSites.filter((h) => h !== host) : [...new Set([...s.excludedSites, host])],
  }));
}

/** The settings, kept current as any page or the background changes them; null while loading. */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    loadSettings().then((s) => live && setSettings(s));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && changes[SETTINGS_KEY]) setSettings(readSettings(changes[SETTINGS_KEY].newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return settings;
}
