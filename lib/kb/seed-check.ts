/**
 * Validation of the shipped knowledge base: the entity files, the general
 * notes and the seed version, checked against the schema, against each other
 * (links, ids, aliases) and against the seed article (every quote verbatim).
 *
 * Pure: callers hand in the file contents. The extension bundle loads them
 * with Vite (lib/kb/seed.ts); the CLI and the build hook read them from disk
 * (scripts/kb-files.ts). Both go through `checkSeed`, so the rules are the same.
 */
import * as v from 'valibot';
import { withExpertGrades } from '../expert/derive';
import { AmbiguousNamesSchema, CardLicencesSchema, ExpertNamesSchema, LinkTableSchema, MofDataSchema, OsaiDataSchema } from '../expert/files-schema';
import { checkQuote, splitParagraphs } from './article';
import { issuesToProblems } from './issues';
import { nameKey } from './name-key';
import { MAKER_KINDS, linkProblems } from './references';
import { statusAsOf } from './releases';
import {
  EntitySchema,
  GeneralNotesSchema,
  type Entity,
  type Evidence,
  type GeneralNotes,
  type Note,
  type Source,
} from './schema';

export interface SeedFile {
  /** Path shown in problems, e.g. `assets/kb/entities/llama.json`. */
  path: string;
  data: unknown;
}

export interface SeedInput {
  entityFiles: readonly SeedFile[];
  general: SeedFile;
  version: SeedFile;
  articleText: string;
  /** The expert grades (assets/kb/expert): joined to the entities they link to, and the models they add. */
  expert?: ExpertFiles;
}

export interface ExpertFiles {
  osai: SeedFile;
  mof: SeedFile;
  links: SeedFile;
  ambiguous: SeedFile;
  /** The model-card licences of MOF records without listed weights. */
  cards: SeedFile;
  /** Arabic names and extra aliases of entities made from expert records. */
  names: SeedFile;
}

/** The shipped knowledge base, validated. */
export interface Seed {
  version: number;
  /** Changes whenever any seed fact changes, so an unbumped edit still reaches installed copies. */
  fingerprint: string;
  entities: Entity[];
  general: GeneralNotes;
}

/**
 * A problem in the shipped files, for the people who maintain them: English,
 * with its path (the user-facing problems carry codes; see lib/kb/problem.ts).
 */
interface Problem {
  path: string;
  message: string;
}

const problemToString = (p: Problem) => (p.path ? `${p.path}: ${p.message}` : p.message);

export type SeedCheck = { ok: true; seed: Seed } | { ok: false; problems: string[] };

