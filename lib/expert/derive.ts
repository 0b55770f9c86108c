/**
 * Expert grades joined to the knowledge base, following the link table:
 *
 * - a hand-written entity gets an `expert` field (its own assessment and
 *   status are never touched; the rule's status is stored beside it);
 * - a graded model with no entity becomes one: kind model, its maker linked
 *   (an existing company when the names agree, else a new organization), an
 *   assessment whose every cell cites the expert file or its evidence link,
 *   and the status the documented rule gives (lib/expert/status-rule.ts).
 *
 * Pure and deterministic: the same inputs give the same entities.
 */
import { commercialUseOf } from './commercial-use';
import { nameKey } from '../kb/name-key';
import { MAKER_KINDS } from '../kb/references';
import type { Assessment, Entity, Evidence, Expert, Level, Source } from '../kb/schema';
import { expertAliases, type AmbiguousNames } from './aliases';
import { isOsiApproved, licenceOpenness } from './licences';
import { osaiNames, slugOf, type LinkTable } from './link';
import { missingFor, nextClass } from './mof-class';
import { mofFileUrl, type MofData, type MofRecord } from './mof';
import { osaiFileUrl, type OsaiData, type OsaiRecord } from './osai';
import { compareText } from './source-meta';
import type { ExpertNames } from './files-schema';
import { cardFor, derivedStatus, gradeLevel, statusInputs, weightsLicence, type CardLicence } from './status-rule';

export interface ExpertInput {
  osai: OsaiData;
  mof: MofData;
  links: LinkTable;
  ambiguous: AmbiguousNames;
  /** Model-card licences for MOF records that list no weights, by MOF file. */
  cards: Readonly<Record<string, CardLicence>>;
  /** Arabic names and extra aliases of entities made from expert records, by entity id. */
  names?: ExpertNames;
}

export interface ExpertProblem {
  path: string;
  message: string;
}

interface Graded {
  osai?: OsaiRecord;
  mof?: MofRecord;
}

/**
 * Records grouped by the entity they link to. Where several records of one
 * source link to one entity (a family's members), the newest release speaks
 * for it; equal dates keep the first file in path order.
 */
function groupByEntity(input: ExpertInput, problems: ExpertProblem[]): Map<string, Graded> {
  const groups = new Map<string, Graded>();
  const add = (id: string, source: 'osai' | 'mof', record: OsaiRecord | MofRecord) => {
    const group = groups.get(id) ?? {};
    const held = group[source];
    if (!held || (record.released ?? '') > (held.released ?? '')) (group as Record<string, unknown>)[source] = record;
    groups.set(id, group);
  };
  for (const source of ['osai', 'mof'] as const) {
    const files = new Set<string>();
    for (const record of input[source].records) {
      files.add(record.file);
      const id = input.links[source][record.file];
      if (id) add(id, source, record);
      else problems.push({ path: `assets/kb/expert/links.json.${source}`, message: `"${record.file}" has no link (run npm run kb -- link-expert)` });
    }
    for (const file of Object.keys(input.links[source])) {
      if (!files.has(file)) problems.push({ path: `assets/kb/expert/links.json.${source}`, message: `"${file}" is not in the ${source} data` });
    }
  }
  return new Map([...groups].sort(([a], [b]) => compareText(a, b)));
}

function expertField(graded: Graded, input: ExpertInput): Expert {
  const { osai, mof } = graded;
  const expert: Expert = { status: derivedStatus(statusInputs(osai, mof, cardFor(mof, input.cards))) };
  if (osai) {
    const params = input.osai.groups.flatMap((g) => g.params);
    const dimensions = Object.fromEntries(params.map((p) => [p, osai.dimensions[p]?.grade ?? null]));
    const evidence = Object.fromEntries(params.flatMap((p) => (osai.dimensions[p]?.link ? [[p, osai.dimensions[p]!.link!]] : [])));
    expert.osai = { file: osai.file, commit: input.osai.source.commit, dimensions, evidence };
  }
  if (mof) {
    const next = nextClass(mof.class);
    expert.mof = {
      file: mof.file,
      commit: input.mof.source.commit,
      class: mof.class,
      components: mof.components,
      holding: next === null ? [] : missingFor(next, input.mof.framework, mof.components),
    };
  }
  return expert;
}

