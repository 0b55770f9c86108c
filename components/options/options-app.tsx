/**
 * The options page: the knowledge base (browse, edit, add), settings, import
 * and export, and about. The address's hash picks what shows:
 * #entity=<id>, #search=<text>, #settings, #data, #about.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { LangContext, translator, type MessageKey } from '../i18n';
import { usePageLanguage } from '../page-language';
import { useSettings } from '../settings-store';
import { AboutPanel, type Shortcut } from './about-panel';
import { DataPanel } from './data-panel';
import { KbBrowser, type KbRoute } from './kb-browser';
import { SettingsPanel } from './settings-panel';

type View = 'kb' | 'settings' | 'data' | 'about';

export interface Route extends KbRoute {
  view: View;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [key, ...rest] = raw.split('=');
  const value = safeDecode(rest.join('='));
  if (key === 'entity' && value) return { view: 'kb', entity: value };
  if (key === 'search') return { view: 'kb', search: value };
  if (key === 'settings' || key === 'data' || key === 'about') return { view: key };
  return { view: 'kb' };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const VIEWS: Array<[View, MessageKey]> = [
  ['kb', 'nav_browse'],
  ['settings', 'nav_settings'],
  ['data', 'nav_data'],
  ['about', 'nav_about'],
];

export function OptionsApp({ shortcuts }: { shortcuts: () => Promise<Shortcut[]> }): JSX.Element {
  const settings = useSettings();
  const lang = usePageLanguage(settings);
  const t = translator(lang);
  const [route, setRoute] = useState<Route>(() => parseHash(location.hash));
  const [keys, setKeys] = useState<Shortcut[]>([]);

  useEffect(() => {
    const onHash = () => setRoute(parseHash(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    shortcuts().then(setKeys, () => setKeys([]));
  }, [lang]);
  useEffect(() => {
    document.title = t('options_title');
  }, [lang]);

  const navigate = (hash: string) => {
    location.hash = hash;
    if (!hash) setRoute(parseHash(''));
  };

  return (
    <LangContext.Provider value={lang}>
      <header class="ol-options-head">
        <h1>{t('options_title')}</h1>
        <nav aria-label={t('options_title')}>
          <ul>
            {VIEWS.map(([view, label]) => (
              <li key={view}>
                <a href={view === 'kb' ? '#' : `#${view}`} aria-current={route.view === view ? 'page' : undefined}>
                  {t(label)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main class="ol-options" data-view={route.view}>
        {route.view === 'kb' ? <KbBrowser route={route} navigate={navigate} /> : null}
        {route.view === 'settings' ? settings ? <SettingsPanel settings={settings} /> : <p>{t('loading')}</p> : null}
        {route.view === 'data' ? <DataPanel /> : null}
        {route.view === 'about' ? <AboutPanel shortcuts={keys} /> : null}
      </main>
    </LangContext.Provider>
  );
}
