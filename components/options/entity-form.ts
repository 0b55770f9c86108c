/**
 * The entity editor's form state and its conversion to an Entity. Pure, so
 * the rules (what an alias may be, how evidence overrides are stored) are
 * unit-tested without a page.
 */
import * as v from 'valibot';
import { issuesToProblems, type Problem } from '../../lib/kb/issues';
import {
  EntitySchema,
  type Alias,
  type Assessment,
  type Entity,
  type Evidence,
  type Kind,
  type Level,
  type Source,
  type Status,
} from '../../lib/kb/schema';
import type { MessageKey } from '../i18n';

export const DIMENSIONS = ['weights', 'trainingCode', 'trainingData', 'licence', 'commercialUse'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface EntityForm {
  id: string;
  nameEn: string;
  nameAr: string;
  kind: Kind;
  maker: string;
  /** One alias per line. */
  aliases: string;
  summaryEn: string;
  summaryAr: string;
  /** '' = not assessed (companies and organizations usually are not). */
  status: Status | '';
  reasonEn: string;
  reasonAr: string;
  levels: Record<Dimension, Level>;
  licenceName: string;
  /** Each dimension's web sources, as editable rows; the article's paragraphs are kept as they are. */
  sources: Record<Dimension, WebSourceRow[]>;
}

export interface WebSourceRow {
  title: string;
  url: string;
}

function noSources(): Record<Dimension, WebSourceRow[]> {
  return { weights: [], trainingCode: [], trainingData: [], licence: [], commercialUse: [] };
}

function webRowsOf(sources: readonly Source[] | undefined): WebSourceRow[] {
  return (sources ?? []).flatMap((s) => (s.kind === 'web' ? [{ title: s.title, url: s.url }] : []));
}

/**
 * The dimension's sources: the article's paragraphs it had, then the rows,
 * blank rows left out. A row without a title is titled with its link. The
 * links are checked by the schema, as an import's are (https only).
 */
function sourcesFrom(previous: readonly Source[] | undefined, rows: readonly WebSourceRow[]): Source[] {
  const article = (previous ?? []).filter((s) => s.kind === 'article');
  const web: Source[] = rows
    .map((r) => ({ title: r.title.trim(), url: r.url.trim() }))
    .filter((r) => r.title || r.url)
    .map((r) => ({ kind: 'web', title: r.title || r.url, url: r.url }));
  return [...article, ...web];
}

export function emptyForm(name = ''): EntityForm {
  const arabic = /[\u0600-\u06FF]/.test(name);
  return {
    id: arabic ? '' : slugify(name),
    nameEn: arabic ? '' : name,
    nameAr: arabic ? name : '',
    kind: 'model',
    maker: '',
    aliases: name,
    summaryEn: '',
    summaryAr: '',
    status: 'unknown',
    reasonEn: '',
    reasonAr: '',
    levels: { weights: 'unknown', trainingCode: 'unknown', trainingData: 'unknown', licence: 'unknown', commercialUse: 'unknown' },
    licenceName: '',
    sources: noSources(),
  };
}

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80);
}

export function formOf(entity: Entity): EntityForm {
  const a = entity.assessment;
  return {
    id: entity.id,
    nameEn: entity.name.en,
    nameAr: entity.name.ar,
    kind: entity.kind,
    maker: entity.maker ?? '',
    aliases: entity.aliases.map((x) => x.text).join('\n'),
    summaryEn: entity.summary.en,
    summaryAr: entity.summary.ar,
    status: a?.status ?? '',
    reasonEn: a?.reason.en ?? '',
    reasonAr: a?.reason.ar ?? '',
    levels: {
      weights: a?.weights.value ?? 'unknown',
      trainingCode: a?.trainingCode.value ?? 'unknown',
      trainingData: a?.trainingData.value ?? 'unknown',
      licence: a?.licence.value ?? 'unknown',
      commercialUse: a?.commercialUse.value ?? 'unknown',
    },
    licenceName: a?.licence.name ?? '',
    sources: a ? { ...noSources(), ...Object.fromEntries(DIMENSIONS.map((d) => [d, webRowsOf(a[d].sources)])) } : noSources(),
  };
}