/** Where a cell's facts come from: the evidence link the Index gives, else the Index or MOF file itself. */
function cell(value: Level, sources: Source[]): Evidence {
  return value === 'unknown' ? { value, sources: [] } : { value, sources };
}

function sourcesFor(graded: Graded, input: ExpertInput, dimension?: string): Source[] {
  const sources: Source[] = [];
  const { osai, mof } = graded;
  const evidence = dimension ? osai?.dimensions[dimension]?.link : undefined;
  if (evidence) sources.push({ kind: 'web', title: `Evidence cited by the European Open Source AI Index (${dimension})`, url: evidence });
  if (osai) sources.push({ kind: 'web', title: `European Open Source AI Index: ${osai.file}`, url: osaiFileUrl(input.osai.source.commit, osai.file) });
  if (mof) sources.push({ kind: 'web', title: `Model Openness Tool: ${mof.file}`, url: mofFileUrl(input.mof.source.commit, mof.file) });
  return sources;
}

const STATUS_REASON: Record<string, { en: string; ar: string }> = {
  closed: { en: 'The experts grade the weights as not released.', ar: 'يقيّم الخبراء الأوزان بأنها غير منشورة.' },
  restricted: {
    en: 'The weights are released only in part or under a licence with use restrictions.',
    ar: 'الأوزان منشورة جزئياً أو برخصة تقيّد الاستخدام.',
  },
  'open-weights': {
    en: 'The weights are released under an open licence; training code or training data are not fully open.',
    ar: 'الأوزان منشورة برخصة مفتوحة، لكن شيفرة التدريب أو بيانات التدريب ليست مفتوحة بالكامل.',
  },
  open: {
    en: 'The weights, the training code and the training data are all graded open.',
    ar: 'الأوزان وشيفرة التدريب وبيانات التدريب كلها مقيّمة بأنها مفتوحة.',
  },
  unknown: { en: 'The expert grades do not settle the weights or their licence.', ar: 'لا تحسم تقييمات الخبراء أمر الأوزان أو رخصتها.' },
};

function derivedAssessment(graded: Graded, input: ExpertInput, status: Assessment['status']): Assessment {
  const { osai, mof } = graded;
  const d = osai?.dimensions ?? {};
  // The same levels the status rule reads, so the card's cells and the status never disagree.
  const card = cardFor(mof, input.cards);
  const { weights, trainingCode, trainingData } = statusInputs(osai, mof, card);
  const licenceName = weightsLicence(osai, mof, card);
  // Where the model card settles the weights, it is the first source of those two cells.
  const withCard = (sources: Source[]) =>
    card && gradeLevel(d.weights_endmodel?.grade ?? d.weights_basemodel?.grade) === 'unknown'
      ? [{ kind: 'web' as const, title: `Model card: ${card.source.replace(/^https:\/\/huggingface\.co\/|\/blob\/.*$/g, '')}`, url: card.source }, ...sources]
      : sources;
  const openness = licenceOpenness(licenceName);
  const licenceValue: Level = openness === 'open' ? 'yes' : openness === 'restricted' ? 'partial' : openness === 'closed' ? 'no' : 'unknown';
  const licenceSources = licenceValue === 'unknown' ? [] : withCard(sourcesFor(graded, input, 'licenses'));
  // Commercial use follows from the licence only where the weights are out under it.
  const released = weights === 'yes' || weights === 'partial';
  return {
    status,
    reason: STATUS_REASON[status]!,
    weights: cell(weights, withCard(sourcesFor(graded, input, d.weights_endmodel?.link ? 'weights_endmodel' : 'weights_basemodel'))),
    trainingCode: cell(trainingCode, sourcesFor(graded, input, 'trainingcode')),
    trainingData: cell(trainingData, sourcesFor(graded, input, 'datasources_basemodel')),
    licence: {
      name: licenceName ?? 'not stated',
      osiApproved: licenceName ? isOsiApproved(licenceName) : null,
      value: licenceValue,
      sources: licenceSources,
    },
    commercialUse: released && licenceValue !== 'unknown' ? commercialUseOf(licenceName ?? undefined, licenceSources) : { value: 'unknown', sources: [] },
  };
}

