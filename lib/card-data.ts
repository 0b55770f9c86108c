/**
 * What the in-page card shows about one entity, built in the background
 * (which holds the knowledge base and the string tables) and sent to the
 * content script as plain data: the verdict with one short reason, the five
 * evidence marks, the user's note, releases, risk notes, corrections, expert
 * grades, a company's models, and a bilingual text for the clipboard.
 *
 * Releases, corrections and expert grades are optional fields of an entity;
 * they are read defensively, so an entity without them still gives a card.
 */
import { ARTICLE_DATE } from './kb/article';
import type { Entity, Evidence, GeneralNotes, Level, Note, Source, Status } from './kb/schema';
import { expertView } from './expert/grades-view';
import { entityRecord, judgedAgainst } from './claims/verdict';
import { entityStatus, STATUSES } from './kb/status';
import type { CardData } from './messages';
import { kindLabel, levelLabel, nameIn, statusLabel, translate, type Lang, type MessageKey } from './ui-strings';

interface Release {
  name: string;
  date: string;
  licence?: string;
  status: Status;
  sources?: Source[];
}
type Grade = 'open' | 'partial' | 'closed' | null;
interface EntityExtras {
  releases?: Release[];
  corrections?: Array<{ text: { en: string; ar: string } }>;
  expert?: {
    osai?: { dimensions?: Record<string, Grade | { grade?: Grade; value?: Grade }> };
    mof?: { class?: 1 | 2 | 3 | null };
  };
}

export interface CardContext {
  maker?: Entity;
  /** A company's or organization's models. */
  models?: Entity[];
  note?: string;
  general?: GeneralNotes;
  /** The name the page uses ("Kimi K2"): the card leads with the release it names. */
  name?: string;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The first sentence: the card gives one short reason; the full one is in the evidence. */
export function firstSentence(text: string): string {
  const line = oneLine(text);
  const end = line.search(/[.؛;!?؟](\s|$)/);
  if (end <= 0 || end >= line.length - 1) return line;
  // A clause ending in a semicolon reads as the sentence it is.
  const stop = /[;؛]/.test(line[end]!) ? '.' : line[end]!;
  return line.slice(0, end) + stop;
}

const MARKS = ['weights', 'trainingCode', 'trainingData', 'licence', 'commercialUse'] as const;

/** The Index's dimensions, in its own three groups. */
const OSAI_GROUPS: Array<[MessageKey, string[]]> = [
  ['card_expert_availability', ['datasources_basemodel', 'datasources_endmodel', 'weights_basemodel', 'weights_endmodel', 'trainingcode']],
  ['card_expert_documentation', ['code', 'hardware_architecture', 'preprint', 'paper', 'modelcard', 'datasheet']],
  ['card_expert_access', ['licenses']],
];

const CLAIM_KEYS: Record<string, MessageKey> = { open: 'card_claim_open', 'open-weights': 'card_claim_open_weights', closed: 'card_claim_closed' };

/** Formats YYYY-MM or YYYY-MM-DD as a month and year in `lang`. */
export function monthYear(lang: Lang, date: string): string {
  const [y, m] = date.split('-').map(Number);
  if (!y || !m) return date;
  return new Intl.DateTimeFormat(lang === 'ar' ? 'ar-u-nu-latn' : 'en', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, 1)),
  );
}

function releasesOf(entity: Entity): Release[] {
  const list = (entity as Entity & EntityExtras).releases;
  return Array.isArray(list) ? [...list].filter((r) => r && typeof r.date === 'string').sort((a, b) => a.date.localeCompare(b.date)) : [];
}

function marksOf(entity: Entity, lang: Lang): CardData['marks'] {
  const a = entity.assessment;
  if (!a) return undefined;
  return MARKS.map((key) => {
    const cell = a[key] as Evidence | (typeof a)['licence'];
    const na = 'notApplicable' in cell && cell.notApplicable === true;
    const level: Level | 'na' = na ? 'na' : cell.value;
    const note = key === 'licence' && a.licence.name ? [a.licence.name, a.licence.note?.[lang]].filter(Boolean).join(' — ') : cell.note?.[lang];
    return {
      key,
      label: translate(lang, `dim_${key}` as MessageKey),
      level,
      levelLabel: na ? translate(lang, 'level_na') : levelLabel(lang, cell.value),
      ...(note ? { note: oneLine(note) } : {}),
    };
  });
}

