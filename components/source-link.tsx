/**
 * One source of a statement: a web page (linked only when https) or a
 * paragraph of the seed article (shown on demand, in Arabic).
 */
import type { JSX } from 'preact';
import type { Source } from '../lib/kb/schema';
import { articleParagraph } from './article-text';
import { useT } from './i18n';
import { safeHttpsUrl } from './safe-url';

export function SourceLink({ source }: { source: Source }): JSX.Element {
  const t = useT();
  if (source.kind === 'article') {
    const text = articleParagraph(source.paragraph);
    return (
      <details class="ol-source ol-source-article" data-paragraph={source.paragraph}>
        <summary>{t('source_article', source.paragraph)}</summary>
        {text ? (
          <blockquote lang="ar" dir="rtl">
            {text}
          </blockquote>
        ) : null}
      </details>
    );
  }
  const href = safeHttpsUrl(source.url);
  if (!href) {
    return (
      <span class="ol-source ol-source-unsafe">
        <bdi>{source.title || source.url}</bdi> ({t('source_unsafe')})
      </span>
    );
  }
  return (
    <a class="ol-source ol-source-web" href={href} target="_blank" rel="noopener noreferrer">
      <bdi>{source.title || href}</bdi>
    </a>
  );
}

export function SourceList({ sources }: { sources: readonly Source[] }): JSX.Element {
  const t = useT();
  if (sources.length === 0) return <span class="ol-muted">{t('source_none')}</span>;
  return (
    <ul class="ol-sources">
      {sources.map((s, i) => (
        <li key={i}>
          <SourceLink source={s} />
        </li>
      ))}
    </ul>
  );
}
