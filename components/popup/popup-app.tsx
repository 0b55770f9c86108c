/**
 * The toolbar popup: what the page in this tab mentions, grouped by status,
 * each entry expandable to its full detail; a search over the whole
 * knowledge base; and the "highlight on this site" switch.
 */
import type { JSX } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { search as searchKb } from '../../lib/kb/queries';
import type { TabSummary } from '../../lib/messages';
import { isActiveOn } from '../../lib/settings';
import { LangContext, translator, useLang as useLangFromContext } from '../i18n';
import { usePageLanguage } from '../page-language';
import { SearchBox } from '../search-box';
import { setSiteHighlighting, useSettings } from '../settings-store';
import { EntryPanel } from './entry-panel';
import { hostOf, pageStateOf, type PopupEnv } from './popup-env';
import { TabEntityList } from './tab-entity-list';

/** How often the open popup refreshes the tab's summary (pages change while it is open). */
const SUMMARY_REFRESH_MS = 1500;

export function PopupApp({ env }: { env: PopupEnv }): JSX.Element {
  const settings = useSettings();
  const lang = usePageLanguage(settings);
  const t = translator(lang);
  const summary = useTabSummary(env);
  const [url, setUrl] = useState<string | undefined>(undefined);
  const [opened, setOpened] = useState<string | null>(null);

  useEffect(() => {
    if (env.tabId !== null) env.getTabUrl(env.tabId).then(setUrl, () => setUrl(undefined));
  }, [env]);

  const state = pageStateOf(summary, url ?? summary?.url);
  const host = hostOf(summary?.url ?? url);
  const search = useCallback(async (text: string) => (await searchKb(text, { limit: 8 })).map((hit) => hit.entity), []);

  return (
    <LangContext.Provider value={lang}>
      <div class="ol-popup">
        <header class="ol-popup-head">
          <h1>{t('extName')}</h1>
          <button type="button" class="ol-button" onClick={() => env.openOptions()}>
            {t('popup_open_options')}
          </button>
        </header>
        {settings && !settings.enabled ? <p class="ol-muted">{t('popup_globally_off')}</p> : null}
        {host && settings ? (
          <label class="ol-switch">
            <input
              type="checkbox"
              role="switch"
              data-site-switch={host}
              checked={isActiveOn({ ...settings, enabled: true }, host)}
              onChange={(e) => void setSiteHighlighting(host, (e.currentTarget as HTMLInputElement).checked)}
            />
            <span>
              {t('popup_site_toggle')} (<bdi>{host}</bdi>)
            </span>
          </label>
        ) : null}
        <SearchBox search={search} onOpen={setOpened} idPrefix="ol-popup-search" />
        {opened ? (
          <OpenedResult id={opened} env={env} onClose={() => setOpened(null)} />
        ) : (
          <main>
            <h2>{t('popup_title')}</h2>
            <PageBody state={state} summary={summary ?? null} env={env} />
          </main>
        )}
      </div>
    </LangContext.Provider>
  );
}

function PageBody({ state, summary, env }: { state: ReturnType<typeof pageStateOf>; summary: TabSummary | null; env: PopupEnv }): JSX.Element {
  const t = translator(useLangFromContext());
  switch (state) {
    case 'loading':
      return <p class="ol-muted">{t('loading')}</p>;
    case 'unsupported':
      return <p data-page-state="unsupported">{t('popup_unsupported')}</p>;
    case 'not-scanned':
      return <p data-page-state="not-scanned">{t('popup_not_ready')}</p>;
    case 'empty':
      return <p data-page-state="empty">{t('popup_none')}</p>;
    case 'ready':
      return <TabEntityList counts={summary!.entities} env={env} />;
  }
}

/** A search result opened in place of the page list, with a way back. */
function OpenedResult({ id, env, onClose }: { id: string; env: PopupEnv; onClose: () => void }): JSX.Element {
  const t = translator(useLangFromContext());
  return (
    <section class="ol-opened" aria-label={t('popup_search_result')}>
      <button type="button" class="ol-button" onClick={onClose} ref={(el) => el?.focus()}>
        {t('popup_back')}
      </button>
      <EntryPanel id={id} env={env} />
    </section>
  );
}

/** The tab's summary from the background, refreshed while the popup is open; undefined while loading. */
function useTabSummary(env: PopupEnv): TabSummary | null | undefined {
  const [summary, setSummary] = useState<TabSummary | null | undefined>(env.tabId === null ? null : undefined);
  useEffect(() => {
    if (env.tabId === null) return;
    const tabId = env.tabId;
    let live = true;
    const refresh = () =>
      env.getSummary(tabId).then(
        (s) => live && setSummary(s),
        () => live && setSummary(null),
      );
    void refresh();
    const timer = setInterval(refresh, SUMMARY_REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [env]);
  return summary;
}