function notesOf(entity: Entity, lang: Lang, general?: GeneralNotes): CardData['notes'] {
  const paragraph = (n: Note) => n.sources.find((s) => s.kind === 'article')?.paragraph;
  const own = [
    ...(entity.risks ?? []).map((n) => ({ type: 'risk' as const, text: oneLine(n.text[lang]) })),
    ...(entity.benefits ?? []).map((n) => ({ type: 'benefit' as const, text: oneLine(n.text[lang]) })),
  ];
  const status = entity.assessment?.status;
  // The source article's general notes are about open models, so they go on open and open-weights cards only.
  const shared =
    general && (status === 'open' || status === 'open-weights')
      ? [
          ...general.risks.map((n) => ({ type: 'risk' as const, n })),
          ...general.benefits.map((n) => ({ type: 'benefit' as const, n })),
        ].map(({ type, n }) => {
          const p = paragraph(n);
          return { type, text: oneLine(n.text[lang]), ...(p ? { paragraph: p, source: translate(lang, 'card_general_note', p) } : {}) };
        })
      : [];
  const all = [...own, ...shared];
  return all.length > 0 ? all : undefined;
}

function expertOf(entity: Entity, lang: Lang): CardData['expert'] {
  const view = expertView(entity);
  if (!view) return undefined;
  const out: NonNullable<CardData['expert']> = {};
  if (view.osai) {
    out.osai = view.osai.groups.map((g) => ({
      group: g.label[lang],
      grades: g.cells.map((c) => ({
        key: c.ref,
        grade: c.grade,
        label: `${c.label[lang]}: ${translate(lang, c.grade ? (`card_grade_${c.grade}` as MessageKey) : 'card_grade_none')}`,
        ...(c.link ? { link: c.link } : {}),
      })),
    }));
  }
  if (view.mof) {
    const c = view.mof.class;
    out.mof = c ? translate(lang, 'card_mof_class', ['III', 'II', 'I'][3 - c]!) : translate(lang, 'card_mof_none');
    const next = view.mof.next;
    if (next && next.holding.length > 0) {
      out.mofHolding = `${translate(lang, 'expert_mof_holding', next.label[lang])} ${next.holding.map((h) => h[lang]).join(lang === 'ar' ? '، ' : ', ')}`;
    }
  }
  if (view.disagreement) out.disagreement = view.disagreement[lang];
  return out;
}

/** Web sources behind the status: the licence and weights cells, then the releases. */
function statusSources(entity: Entity, releases: Release[]): string[] {
  const a = entity.assessment;
  const sources = [...(a?.licence.sources ?? []), ...(a?.weights.sources ?? []), ...releases.flatMap((r) => r.sources ?? [])];
  const urls = sources.flatMap((s) => (s.kind === 'web' ? [s.url] : []));
  return [...new Set(urls)].slice(0, 3);
}

/** The short bilingual text "Copy" puts on the clipboard, ready to paste in a reply. */
export function copyTextOf(entity: Entity, releases: Release[]): string {
  const status = entityStatus(entity);
  const asOf = releases.at(-1)?.date;
  const lines: string[] = [];
  for (const lang of ['en', 'ar'] as const) {
    const head = `${nameIn(lang, entity.name)}: ${statusLabel(lang, status)}${asOf ? ` (${translate(lang, 'card_as_of', monthYear(lang, asOf))})` : ''}`;
    lines.push(head);
    if (entity.assessment) lines.push(firstSentence(entity.assessment.reason[lang]));
    const marks = marksOf(entity, lang);
    if (marks) lines.push(marks.map((m) => `${m.label}: ${m.levelLabel}`).join(' · '));
    lines.push('');
  }
  const urls = statusSources(entity, releases);
  if (urls.length > 0) lines.push(`${translate('en', 'card_sources')} / ${translate('ar', 'card_sources')}:`, ...urls);
  return lines.join('\n').trim();
}

/** The labels a page's claim needs (the content script carries no string tables). */
function claimTexts(lang: Lang): Record<string, string> {
  const text: Record<string, string> = {};
  for (const [claim, key] of Object.entries(CLAIM_KEYS)) text[`claim_${claim}`] = translate(lang, key);
  for (const verdict of ['overstated', 'consistent', 'understated'] as const) text[`verdict_${verdict}`] = translate(lang, `card_verdict_${verdict}`);
  // The page's claim is filled in on the page: its "$1" and "$2" stay for the card to fill.
  for (const key of ['card_page_calls', 'card_record_says'] as const) text[key] = translate(lang, key, '$1');
  text.card_record_says_release = translate(lang, 'card_record_says_release', '$1', '$2');
  for (const status of STATUSES) text[`status_${status}`] = statusLabel(lang, status);
  for (const key of ['card_evidence', 'card_models', 'card_releases', 'card_notes', 'card_corrections', 'card_expert', 'card_expert_osai', 'card_copy', 'card_copied', 'note_label', 'detail_risks', 'detail_benefits'] as const) {
    text[key] = translate(lang, key);
  }
  return text;
}