/** A problem in the form, as a message key and its argument, or a schema problem with a path. */
export type FormProblem = { key: MessageKey; arg?: string } | Problem;

/** Alias lines the matcher could never use safely: one letter, or no letter or digit at all. */
export function aliasProblems(lines: string): FormProblem[] {
  const aliases = splitAliases(lines);
  if (aliases.length === 0) return [{ key: 'form_alias_none' }];
  const problems: FormProblem[] = [];
  for (const alias of aliases) {
    if (!/[\p{L}\p{N}]/u.test(alias)) problems.push({ key: 'form_alias_punct', arg: alias });
    else if ([...alias].length < 2) problems.push({ key: 'form_alias_short', arg: alias });
  }
  return problems;
}

export function splitAliases(lines: string): string[] {
  return [...new Set(lines.split(/\r?\n/).map((l) => l.trim()).filter(Boolean))];
}

function evidenceFrom(previous: Evidence | undefined, value: Level): Evidence {
  if (previous && previous.value === value) return previous;
  // A changed level keeps its sources (they are what the user judged), but not "does not apply".
  const { notApplicable: _dropped, ...rest } = previous ?? { value, sources: [] };
  return { ...rest, value };
}

/**
 * The entity the form describes, on top of `base` (the entity being edited),
 * so what the form does not show (sources, claims, rules, notes) is kept.
 */
export function entityFromForm(form: EntityForm, base?: Entity): Entity {
  const previousAliases = new Map((base?.aliases ?? []).map((a) => [a.text, a]));
  const aliases: Alias[] = splitAliases(form.aliases).map((text) => previousAliases.get(text) ?? { text });
  const entity: Entity = {
    ...(base ?? {}),
    id: form.id.trim(),
    kind: form.kind,
    name: { en: form.nameEn.trim(), ar: form.nameAr.trim() },
    aliases,
    summary: { en: form.summaryEn.trim(), ar: form.summaryAr.trim() },
  } as Entity;
  if (form.maker.trim()) entity.maker = form.maker.trim();
  else delete entity.maker;
  if (form.status === '') {
    delete entity.assessment;
  } else {
    const a = base?.assessment;
    const cell = (dim: Exclude<Dimension, 'licence'>): Evidence => ({
      ...evidenceFrom(a?.[dim], form.levels[dim]),
      sources: sourcesFrom(a?.[dim].sources, form.sources[dim]),
    });
    const assessment: Assessment = {
      status: form.status,
      reason: { en: form.reasonEn.trim(), ar: form.reasonAr.trim() },
      weights: cell('weights'),
      trainingCode: cell('trainingCode'),
      trainingData: cell('trainingData'),
      licence: {
        ...(a?.licence ?? { osiApproved: null, sources: [] }),
        name: form.licenceName.trim(),
        value: form.levels.licence,
        sources: sourcesFrom(a?.licence.sources, form.sources.licence),
      },
      commercialUse: cell('commercialUse'),
    };
    entity.assessment = assessment;
  }
  return entity;
}

/** Every problem with the form: alias rules first (in the user's language), then the schema's. */
export function validateForm(form: EntityForm, base?: Entity): { ok: true; entity: Entity } | { ok: false; problems: FormProblem[] } {
  const problems: FormProblem[] = aliasProblems(form.aliases);
  const entity = entityFromForm(form, base);
  const parsed = v.safeParse(EntitySchema, entity);
  if (!parsed.success) {
    // Alias problems are already told in plain words above.
    const schemaProblems = issuesToProblems(parsed.issues).filter((p: Problem) => !(problems.length && p.path.startsWith('aliases')));
    problems.push(...schemaProblems);
  }
  return problems.length || !parsed.success ? { ok: false, problems } : { ok: true, entity: parsed.output };
}
