/**
 * The in-page card: what a reader needs at a glance about a mention, next
 * to it. It leads with the verdict (the status, large and in words, with one
 * short reason); what the page being read claims comes first when it makes a
 * claim; the evidence is a row of five marks that unfolds on demand; the
 * user's note, the source article's differing wording, risk notes,
 * corrections and expert grades follow, the longer ones folded.
 *
 * Plain DOM rather than Preact: the card is small, and the content script,
 * injected into every frame, must stay small. Every text from the knowledge
 * base (which the user can edit) is set as text, never as markup.
 */
import type { CardData } from '../../lib/messages';
import { safeHttpsUrl } from '../safe-url';
import { statusShape } from './status-shape';

/** What the page being read claims about the mention (the open-washing check). */
export interface PageClaim {
  claim: 'open' | 'open-weights' | 'closed' | null;
  verdict: 'overstated' | 'consistent' | 'understated' | null;
  /** The release the verdict was judged against, when the mention names one ("Gemma 3"). */
  release?: { name: string; status: string };
}

export interface CardHandlers {
  onClose(): void;
  onMore(id: string): void;
  /** Puts the card's text on the clipboard; resolves once done. */
  onCopy?(text: string): Promise<void>;
}

type Child = Node | string | null | undefined | false;

function el(doc: Document, tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) if (c) node.append(c);
  return node;
}

const GLYPHS: Record<string, string> = { yes: '✓', partial: '◐', no: '✕', unknown: '?', na: '–' };

/** Builds the card element for `data` (null: still loading). */
export function buildCard(
  doc: Document,
  data: CardData | null,
  lang: 'ar' | 'en',
  handlers: CardHandlers,
  pageClaim?: PageClaim | null,
): HTMLElement {
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  if (!data) {
    return el(doc, 'div', { class: 'card', role: 'dialog', dir, lang, 'aria-busy': 'true', tabindex: '-1' }, el(doc, 'div', { class: 'loading' }, '…'));
  }
  const text = (key: string) => data.text?.[key] ?? '';
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
  const isCompany = data.models !== undefined;
  const footer = el(doc, 'footer', {}, copyButton(doc, data, handlers), more);

  return el(
    doc,
    'div',
    { class: 'card', role: 'dialog', dir, lang, 'aria-labelledby': 'ol-card-title', tabindex: '-1', 'data-entity': data.id },
    el(doc, 'header', {}, title, close),
    meta,
    isCompany ? null : pageClaimBlock(doc, data, pageClaim),
    isCompany ? companyBlock(doc, data) : verdict(doc, data),
    releaseLine(doc, data),
    marksBlock(doc, data),
    data.note ? el(doc, 'p', { class: 'user-note' }, el(doc, 'strong', {}, `${text('note_label')}: `), data.note) : null,
    sourceArticleClaim(doc, data, lang),
    data.risk && !data.notes ? el(doc, 'p', { class: 'risk' }, el(doc, 'strong', {}, `${labels.risk}:`), ' ', data.risk) : null,
    notesBlock(doc, data),
    expertBlock(doc, data),
    footer,
  );
}

function verdict(doc: Document, data: CardData): HTMLElement {
  return el(
    doc,
    'div',
    { class: `status status-${data.status}`, 'data-status': data.status },
    el(
      doc,
      'p',
      { class: 'verdict' },
      statusShape(doc, data.status),
      el(doc, 'strong', { class: 'status-label' }, data.labels.status),
      data.text?.as_of ? el(doc, 'span', { class: 'as-of' }, data.text.as_of) : null,
    ),
    el(doc, 'p', { class: 'reason' }, data.reason),
  );
}

/** A company has no status: it is shown as a company, with its models and theirs. */
function companyBlock(doc: Document, data: CardData): HTMLElement {
  const models = data.models ?? [];
  return el(
    doc,
    'div',
    { class: 'company' },
    el(doc, 'p', { class: 'reason' }, data.reason),
    models.length > 0 ? el(doc, 'p', { class: 'section-label' }, data.text?.card_models ?? '') : null,
    models.length > 0
      ? el(
          doc,
          'ul',
          { class: 'models' },
          ...models.map((m) =>
            el(
              doc,
              'li',
              { class: `status-${m.status}`, 'data-status': m.status },
              statusShape(doc, m.status),
              el(doc, 'bdi', { class: 'model-name' }, m.name),
              el(doc, 'span', { class: 'status-label' }, m.statusLabel),
            ),
          ),
        )
      : null,
  );
}