const SeedVersionSchema = v.object({
  seedVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

/** Companies and organizations are described by what they make, not assessed themselves. */
const UNASSESSED_KINDS = MAKER_KINDS;

export function checkSeed(input: SeedInput): SeedCheck {
  const problems: Problem[] = [];
  const paragraphs = splitParagraphs(input.articleText);

  const entities: Entity[] = [];
  const fileOf = new Map<string, string>();
  for (const file of input.entityFiles) {
    const parsed = v.safeParse(EntitySchema, file.data);
    if (!parsed.success) {
      problems.push(...issuesToProblems(parsed.issues, file.path));
      continue;
    }
    const entity = parsed.output;
    const expectedName = `${entity.id}.json`;
    if (!file.path.endsWith(`/${expectedName}`) && file.path !== expectedName) {
      problems.push({ path: `${file.path}.id`, message: `the file for id "${entity.id}" should be named ${expectedName}` });
    }
    const other = fileOf.get(entity.id);
    if (other) {
      problems.push({ path: `${file.path}.id`, message: `duplicate id "${entity.id}" (also in ${other})` });
      continue;
    }
    fileOf.set(entity.id, file.path);
    entities.push(entity);
  }

  if (input.expert) {
    const joined = joinExpert(entities, input.expert, problems);
    entities.length = 0;
    entities.push(...joined);
    for (const e of joined) if (!fileOf.has(e.id)) fileOf.set(e.id, `assets/kb/expert/(${e.id})`);
  }

  const general = v.safeParse(GeneralNotesSchema, input.general.data);
  if (!general.success) problems.push(...issuesToProblems(general.issues, input.general.path));
  const version = v.safeParse(SeedVersionSchema, input.version.data);
  if (!version.success) problems.push(...issuesToProblems(version.issues, input.version.path));

  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const entity of entities) {
    const at = fileOf.get(entity.id) ?? entity.id;
    problems.push(
      ...checkLinks(entity, byId, at),
      ...checkAssessmentShape(entity, at),
      ...checkRules(entity, at),
      ...checkArticleRefs(entity, paragraphs, at),
      ...checkStatusClaims(entity, at),
    );
  }
  problems.push(...checkAliasCollisions(entities, fileOf));
  if (general.success) {
    for (const group of ['benefits', 'risks'] as const) {
      general.output[group].forEach((note, i) =>
        problems.push(...checkNote(note, paragraphs, `${input.general.path}.${group}[${i}]`)),
      );
    }
  }

  if (problems.length > 0 || !general.success || !version.success) {
    return { ok: false, problems: problems.map((p) => problemToString(p)) };
  }
  const sorted = [...entities].sort((a, b) => a.id.localeCompare(b.id));
  return {
    ok: true,
    seed: {
      version: version.output.seedVersion,
      fingerprint: fingerprint(JSON.stringify([sorted, general.output])),
      entities: sorted,
      general: general.output,
    },
  };
}

/** The entities with expert grades joined; the hand-written list unchanged when an expert file is invalid. */
function joinExpert(entities: Entity[], files: ExpertFiles, problems: Problem[]): Entity[] {
  const osai = v.safeParse(OsaiDataSchema, files.osai.data);
  const mof = v.safeParse(MofDataSchema, files.mof.data);
  const links = v.safeParse(LinkTableSchema, files.links.data);
  const ambiguous = v.safeParse(AmbiguousNamesSchema, files.ambiguous.data);
  const cards = v.safeParse(CardLicencesSchema, files.cards.data);
  const names = v.safeParse(ExpertNamesSchema, files.names.data);
  if (!osai.success) problems.push(...issuesToProblems(osai.issues, files.osai.path));
  if (!mof.success) problems.push(...issuesToProblems(mof.issues, files.mof.path));
  if (!links.success) problems.push(...issuesToProblems(links.issues, files.links.path));
  if (!ambiguous.success) problems.push(...issuesToProblems(ambiguous.issues, files.ambiguous.path));
  if (!cards.success) problems.push(...issuesToProblems(cards.issues, files.cards.path));
  if (!names.success) problems.push(...issuesToProblems(names.issues, files.names.path));
  if (!osai.success || !mof.success || !links.success || !ambiguous.success || !cards.success || !names.success) return entities;
  const result = withExpertGrades(entities, {
    osai: osai.output,
    mof: mof.output,
    links: links.output,
    ambiguous: ambiguous.output,
    cards: cards.output.records,
    names: names.output.entities,
  });
  problems.push(...result.problems);
  return result.entities;
}

/** Like `checkSeed`, but throws one error listing every problem. For module-level loading. */
export function parseSeed(input: SeedInput): Seed {
  const result = checkSeed(input);
  if (!result.ok) throw new Error(`The knowledge-base seed is invalid:\n${result.problems.join('\n')}`);
  return result.seed;
}

function checkLinks(entity: Entity, byId: Map<string, Entity>, at: string): Problem[] {
  return linkProblems(entity, (id) => byId.get(id)).map((p) => ({ path: `${at}.${p.field}`, message: p.problem.message }));
}

function checkAssessmentShape(entity: Entity, at: string): Problem[] {
  const problems: Problem[] = [];
  const a = entity.assessment;
  if (UNASSESSED_KINDS.has(entity.kind)) {
    if (a) problems.push({ path: `${at}.assessment`, message: `a ${entity.kind} is not assessed; assess its models instead` });
    return problems;
  }
  if (!a) return [{ path: `${at}.assessment`, message: `a ${entity.kind} needs an assessment` }];
  const cells: Array<[string, Pick<Evidence, 'value' | 'notApplicable' | 'sources'>]> = [
    ['weights', a.weights],
    ['trainingCode', a.trainingCode],
    ['trainingData', a.trainingData],
    ['licence', a.licence],
    ['commercialUse', a.commercialUse],
  ];
  for (const [key, cell] of cells) {
    if (cell.notApplicable && cell.value !== 'unknown') {
      problems.push({ path: `${at}.assessment.${key}.value`, message: 'a dimension that does not apply has the value "unknown"' });
    }
    if (!cell.notApplicable && cell.value !== 'unknown' && cell.sources.length === 0) {
      problems.push({ path: `${at}.assessment.${key}.sources`, message: 'needs at least one source' });
    }
  }
  return problems;
}

function checkRules(entity: Entity, at: string): Problem[] {
  const aliasKeys = new Set(entity.aliases.map((a) => nameKey(a.text)));
  return (entity.rules ?? []).flatMap((rule, i) => {
    const problems: Problem[] = [];
    if (!aliasKeys.has(nameKey(rule.alias))) {
      problems.push({ path: `${at}.rules[${i}].alias`, message: `"${rule.alias}" is not one of this entity's aliases` });
    }
    if (!rule.notAfter?.length && !rule.notBefore?.length && !rule.onlyAfter?.length && !rule.onlyBefore?.length) {
      problems.push({ path: `${at}.rules[${i}]`, message: 'a rule needs notAfter, notBefore, onlyAfter or onlyBefore words' });
    }
    return problems;
  });
}

function checkArticleRefs(entity: Entity, paragraphs: readonly string[], at: string): Problem[] {
  const problems: Problem[] = [];
  (entity.articleClaims ?? []).forEach((claim, i) => {
    const result = checkQuote(paragraphs, claim.paragraph, claim.quoteAr);
    if (!result.ok) problems.push({ path: `${at}.articleClaims[${i}].quoteAr`, message: result.problem });
  });
  for (const group of ['risks', 'benefits', 'corrections'] as const) {
    (entity[group] ?? []).forEach((note, i) => problems.push(...checkNote(note, paragraphs, `${at}.${group}[${i}]`)));
  }
  (entity.releases ?? []).forEach((release, i) => problems.push(...checkSources(release.sources, paragraphs, `${at}.releases[${i}].sources`)));
  if (entity.assessment) {
    for (const key of ['weights', 'trainingCode', 'trainingData', 'licence', 'commercialUse'] as const) {
      problems.push(...checkSources(entity.assessment[key].sources, paragraphs, `${at}.assessment.${key}.sources`));
    }
  }
  return problems;
}

/** Statuses that need no licence name: nothing is released, or nothing is known. */
const NO_LICENCE_STATUSES = new Set(['closed', 'unknown']);

/**
 * Status claims must stand on something a reader can open: a licence name for
 * any status that says weights are out, a source that is a page rather than a
 * site, releases only where a status is assessed, and a status that agrees with
 * the newest release. A company or organization carries no status at all.
 */
function checkStatusClaims(entity: Entity, at: string): Problem[] {
  const problems: Problem[] = [];
  if (UNASSESSED_KINDS.has(entity.kind)) {
    (entity.articleClaims ?? []).forEach((claim, i) => {
      if (claim.claimedStatus !== undefined) {
        problems.push({ path: `${at}.articleClaims[${i}].claimedStatus`, message: `a ${entity.kind} carries no status claim; put it on the model the article means` });
      }
    });
    if (entity.releases) problems.push({ path: `${at}.releases`, message: `a ${entity.kind} has no releases; list them on its models` });
    return problems;
  }
  const a = entity.assessment;
  if (a && !NO_LICENCE_STATUSES.has(a.status) && a.licence.name === '') {
    problems.push({ path: `${at}.assessment.licence.name`, message: `a "${a.status}" status needs the licence's name` });
  }
  if (a) {
    problems.push(...siteRootSources(a.weights.sources, `${at}.assessment.weights.sources`));
    problems.push(...siteRootSources(a.licence.sources, `${at}.assessment.licence.sources`));
  }
  (entity.releases ?? []).forEach((release, i) => {
    if (!NO_LICENCE_STATUSES.has(release.status) && release.licence === '') {
      problems.push({ path: `${at}.releases[${i}].licence`, message: `a "${release.status}" release needs the licence's name` });
    }
    problems.push(...siteRootSources(release.sources, `${at}.releases[${i}].sources`));
  });
  const current = statusAsOf(entity.releases);
  if (a && current && current.status !== a.status) {
    problems.push({
      path: `${at}.assessment.status`,
      message: `"${a.status}" disagrees with the newest release, ${current.release.name} (${current.date}): "${current.status}"`,
    });
  }
  return problems;
}

/** A web source whose path is empty or "/" is a home page: it cannot show a licence, weights or status. */
export function isSiteRoot(url: string): boolean {
  try {
    return new URL(url).pathname.replace(/\/+$/, '') === '';
  } catch {
    return false;
  }
}

function siteRootSources(sources: readonly Source[], at: string): Problem[] {
  return sources.flatMap((source, i) =>
    source.kind === 'web' && isSiteRoot(source.url)
      ? [{ path: `${at}[${i}].url`, message: `${source.url} is a home page; cite the licence file, model card or release post that shows the fact` }]
      : [],
  );
}

function checkNote(note: Note, paragraphs: readonly string[], at: string): Problem[] {
  const problems = checkSources(note.sources, paragraphs, `${at}.sources`);
  if (note.sources.length === 0) problems.push({ path: `${at}.sources`, message: 'needs at least one source' });
  if (note.quoteAr !== undefined) {
    const cited = note.sources.flatMap((s) => (s.kind === 'article' ? [s.paragraph] : []));
    if (!cited.some((n) => checkQuote(paragraphs, n, note.quoteAr ?? '').ok)) {
      problems.push({ path: `${at}.quoteAr`, message: `the quote does not occur verbatim in the cited paragraph(s) ${cited.join(', ') || '(none)'}` });
    }
  }
  return problems;
}

function checkSources(sources: readonly Source[], paragraphs: readonly string[], at: string): Problem[] {
  return sources.flatMap((source, i) =>
    source.kind === 'article' && source.paragraph > paragraphs.length
      ? [{ path: `${at}[${i}].paragraph`, message: `the article has no paragraph ${source.paragraph} (it has ${paragraphs.length})` }]
      : [],
  );
}

/** Two entities sharing a written form would make the matcher's choice arbitrary. */
function checkAliasCollisions(entities: readonly Entity[], fileOf: Map<string, string>): Problem[] {
  const owner = new Map<string, string>();
  const problems: Problem[] = [];
  for (const entity of entities) {
    entity.aliases.forEach((alias, i) => {
      const key = nameKey(alias.text);
      const other = owner.get(key);
      if (other !== undefined && other !== entity.id) {
        problems.push({
          path: `${fileOf.get(entity.id) ?? entity.id}.aliases[${i}].text`,
          message: `"${alias.text}" is also an alias of "${other}"`,
        });
      } else owner.set(key, entity.id);
    });
  }
  return problems;
}

/** FNV-1a, 32 bits, as hex: enough to notice that the seed changed. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