/**
 * The release a page's name for the entity gives, when its status is not the
 * entity's: "Kimi K2" (open weights) in a family whose newest release, Kimi K3,
 * is restricted; "Grok 4" (closed) in one whose record is restricted. Read as
 * the open-washing check reads a mention (`judgedAgainst`).
 */
function namedReleaseOf(entity: Entity, releases: Release[], name: string | undefined): Release | undefined {
  if (!name || releases.length === 0 || entity.kind === 'company' || entity.kind === 'organization') return undefined;
  const judged = judgedAgainst(entityRecord({ kind: entity.kind, assessment: entity.assessment, releases }), name).release;
  const release = judged && releases.find((r) => r.name === judged.name);
  return release && release.status !== entityStatus(entity) ? release : undefined;
}

/** The named release's licence, and the newest release beside it, so the family's own status stays in view. */
function namedReason(lang: Lang, named: Release, newest: Release): string {
  const label = statusLabel(lang, newest.status);
  const newestStatus = lang === 'en' ? label.toLowerCase() : label;
  if (newest === named) return named.licence ?? '';
  return named.licence ? translate(lang, 'card_named_reason', named.licence, newest.name, newestStatus) : translate(lang, 'card_named_newest', newest.name, newestStatus);
}

export function cardDataOf(entity: Entity, lang: Lang, context: CardContext = {}): CardData {
  const isCompany = entity.kind === 'company' || entity.kind === 'organization';
  const status = entityStatus(entity);
  const releases = releasesOf(entity);
  const named = namedReleaseOf(entity, releases, context.name);
  const shown = named?.status ?? status;
  // Companies carry no status claim: a claim only counts on something that has a status.
  const claim = isCompany ? undefined : entity.articleClaims?.find((c) => c.claimedStatus && c.claimedStatus !== status);
  const data: CardData = {
    id: entity.id,
    lang,
    name: { en: entity.name.en, ar: entity.name.ar },
    kind: entity.kind,
    status: shown,
    reason: isCompany
      ? translate(lang, 'card_company')
      : named
        ? namedReason(lang, named, releases.at(-1)!)
        : firstSentence(entity.assessment?.reason[lang] ?? translate(lang, 'detail_no_assessment')),
    labels: {
      kind: kindLabel(lang, entity.kind),
      status: statusLabel(lang, shown),
      maker: translate(lang, 'detail_maker'),
      articleSays: translate(lang, 'card_source_article', monthYear(lang, ARTICLE_DATE)),
      recordShows: translate(lang, 'detail_record_shows'),
      risk: translate(lang, 'detail_risks'),
      more: translate(lang, 'more_details'),
      close: translate(lang, 'card_close'),
    },
    text: {
      ...claimTexts(lang),
      as_of: named
        ? translate(lang, 'card_named_release', named.name, monthYear(lang, named.date))
        : releases.length
          ? translate(lang, 'card_as_of', monthYear(lang, releases.at(-1)!.date))
          : '',
    },
  };
  if (context.maker) data.maker = { id: context.maker.id, name: nameIn(lang, context.maker.name) };
  if (context.note) data.note = context.note;
  if (isCompany) {
    data.models = (context.models ?? []).map((m) => {
      const s = entityStatus(m);
      return { id: m.id, name: nameIn(lang, m.name), status: s, statusLabel: statusLabel(lang, s) };
    });
  } else {
    const marks = marksOf(entity, lang);
    if (marks) data.marks = marks;
    data.copyText = copyTextOf(entity, releases);
  }
  if (releases.length > 0) {
    data.asOf = releases.at(-1)!.date;
    data.releases = releases.map((r) => ({
      name: r.name,
      date: r.date,
      status: r.status,
      statusLabel: statusLabel(lang, r.status),
      ...(r.licence ? { licence: r.licence } : {}),
    }));
  }
  if (claim?.claimedStatus) {
    data.claim = { quoteAr: claim.quoteAr, en: claim.en, claimedStatus: claim.claimedStatus };
    data.labels.claimedStatus = statusLabel(lang, claim.claimedStatus);
  }
  const notes = notesOf(entity, lang, context.general);
  if (notes) data.notes = notes;
  const risk = entity.risks?.[0]?.text[lang];
  if (risk) data.risk = oneLine(risk);
  const corrections = (entity as Entity & EntityExtras).corrections;
  if (Array.isArray(corrections) && corrections.length > 0) data.corrections = corrections.map((c) => oneLine(c.text[lang]));
  const expert = expertOf(entity, lang);
  if (expert) data.expert = expert;
  return data;
}