/**
 * "The record says Restricted for Gemma 3.": the release a mention names was
 * judged on its own licence. The name is isolated, so a Latin name keeps its
 * place in an Arabic sentence.
 */
function releaseRecord(t: Record<string, string>, release: { name: string; status: string }): string {
  const status = t[`status_${release.status}`] ?? release.status;
  return (t.card_record_says_release ?? '').replace('$1', status).replace('$2', `\u2068${release.name}\u2069`);
}

/** First of all, when the mention carries one: what this page claims, beside the record. */
function pageClaimBlock(doc: Document, data: CardData, pageClaim?: PageClaim | null): HTMLElement | null {
  if (!pageClaim?.claim) return null;
  const t = data.text ?? {};
  const calls = (t.card_page_calls ?? '').replace('$1', t[`claim_${pageClaim.claim}`] ?? pageClaim.claim);
  // The record's reason follows at once in the status block, so it is not said twice.
  const record = pageClaim.release ? releaseRecord(t, pageClaim.release) : (t.card_record_says ?? '').replace('$1', data.labels.status);
  return el(
    doc,
    'div',
    { class: `page-claim verdict-${pageClaim.verdict ?? 'none'}`, 'data-verdict': pageClaim.verdict ?? '' },
    el(doc, 'p', {}, el(doc, 'strong', {}, calls)),
    el(doc, 'p', {}, pageClaim.verdict ? `${t[`verdict_${pageClaim.verdict}`] ?? ''} ` : '', record),
  );
}

/**
 * The release history, one release to a line with its date, status and
 * licence, oldest first. Names, dates and licences are each isolated, so Latin
 * names and dates keep their order in an Arabic card.
 */
function releaseLine(doc: Document, data: CardData): HTMLElement | null {
  if (!data.releases || data.releases.length < 2) return null;
  const comma = data.lang === 'ar' ? '، ' : ', ';
  const items = data.releases.map((r) =>
    el(
      doc,
      'span',
      { class: 'release' },
      el(doc, 'bdi', {}, r.name),
      ' ',
      el(doc, 'bdi', {}, `(${r.date})`),
      `: ${r.statusLabel}`,
      r.licence ? comma : null,
      r.licence ? el(doc, 'bdi', {}, r.licence) : null,
    ),
  );
  return el(doc, 'p', { class: 'releases' }, el(doc, 'strong', {}, `${data.text?.card_releases ?? ''}: `), ...items);
}

/** Five marks in a row; the row is a button that unfolds each mark's level and note. */
function marksBlock(doc: Document, data: CardData): HTMLElement | null {
  if (!data.marks) return null;
  const details = el(
    doc,
    'dl',
    { class: 'evidence', id: 'ol-card-evidence', hidden: '' },
    ...data.marks.flatMap((m) => [
      el(doc, 'dt', {}, m.label),
      el(doc, 'dd', { 'data-level': m.level }, m.levelLabel, m.note ? ` — ${m.note}` : ''),
    ]),
  );
  const row = el(
    doc,
    'button',
    { type: 'button', class: 'marks', 'aria-expanded': 'false', 'aria-controls': 'ol-card-evidence', title: data.text?.card_evidence ?? '' },
    ...data.marks.map((m) =>
      el(
        doc,
        'span',
        { class: 'mark', 'data-mark': m.key, 'data-level': m.level },
        el(doc, 'span', { class: 'glyph', 'aria-hidden': 'true' }, GLYPHS[m.level] ?? '?'),
        el(doc, 'span', { class: 'mark-label' }, m.label),
        el(doc, 'span', { class: 'sr-only' }, `: ${m.levelLabel}`),
      ),
    ),
  );
  row.addEventListener('click', () => {
    const open = row.getAttribute('aria-expanded') !== 'true';
    row.setAttribute('aria-expanded', String(open));
    details.hidden = !open;
  });
  return el(doc, 'div', { class: 'marks-block' }, row, details);
}

