/**
 * The in-page card: what a reader needs at a glance about a mention, next
 * to it. Both names (Latin and Arabic script), kind and maker, the status as
 * a shape and a word with its one-line reason, the article's differing claim,
 * the top risk, and a way to the full entry.
 */
import type { JSX } from 'preact';
import { StatusShape } from '../status-badge';
import type { CardData } from '../../lib/messages';

export interface CardProps {
  /** Null while the background is answering. */
  data: CardData | null;
  lang: 'ar' | 'en';
  onClose(): void;
  onMore(id: string): void;
}

export function Card({ data, lang, onClose, onMore }: CardProps): JSX.Element {
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  if (!data) {
    return (
      <div class="card" role="dialog" dir={dir} lang={lang} aria-busy="true" tabIndex={-1}>
        <div class="loading">…</div>
      </div>
    );
  }
  const { labels } = data;
  const [first, second] = lang === 'ar' ? [data.name.ar, data.name.en] : [data.name.en, data.name.ar];
  return (
    <div class="card" role="dialog" dir={dir} lang={lang} aria-labelledby="ol-card-title" tabIndex={-1} data-entity={data.id}>
      <header>
        <h2 id="ol-card-title">
          <bdi class="name">{first}</bdi>
          {second && second !== first ? (
            <bdi class="name-alt" lang={lang === 'ar' ? 'en' : 'ar'} dir="auto">
              {second}
            </bdi>
          ) : null}
        </h2>
        <button type="button" class="close" aria-label={labels.close} title={labels.close} onClick={onClose}>
          ×
        </button>
      </header>
      <p class="meta">
        <span class="kind">{labels.kind}</span>
        {data.maker ? (
          <span class="maker">
            {' · '}
            {labels.maker}: <bdi>{data.maker.name}</bdi>
          </span>
        ) : null}
      </p>
      <p class={`status status-${data.status}`} data-status={data.status}>
        <StatusShape status={data.status} />
        <strong class="status-label">{labels.status}</strong>
        <span class="reason">{data.reason}</span>
      </p>
      {data.claim ? (
        <div class="claim" data-claimed={data.claim.claimedStatus}>
          <p class="claim-label">
            {labels.articleSays}: <strong>{labels.claimedStatus}</strong>
          </p>
          <blockquote lang="ar" dir="rtl">
            {data.claim.quoteAr}
          </blockquote>
          {lang === 'en' ? <p class="claim-en">{data.claim.en}</p> : null}
        </div>
      ) : null}
      {data.risk ? (
        <p class="risk">
          <strong>{labels.risk}:</strong> {data.risk}
        </p>
      ) : null}
      <footer>
        <button type="button" class="more" onClick={() => onMore(data.id)}>
          {labels.more}
        </button>
      </footer>
    </div>
  );
}
