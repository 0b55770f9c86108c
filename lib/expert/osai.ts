/**
 * The European Open Source AI Index (osai-index.eu): one YAML file per system,
 * graded open / partial / closed on the parameters listed in `_parameters.yml`.
 *
 * Pure: the importer hands in the parsed YAML. Only facts are kept (names,
 * organisation, links, release date, licence name, each grade and its
 * evidence link); the Index's prose notes are left out.
 */
import { compact, compareText, firstHttps, GRADES, isPlain, releaseDate, text, type FileProblem, type Grade, type SourceMeta } from './source-meta';

export const OSAI_REPOSITORY = 'https://github.com/Language-Technology-Assessment/main-database';

/** One graded dimension: the grade (null when not graded) and the first https evidence link. */
export interface OsaiGrade {
  grade: Grade | null;
  link?: string;
}

export interface OsaiRecord {
  file: string;
  name: string;
  link?: string;
  org?: { name: string; link?: string };
  basemodel?: string;
  endmodel?: string;
  licence?: string;
  released?: string;
  type?: string;
  dimensions: Record<string, OsaiGrade>;
}

/** A parameter group of `_parameters.yml`: availability, documentation, access. */
export interface OsaiGroup {
  ref: string;
  params: string[];
}

export interface OsaiData {
  source: SourceMeta & { name: string; repository: string; licence: string; doi: string; site: string };
  groups: OsaiGroup[];
  records: OsaiRecord[];
}

export interface OsaiImport {
  data: OsaiData;
  problems: FileProblem[];
}

/** The parameter groups from `_parameters.yml`, in the Index's order. */
export function parseOsaiParameters(data: unknown): OsaiGroup[] {
  if (!Array.isArray(data)) throw new Error('_parameters.yml should hold a list of parameter groups');
  return data.map((group: unknown, i) => {
    const ref = isPlain(group) ? text(group.ref) : undefined;
    const params = isPlain(group) && Array.isArray(group.params) ? group.params : undefined;
    if (!ref || !params) throw new Error(`_parameters.yml: group ${i + 1} needs "ref" and "params"`);
    return { ref, params: params.map((p: unknown) => (isPlain(p) ? text(p.ref) : undefined) ?? '').filter((p) => p !== '') };
  });
}

function parseGrade(value: unknown): OsaiGrade | string {
  if (value === undefined || value === null) return { grade: null };
  if (!isPlain(value)) return 'is not a mapping';
  const raw = text(value.class);
  if (raw === undefined) return { grade: null };
  const grade = raw.toLowerCase() as Grade;
  if (!GRADES.includes(grade)) return `has the unknown grade "${raw}"`;
  return compact({ grade, link: firstHttps(value.link) });
}

/** One system file, or the reason it cannot be used. Unknown grades are reported but keep the rest of the file. */
export function parseOsaiFile(file: string, data: unknown, params: readonly string[]): { record?: OsaiRecord; problems: FileProblem[] } {
  if (!isPlain(data) || !isPlain(data.system)) return { problems: [{ file, message: 'has no "system" mapping' }] };
  const system = data.system;
  const name = text(system.name);
  if (!name) return { problems: [{ file, message: 'has no system name' }] };
  const problems: FileProblem[] = [];
  const dimensions: Record<string, OsaiGrade> = {};
  for (const param of params) {
    const grade = parseGrade(data[param]);
    if (typeof grade === 'string') {
      problems.push({ file, message: `${param} ${grade}` });
      dimensions[param] = { grade: null };
    } else dimensions[param] = grade;
  }
  const orgName = isPlain(data.org) ? text(data.org.name) : undefined;
  const record: OsaiRecord = compact({
    file,
    name,
    link: firstHttps(system.link),
    org: orgName ? compact({ name: orgName, link: isPlain(data.org) ? firstHttps(data.org.link) : undefined }) : undefined,
    basemodel: text(system.basemodelname),
    endmodel: text(system.endmodelname),
    licence: text(system.endmodellicense),
    released: releaseDate(system.releasedate),
    type: text(system.type),
    dimensions,
  });
  return { record, problems };
}

/** Every file of a checkout, sorted by file name. Files that fail are reported and skipped. */
export function importOsai(
  files: ReadonlyArray<{ file: string; data: unknown }>,
  parameters: unknown,
  meta: SourceMeta,
): OsaiImport {
  const groups = parseOsaiParameters(parameters);
  const params = groups.flatMap((g) => g.params);
  const problems: FileProblem[] = [];
  const records: OsaiRecord[] = [];
  for (const { file, data } of [...files].sort((a, b) => compareText(a.file, b.file))) {
    const parsed = parseOsaiFile(file, data, params);
    problems.push(...parsed.problems);
    if (parsed.record) records.push(parsed.record);
  }
  return {
    data: {
      source: {
        name: 'European Open Source AI Index',
        repository: OSAI_REPOSITORY,
        site: 'https://osai-index.eu',
        licence: 'CC-BY-4.0',
        doi: '10.5281/zenodo.15386042',
        commit: meta.commit,
        date: meta.date,
      },
      groups,
      records,
    },
    problems,
  };
}

/** The Index file on GitHub at the imported commit: the source cited for every grade. */
export function osaiFileUrl(commit: string, file: string): string {
  return `${OSAI_REPOSITORY}/blob/${commit}/${encodeURIComponent(file)}`;
}