/** The source article's wording, named as what it is and kept apart from this page's claim. */
function sourceArticleClaim(doc: Document, data: CardData, lang: 'ar' | 'en'): HTMLElement | null {
  if (!data.claim) return null;
  return el(
    doc,
    'div',
    { class: 'claim', 'data-claimed': data.claim.claimedStatus },
    el(doc, 'p', { class: 'claim-label' }, `${data.labels.articleSays}: `, el(doc, 'strong', {}, data.labels.claimedStatus ?? '')),
    el(doc, 'blockquote', { lang: 'ar', dir: 'rtl' }, data.claim.quoteAr),
    lang === 'en' ? el(doc, 'p', { class: 'claim-en' }, data.claim.en) : null,
  );
}

function fold(doc: Document, cls: string, summary: string, ...body: Child[]): HTMLElement {
  return el(doc, 'details', { class: cls }, el(doc, 'summary', {}, summary), ...body);
}

function notesBlock(doc: Document, data: CardData): HTMLElement | null {
  const t = data.text ?? {};
  if (!data.notes && !data.corrections) return null;
  const notes = (data.notes ?? []).map((n) =>
    el(
      doc,
      'li',
      { class: `note-${n.type}` },
      el(doc, 'strong', {}, `${n.type === 'risk' ? t.detail_risks : t.detail_benefits}: `),
      n.text,
      n.source ? el(doc, 'span', { class: 'paragraph' }, ` — ${n.source}`) : null,
    ),
  );
  const corrections = (data.corrections ?? []).map((c) => el(doc, 'li', { class: 'correction' }, c));
  return fold(
    doc,
    'notes',
    t.card_notes ?? '',
    notes.length > 0 ? el(doc, 'ul', {}, ...notes) : null,
    corrections.length > 0 ? el(doc, 'p', { class: 'section-label' }, t.card_corrections ?? '') : null,
    corrections.length > 0 ? el(doc, 'ul', { class: 'corrections' }, ...corrections) : null,
  );
}

function expertBlock(doc: Document, data: CardData): HTMLElement | null {
  const x = data.expert;
  if (!x) return null;
  const t = data.text ?? {};
  return fold(
    doc,
    'expert',
    t.card_expert ?? '',
    x.osai ? el(doc, 'p', { class: 'section-label' }, t.card_expert_osai ?? '') : null,
    ...(x.osai ?? []).map((g) =>
      el(
        doc,
        'div',
        { class: 'grades' },
        el(doc, 'span', { class: 'group' }, g.group),
        ...g.grades.map((d) => gradeMark(doc, d)),
      ),
    ),
    x.mof ? el(doc, 'p', { class: 'mof' }, x.mof) : null,
    x.mofHolding ? el(doc, 'p', { class: 'mof-holding' }, x.mofHolding) : null,
    x.disagreement ? el(doc, 'p', { class: 'expert-differs' }, x.disagreement) : null,
  );
}

/** One Index grade: a square in the grade's style, a link to the Index's evidence where it cites one. */
function gradeMark(doc: Document, d: NonNullable<NonNullable<CardData['expert']>['osai']>[number]['grades'][number]): HTMLElement {
  const attrs = { class: 'grade', 'data-grade': d.grade ?? 'none', 'data-dimension': d.key, title: d.label };
  const label = el(doc, 'span', { class: 'sr-only' }, d.label);
  const href = d.link ? safeHttpsUrl(d.link) : null;
  return href ? el(doc, 'a', { ...attrs, href, target: '_blank', rel: 'noopener noreferrer' }, label) : el(doc, 'span', attrs, label);
}

function copyButton(doc: Document, data: CardData, handlers: CardHandlers): HTMLElement | null {
  const copyText = data.copyText;
  if (!copyText || !handlers.onCopy) return null;
  const label = data.text?.card_copy ?? 'Copy';
  const button = el(doc, 'button', { type: 'button', class: 'copy' }, label);
  button.addEventListener('click', () => {
    void handlers.onCopy!(copyText).then(() => {
      button.textContent = data.text?.card_copied ?? label;
    });
  });
  return button;
}