/** Suffixes a maker's name may carry in one dataset and not in another ("DeepSeek AI" / "DeepSeek"). */
const MAKER_SUFFIXES = /(ai|inc|labs?|research|corporation|corp|company|group|ltd|llc|gmbh)$/;

class Makers {
  private readonly byKey = new Map<string, string>();
  readonly created = new Map<string, Entity>();

  constructor(private readonly ids: Set<string>, handWritten: readonly Entity[]) {
    for (const e of handWritten) {
      if (!MAKER_KINDS.has(e.kind)) continue;
      for (const text of [e.id, e.name.en, ...e.aliases.map((a) => a.text)]) {
        for (const key of [nameKey(text), nameKey(text).replace(MAKER_SUFFIXES, '')]) if (key && !this.byKey.has(key)) this.byKey.set(key, e.id);
      }
    }
  }

  /** The maker's id: an existing company or organization when the names agree, else a new organization. */
  idFor(name: string | undefined, aliasesFor: (names: string[]) => Entity['aliases']): string | undefined {
    if (!name) return undefined;
    const key = nameKey(name);
    const known = this.byKey.get(key) ?? this.byKey.get(key.replace(MAKER_SUFFIXES, ''));
    if (known) return known;
    const aliases = aliasesFor([name]);
    // A maker known only by a first name ("John") is a person; no page calls it that, and every John would answer.
    if (aliases.length === 0 || aliases.every((a) => a.ambiguous?.startsWith('first name'))) return undefined;
    let id = slugOf(name);
    for (let n = 2; this.ids.has(id); n++) id = `${slugOf(name)}-${n}`;
    this.ids.add(id);
    this.byKey.set(key, id);
    this.created.set(id, {
      id,
      kind: 'organization',
      name: { en: name, ar: name },
      aliases,
      summary: { en: `Maker of AI models graded by experts.`, ar: `جهة تطوّر نماذج ذكاء اصطناعي قيّمها خبراء.` },
      expert: { derived: true },
    });
    return id;
  }
}

function summaryOf(maker: string | undefined, released: string | undefined) {
  const by = maker ? { en: ` by ${maker}`, ar: ` من ${maker}` } : { en: '', ar: '' };
  const when = released ? { en: `, released ${released}`, ar: `، صدر في ${released}` } : { en: '', ar: '' };
  return { en: `An AI model${by.en}${when.en}.`, ar: `نموذج ذكاء اصطناعي${by.ar}${when.ar}.` };
}

/**
 * The knowledge base with expert grades: hand-written entities with their
 * `expert` field, then the models (and makers) made from expert records.
 */
