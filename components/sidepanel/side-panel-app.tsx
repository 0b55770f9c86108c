/**
 * The side panel: stays open while reading and follows the active tab. It
 * shows the page's openness mix, the claims the page makes, and every
 * mention with the sentence around it, grouped by entity; a click takes the
 * page to that mention and marks it. "Copy" gives an entity's evidence as a
 * short bilingual text.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { getEntities } from '../../lib/kb/queries';
import type { Entity } from '../../lib/kb/schema';
import { entityStatus } from '../../lib/kb/status';
import type { PageMention, TabSummary } from '../../lib/messages';
import { ClaimsOnPage } from '../claims-on-page';
import { isMaker } from '../entity-detail';
import { claimsOf } from '../entity-extras';
import { evidenceText } from '../evidence-text';
import { LangContext, nameIn, translator, useLang, useT } from '../i18n';
import { usePageLanguage } from '../page-language';
import { useSettings } from '../settings-store';
import { StatusBadge } from '../status-badge';
import { useLiveQuery } from '../use-live-query';
import { OpennessMix } from './openness-mix';
import type { PanelEnv } from './panel-env';

/** How often the open panel re-reads the page (pages change while one reads them). */
const REFRESH_MS = 1500;

interface PageView {
  tabId: number | null;
  summary: TabSummary | null;
  mentions: PageMention[];
}

export function SidePanelApp({ env }: { env: PanelEnv }): JSX.Element {
  const settings = useSettings();
  const lang = usePageLanguage(settings);
  const t = translator(lang);
  const page = usePageView(env);
  return (
    <LangContext.Provider value={lang}>
      <main class="ol-panel">
        <h1>{t('panel_title')}</h1>
        {page === undefined ? <p class="ol-muted">{t('loading')}</p> : <PanelBody page={page} env={env} />}
      </main>
    </LangContext.Provider>
  );
}

function PanelBody({ page, env }: { page: PageView; env: PanelEnv }): JSX.Element {
  const t = useT();
  const ids = [...new Set(page.mentions.map((m) => m.entity))];
  const entities = useLiveQuery(async () => new Map((await getEntities(ids)).flatMap((e) => (e ? [[e.id, e] as const] : []))), [ids.join(',')]);
  if (page.tabId === null || page.mentions.length === 0) return <p data-panel-state="empty">{t('panel_no_mentions')}</p>;
  const known = entities.state === 'ready' ? entities.value : new Map<string, Entity>();
  const claims = claimsOf(page.summary);
  const jump = (entity: string, index: number) => void env.jumpToMention(page.tabId!, entity, index).catch(() => false);
  // Companies have no status: they stay out of the mix. Each mention counts with the status it is painted in, which
  // for a release named with its version ("Gemma 3") is the release's, not the family's.
  const modelCounts = page.mentions
    .filter((m) => !(known.get(m.entity) && isMaker(known.get(m.entity)!)))
    .map((m) => ({ status: m.status, count: 1 }));
  return (
    <>
      <OpennessMix counts={modelCounts} />
      <ClaimsOnPage claims={claims} onJump={jump} />
      <h2>{t('panel_mentions')}</h2>
      {modelsFirst(ids, known).map((id) => (
        <EntityMentions key={id} id={id} entity={known.get(id)} mentions={page.mentions.filter((m) => m.entity === id)} onJump={jump} env={env} />
      ))}
    </>
  );
}

/** Models in page order, then the companies (which have no status to show). */
function modelsFirst(ids: string[], known: Map<string, Entity>): string[] {
  const maker = (id: string) => (known.get(id) && isMaker(known.get(id)!) ? 1 : 0);
  return [...ids].sort((a, b) => maker(a) - maker(b));
}

interface EntityMentionsProps {
  id: string;
  entity: Entity | undefined;
  mentions: PageMention[];
  onJump: (entity: string, index: number) => void;
  env: PanelEnv;
}

function EntityMentions({ id, entity, mentions, onJump, env }: EntityMentionsProps): JSX.Element {
  const t = useT();
  const lang = useLang();
  const [copied, setCopied] = useState('');
  const maker = entity ? isMaker(entity) : false;
  async function copy() {
    if (!entity) return;
    try {
      await env.copyText(evidenceText(entity));
      setCopied(t('panel_copied'));
    } catch {
      setCopied(t('panel_copy_failed'));
    }
  }
  return (
    <section class="ol-panel-entity" data-panel-entity={id} aria-labelledby={`ol-pe-${id}`}>
      <div class="ol-panel-entity-head">
        <h3 id={`ol-pe-${id}`}>
          <bdi>{entity ? nameIn(lang, entity.name) : id}</bdi>
        </h3>
        {maker ? null : <StatusBadge status={entity ? entityStatus(entity) : mentions[0]!.status} />}
        {entity && !maker ? (
          <button type="button" class="ol-button" data-copy={id} onClick={() => void copy()}>
            {t('panel_copy')}
          </button>
        ) : null}
        <span role="status" class="ol-live" data-copy-status>
          {copied}
        </span>
      </div>
      <ol class="ol-mention-list">
        {mentions.map((m) => (
          <li key={m.index}>
            <button
              type="button"
              class="ol-mention"
              data-mention={`${id}:${m.index}`}
              aria-label={`${t('panel_show_mention', m.index + 1, mentions.length)}: ${m.sentence}`}
              onClick={() => onJump(id, m.index)}
            >
              <span dir="auto">
                {m.sentence.slice(0, m.at)}
                <mark>{m.sentence.slice(m.at, m.at + m.length)}</mark>
                {m.sentence.slice(m.at + m.length)}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The current tab's summary and mentions, re-read on a timer and whenever the active tab changes. */
function usePageView(env: PanelEnv): PageView | undefined {
  const [view, setView] = useState<PageView | undefined>(undefined);
  useEffect(() => {
    let live = true;
    let running = false;
    async function refresh() {
      if (running) return;
      running = true;
      try {
        const tabId = await env.currentTabId();
        if (tabId === null) {
          if (live) setView({ tabId, summary: null, mentions: [] });
          return;
        }
        // A tab that never answers (still loading, or no content script) must not hold the panel up.
        const [summary, mentions] = await Promise.all([
          withinTime(env.getSummary(tabId), null),
          withinTime(env.listMentions(tabId), [] as PageMention[]),
        ]);
        if (live) setView((old) => (old && sameView(old, tabId, summary, mentions) ? old : { tabId, summary, mentions }));
      } finally {
        running = false;
      }
    }
    void refresh();
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    const unwatch = env.watchTabs(() => void refresh());
    return () => {
      live = false;
      clearInterval(timer);
      unwatch();
    };
  }, [env]);
  return view;
}

/** How long one question to the tab or the background may take before the panel moves on. */
const ANSWER_MS = 1200;

function withinTime<T>(promise: Promise<T>, fallback: T): Promise<T> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ANSWER_MS);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}

/** Keeps the same view object when nothing changed, so the panel does not re-render every tick. */
function sameView(old: PageView, tabId: number, summary: TabSummary | null, mentions: PageMention[]): boolean {
  return old.tabId === tabId && JSON.stringify([old.summary, old.mentions]) === JSON.stringify([summary, mentions]);
}
