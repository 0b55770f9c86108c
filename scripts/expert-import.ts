/**
 * The file side of the expert importers: reads a checkout of the European
 * Open Source AI Index or of the Model Openness Tool, hands the parsed YAML
 * to the pure importers in lib/expert, and writes assets/kb/expert/*.json.
 *
 * The source commit and date come from `--commit` / `--date`, or from the
 * checkout's own .git when it has one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { importMof } from '../lib/expert/mof';
import { parseMofSettings } from '../lib/expert/mof-class';
import { importOsai } from '../lib/expert/osai';
import { serializeExpert } from '../lib/expert/serialize';
import type { FileProblem, SourceMeta } from '../lib/expert/source-meta';

export const EXPERT_DIR = 'assets/kb/expert';

export interface ImportResult {
  path: string;
  records: number;
  problems: FileProblem[];
}

function flag(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** Commit and date from the flags, else from the checkout's git history. */
export function sourceMeta(dir: string, args: readonly string[]): SourceMeta {
  let commit = flag(args, '--commit');
  let date = flag(args, '--date');
  if ((!commit || !date) && existsSync(join(dir, '.git'))) {
    const git = (format: string) => execFileSync('git', ['-C', dir, 'log', '-1', `--format=${format}`], { encoding: 'utf8' }).trim();
    commit ??= git('%H');
    date ??= git('%cs');
  }
  if (!commit || !/^[0-9a-f]{40}$/.test(commit)) throw new Error('the source commit is needed: pass --commit <40 hex digits> (or import from a git checkout)');
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error('the source date is needed: pass --date YYYY-MM-DD (or import from a git checkout)');
  return { commit, date };
}

/** Parses every file, turning a YAML error into a problem for that file. */
function readYamlFiles(dir: string, names: readonly string[], prefix: string) {
  const files: Array<{ file: string; data: unknown }> = [];
  const problems: FileProblem[] = [];
  for (const name of names) {
    const file = `${prefix}${name}`;
    try {
      files.push({ file, data: parse(readFileSync(join(dir, name), 'utf8')) as unknown });
    } catch (error) {
      problems.push({ file, message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
    }
  }
  return { files, problems };
}

function write(root: string, name: string, text: string): string {
  const path = join(EXPERT_DIR, name);
  mkdirSync(join(root, EXPERT_DIR), { recursive: true });
  writeFileSync(join(root, path), text);
  return path;
}

export function runImportOsai(root: string, dir: string, meta: SourceMeta): ImportResult {
  const names = readdirSync(dir).filter((n) => /\.ya?ml$/.test(n) && !n.startsWith('_')).sort();
  const read = readYamlFiles(dir, names, '');
  const parameters = parse(readFileSync(join(dir, '_parameters.yml'), 'utf8')) as unknown;
  const result = importOsai(read.files, parameters, meta);
  const path = write(root, 'osai.json', serializeExpert(result.data as unknown as { records: unknown[] }));
  return { path, records: result.data.records.length, problems: [...read.problems, ...result.problems] };
}

export function runImportMof(root: string, dir: string, meta: SourceMeta): ImportResult {
  const settings = parse(readFileSync(join(dir, 'web/modules/mof/config/install/mof.settings.yml'), 'utf8')) as unknown;
  const framework = parseMofSettings(settings);
  const names = readdirSync(join(dir, 'models')).filter((n) => /\.ya?ml$/.test(n)).sort();
  const read = readYamlFiles(join(dir, 'models'), names, 'models/');
  const result = importMof(read.files, framework, meta);
  const path = write(root, 'mof.json', serializeExpert(result.data as unknown as { records: unknown[] }));
  return { path, records: result.data.records.length, problems: [...read.problems, ...result.problems] };
}
