/**
 * The Model Openness Tool's model files (`models/*.yml`): each component a
 * release includes, its licence, and the class the framework's rules give.
 *
 * A component's licence is resolved as the tool does: the component's own
 * licence when it names one (an empty one means unlicensed), else the
 * release's licence for that content type, else its distribution licence.
 */
import { mofClass, type ComponentLicences, type MofClass, type MofComponent } from './mof-class';
import { compact, compareText, firstHttps, isPlain, releaseDate, text, type FileProblem, type Plain, type SourceMeta } from './source-meta';

export const MOF_REPOSITORY = 'https://github.com/lfai/model_openness_tool';

export interface MofRecord {
  /** `models/<file>`, as in the tool's repository. */
  file: string;
  name: string;
  version?: string;
  producer?: string;
  released?: string;
  type?: string;
  links?: { repository?: string; huggingface?: string };
  /** The release's global licences: distribution, code, data, document. */
  licences: Record<string, string>;
  /** Every included component, with its resolved licence (null: unlicensed). */
  components: Record<string, string | null>;
  class: MofClass | null;
}

export interface MofData {
  source: SourceMeta & { name: string; repository: string; licence: string };
  framework: MofComponent[];
  records: MofRecord[];
}

function globalLicences(release: Plain): Record<string, string> {
  const licence = isPlain(release.license) ? release.license : {};
  const out: Record<string, string> = {};
  for (const key of ['distribution', 'code', 'data', 'document']) {
    const entry = licence[key];
    const name = isPlain(entry) ? text(entry.name) : undefined;
    if (name) out[key] = name;
  }
  return out;
}

function resolveLicence(component: Plain, type: string | undefined, globals: Record<string, string>): string | null {
  if ('license' in component) return text(component.license) ?? null;
  return (type ? globals[type] : undefined) ?? globals.distribution ?? null;
}

/** One model file, or the reason it cannot be used. */
export function parseMofFile(file: string, data: unknown, framework: readonly MofComponent[]): { record?: MofRecord; problems: FileProblem[] } {
  if (!isPlain(data) || !isPlain(data.release)) return { problems: [{ file, message: 'has no "release" mapping' }] };
  const release = data.release;
  const name = text(release.name);
  if (!name) return { problems: [{ file, message: 'has no release name' }] };
  const problems: FileProblem[] = [];
  const typeOf = new Map(framework.map((c) => [c.name, c.type]));
  const globals = globalLicences(release);
  const components: Record<string, string | null> = {};
  for (const item of Array.isArray(release.components) ? release.components : []) {
    const componentName = isPlain(item) ? text(item.name) : undefined;
    if (!isPlain(item) || !componentName) {
      problems.push({ file, message: 'lists a component without a name' });
      continue;
    }
    if (!typeOf.has(componentName)) {
      problems.push({ file, message: `lists the unknown component "${componentName}"` });
      continue;
    }
    components[componentName] = resolveLicence(item, typeOf.get(componentName), globals);
  }
  const links = compact({ repository: firstHttps(release.repository), huggingface: firstHttps(release.huggingface) });
  const record: MofRecord = compact({
    file,
    name,
    version: text(release.version),
    producer: text(release.producer),
    released: releaseDate(release.date),
    type: text(release.type),
    links: Object.keys(links).length > 0 ? links : undefined,
    licences: globals,
    components: sortKeys(components),
    class: mofClass(framework, components as ComponentLicences),
  });
  return { record, problems };
}

function sortKeys<T>(object: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => compareText(a, b)));
}

/** Every model file, sorted by path; files that fail are reported and skipped. */
export function importMof(files: ReadonlyArray<{ file: string; data: unknown }>, framework: MofComponent[], meta: SourceMeta) {
  const problems: FileProblem[] = [];
  const records: MofRecord[] = [];
  for (const { file, data } of [...files].sort((a, b) => compareText(a.file, b.file))) {
    const parsed = parseMofFile(file, data, framework);
    problems.push(...parsed.problems);
    if (parsed.record) records.push(parsed.record);
  }
  const data: MofData = {
    source: { name: 'Model Openness Tool', repository: MOF_REPOSITORY, licence: 'MIT', commit: meta.commit, date: meta.date },
    framework,
    records,
  };
  return { data, problems };
}

/** The model file on GitHub at the imported commit. */
export function mofFileUrl(commit: string, file: string): string {
  return `${MOF_REPOSITORY}/blob/${commit}/${file.split('/').map(encodeURIComponent).join('/')}`;
}
