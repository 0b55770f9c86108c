/**
 * The toolbar popup: what the page in this tab mentions, as a compact list
 * grouped by status, each entry opening as its own view with a way back; a
 * search over the whole knowledge base; the "highlight on this site" switch;
 * and a link to the side panel.
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
import { ClaimsOnPage } from '../claims-on-page';
import { claimsOf, type PageClaim } from '../entity-extras';
import { EntryPanel } from './entry-panel';
import { hostOf, pageStateOf, type PageState, type PopupEnv } from './popup-env';
import { TabEntityList } from './tab-entity-list';

/** How often the open popup refreshes the tab's summary (pages change while it is open). */
const SUMMARY_REFRESH_MS = 1500;

export function PopupApp({ env }: { env: PopupEnv }): JSX.Element {
  const settings = useSettings();
  const lang = usePageLanguage(settings);
  const t = translator(lang);
  const summary = useTabSummary(env);
  const [url, setUrl] = useState<string | undefined>(undefined);
  const [opened, setOpened] = useState<{ id: string; count: number } | null>(null);

  useEffect(() => {
    if (env.tabId !== null) env.getTabUrl(env.tabId).then(setUrl, () => setUrl(undefined));
  }, [env]);

  const host = hostOf(summary?.url ?? url);
  const siteOff = !!(host && settings?.enabled && !isActiveOn(settings, host));
  const state: PageState | 'site-off' = siteOff ? 'site-off' : pageStateOf(summary, url ?? summary?.url);
  const search = useCallback(async (text: string) => (await searchKb(text, { limit: 8 })).map((hit) => hit.entity), []);

  return (
    <LangContext.Provider value={lang}>
      <div class="ol-popup">
        <header class="ol-popup-head">
          <h1>{t('extName')}</h1>
          <div class="ol-row">
            {env.openSidePanel ? (
              <button type="button" class="ol-button" data-open-panel onClick={() => env.openSidePanel!()}>
                {t('popup_open_panel')}
              </button>
            ) : null}
            <button type="button" class="ol-button" onClick={() => env.openOptions()}>
              {t('popup_open_options')}
            </button>
          </div>
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
        {opened ? (
          <OpenedEntity
            id={opened.id}
            count={opened.count}
            claims={claimsOf(summary)}
            env={env}
            onClose={() => setOpened(null)}
          />
        ) : (
          <>
            <SearchBox search={search} onOpen={(id) => setOpened({ id, count: countIn(summary, id) })} idPrefix="ol-popup-search" />
            <main>
              <h2>{t('popup_title')}</h2>
              {/* What the page claims comes first: it is the question the popup is opened to answer. */}
              {state === 'ready' ? (
                <ClaimsOnPage
                  claims={claimsOf(summary)}
                  onJump={env.tabId === null ? undefined : (entity, index) => void env.jumpToMention(env.tabId!, entity, index).catch(() => false)}
                />
              ) : null}
              <PageBody state={state} host={host} summary={summary ?? null} onOpen={(id, count) => setOpened({ id, count })} />
            </main>
          </>
        )}
      </div>
    </LangContext.Provider>
  );
}

function countIn(summary: TabSummary | null | undefined, id: string): number {
  return summary?.entities.find((e) => e.entity === id)?.count ?? 0;
}

interface PageBodyProps {
  state: PageState | 'site-off';
  host: string | null;
  summary: TabSummary | null;
  onOpen: (id: string, count: number) => void;
}

function PageBody({ state, host, summary, onOpen }: PageBodyProps): JSX.Element {
  const t = translator(useLangFromContext());
  switch (state) {
    case 'site-off':
      return (
        <p data-page-state="site-off">
          {t('popup_site_off', host ?? '')}
        </p>
      );
    case 'loading':
      return <p class="ol-muted">{t('loading')}</p>;
    case 'unsupported':
      return <p data-page-state="unsupported">{t('popup_unsupported')}</p>;
    case 'not-scanned':
      return <p data-page-state="not-scanned">{t('popup_not_ready')}</p>;
    case 'empty':
      return <p data-page-state="empty">{t('popup_none')}</p>;
    case 'ready':
      return <TabEntityList counts={summary!.entities} onOpen={onOpen} />;
  }
}

/** One entity in place of the page list, with a way back to the list. */
function OpenedEntity(props: { id: string; count: number; claims: PageClaim[]; env: PopupEnv; onClose: () => void }): JSX.Element {
  const t = translator(useLangFromContext());
  return (
    <section class="ol-opened" aria-label={t('popup_search_result')}>
      <button type="button" class="ol-button ol-back" data-back onClick={props.onClose} ref={(el) => el?.focus()}>
        {t('popup_back')}
      </button>
      <EntryPanel id={props.id} env={props.env} count={props.count} claims={props.claims} />
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