export function withExpertGrades(handWritten: readonly Entity[], input: ExpertInput): { entities: Entity[]; problems: ExpertProblem[] } {
  const problems: ExpertProblem[] = [];
  const groups = groupByEntity(input, problems);
  const byId = new Map(handWritten.map((e) => [e.id, e]));
  const owner = new Map<string, string>();
  for (const e of handWritten) for (const a of e.aliases) owner.set(nameKey(a.text), e.id);
  const ids = new Set([...byId.keys(), ...groups.keys()]);
  const makers = new Makers(ids, handWritten);
  const claim = (id: string) => (key: string) => {
    const taken = owner.has(key) && owner.get(key) !== id;
    if (!taken) owner.set(key, id);
    return taken;
  };

  const entities: Entity[] = [];
  const makerNames = new Map<Entity, string>();
  for (const [id, graded] of groups) {
    const expert = expertField(graded, input);
    const existing = byId.get(id);
    if (existing) {
      if (MAKER_KINDS.has(existing.kind)) problems.push({ path: 'assets/kb/expert/links.json', message: `"${id}" is a ${existing.kind}; link expert records to models` });
      else byId.set(id, { ...existing, expert });
      continue;
    }
    const { osai, mof } = graded;
    const name = osai?.name ?? mof!.name;
    const names = [...(osai ? osaiNames(osai) : []), ...(mof ? [mof.name] : [])];
    const aliases = expertAliases(names, input.ambiguous, claim(id));
    if (aliases.length === 0) {
      problems.push({ path: `assets/kb/expert/links.json`, message: `"${id}" (${name}) has no usable alias: every name is shorter than 3 characters or taken` });
      continue;
    }
    const makerName = osai?.org?.name ?? mof?.producer;
    const entity: Entity = {
      id,
      kind: 'model',
      name: { en: name, ar: name },
      aliases,
      summary: summaryOf(makerName, osai?.released ?? mof?.released),
      assessment: derivedAssessment(graded, input, expert.status ?? 'unknown'),
      expert: { ...expert, derived: true },
    };
    if (makerName) makerNames.set(entity, makerName);
    entities.push(entity);
  }
  // Makers come after every model has its names, so a maker never takes a model's name.
  const models = entities.map((entity) => {
    const makerName = makerNames.get(entity);
    const maker = makers.idFor(makerName, (n) => expertAliases(n, input.ambiguous, (key) => owner.has(key)));
    if (maker && makers.created.has(maker)) for (const a of makers.created.get(maker)!.aliases) owner.set(nameKey(a.text), maker);
    return maker ? { ...entity, maker } : entity;
  });
  const derived = withNames([...models, ...makers.created.values()], input.names ?? {}, claim, problems);
  problems.push(...shadowedReleases(derived, handWritten));
  return { entities: [...byId.values(), ...derived], problems };
}

/**
 * An entity made from expert records that bears the name of a release a
 * hand-written family lists ("Mistral Large 3", "Kimi K2.5") would answer to
 * that name on pages and shadow the family's own dated record of it: its
 * records belong to the family, linked in links.json.
 */
function shadowedReleases(derived: readonly Entity[], handWritten: readonly Entity[]): ExpertProblem[] {
  const releases = new Map<string, string>();
  for (const e of handWritten) {
    if (e.kind !== 'family') continue;
    for (const r of e.releases ?? []) for (const part of (r.name ?? '').split(/,\s*|\s*[()]\s*/)) if (part) releases.set(nameKey(part), e.id);
  }
  const problems: ExpertProblem[] = [];
  for (const e of derived) {
    const family = releases.get(nameKey(e.name.en));
    if (family) problems.push({ path: 'assets/kb/expert/links.json', message: `"${e.id}" is named as a release of "${family}": link its records to "${family}"` });
  }
  return problems;
}

/**
 * The Arabic name, the extra aliases and the rules of assets/kb/expert/names.json on
 * the entities made from expert records. An alias another entity answers to
 * is left out, one the records already give takes the file's flags, and an id
 * that names no such entity is a problem: the file must not drift from the
 * records.
 */
function withNames(derived: Entity[], names: ExpertNames, claim: (id: string) => (key: string) => boolean, problems: ExpertProblem[]): Entity[] {
  const ids = new Set(derived.map((e) => e.id));
  for (const id of Object.keys(names)) {
    if (!ids.has(id)) problems.push({ path: 'assets/kb/expert/names.json', message: `"${id}" is not an entity made from expert records` });
  }
  return derived.map((entity) => {
    const extra = names[entity.id];
    if (!extra) return entity;
    const taken = claim(entity.id);
    // A name the records already give takes the file's flags ("Wan" versioned); any other is added.
    const given = new Map(extra.aliases.map((a) => [a.text, a]));
    const own = entity.aliases.map((a) => (given.has(a.text) ? { ...a, ...given.get(a.text) } : a));
    const added = extra.aliases.filter((a) => !entity.aliases.some((e) => e.text === a.text) && !taken(nameKey(a.text)));
    const aliases = [...own, ...added];
    const named = { ...entity, name: { ...entity.name, ar: extra.ar }, aliases };
    return extra.rules ? { ...named, rules: [...(entity.rules ?? []), ...extra.rules] } : named;
  });
}
