/**
 * The in-page card: what a reader needs at a glance about a mention, next
 * to it. Both names (Latin and Arabic script), kind and maker, the status as
 * a shape and a word with its one-line reason, the article's differing claim,
 * the top risk, and a way to the full entry.
 *
 * Plain DOM rather than Preact: the card is small, and the content script,
 * injected into every frame, must stay small. Every text from the knowledge
 * base (which the user can edit) is set as text, never as markup.
 */
import type { CardData } from '../../lib/messages';
import { statusShape } from './status-shape';

export interface CardHandlers {
  onClose(): void;
  onMore(id: string): void;
}

type Child = Node | string | null | undefined | false;

function el(doc: Document, tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) if (c) node.append(c);
  return node;
}

/** Builds the card element for `data` (null: still loading). */
export function buildCard(doc: Document, data: CardData | null, lang: 'ar' | 'en', handlers: CardHandlers): HTMLElement {
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  if (!data) {
    return el(doc, 'div', { class: 'card', role: 'dialog', dir, lang, 'aria-busy': 'true', tabindex: '-1' }, el(doc, 'div', { class: 'loading' }, '…'));
  }
  const { labels } = data;
  const [first, second] = lang === 'ar' ? [data.name.ar, data.name.en] : [data.name.en, data.name.ar];
  const close = el(doc, 'button', { type: 'button', class: 'close', 'aria-label': labels.close, title: labels.close }, '×');
  close.addEventListener('click', handlers.onClose);
  const more = el(doc, 'button', { type: 'button', class: 'more' }, labels.more);
  more.addEventListener('click', () => handlers.onMore(data.id));

  const title = el(
    doc,
    'h2',
    { id: 'ol-card-title' },
    el(doc, 'bdi', { class: 'name' }, first),
    second && second !== first ? el(doc, 'bdi', { class: 'name-alt', lang: lang === 'ar' ? 'en' : 'ar', dir: 'auto' }, second) : null,
  );
  const meta = el(
    doc,
    'p',
    { class: 'meta' },
    el(doc, 'span', { class: 'kind' }, labels.kind),
    data.maker ? el(doc, 'span', { class: 'maker' }, ' · ', `${labels.maker}: `, el(doc, 'bdi', {}, data.maker.name)) : null,
  );
  const status = el(
    doc,
    'p',
    { class: `status status-${data.status}`, 'data-status': data.status },
    statusShape(doc, data.status),
    el(doc, 'strong', { class: 'status-label' }, labels.status),
    el(doc, 'span', { class: 'reason' }, data.reason),
  );
  const claim = data.claim
    ? el(
        doc,
        'div',
        { class: 'claim', 'data-claimed': data.claim.claimedStatus },
        el(doc, 'p', { class: 'claim-label' }, `${labels.articleSays}: `, el(doc, 'strong', {}, labels.claimedStatus ?? '')),
        el(doc, 'blockquote', { lang: 'ar', dir: 'rtl' }, data.claim.quoteAr),
        lang === 'en' ? el(doc, 'p', { class: 'claim-en' }, data.claim.en) : null,
      )
    : null;
  const risk = data.risk ? el(doc, 'p', { class: 'risk' }, el(doc, 'strong', {}, `${labels.risk}:`), ' ', data.risk) : null;

  return el(
    doc,
    'div',
    { class: 'card', role: 'dialog', dir, lang, 'aria-labelledby': 'ol-card-title', tabindex: '-1', 'data-entity': data.id },
    el(doc, 'header', {}, title, close),
    meta,
    status,
    claim,
    risk,
    el(doc, 'footer', {}, more),
  );
}
