/**
 * Knowledge-base tools.
 *
 *   npm run --silent kb -- export   prints the seed knowledge base in the export format (JSON) to stdout
 *   npm run --silent kb -- check    validates the seed and checks every article quote verbatim;
 *                                   exit 1 with the list of problems, exit 0 with a short summary
 *   npm run kb -- import-osai DIR [--commit SHA --date YYYY-MM-DD]
 *                                   reads a checkout of the European Open Source AI Index into
 *                                   assets/kb/expert/osai.json
 *   npm run kb -- import-mof DIR [--commit SHA --date YYYY-MM-DD]
 *                                   reads a checkout of the Model Openness Tool into assets/kb/expert/mof.json
 *   npm run kb -- link-expert       adds every new expert record to assets/kb/expert/links.json
 *                                   (reviewed entries are kept as they are)
 *
 * `--root <dir>` reads the seed from another checkout (used by the tests).
 */
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { buildExport, serializeExport } from '../lib/kb/import-export';
import { unmarkedAmbiguousAliases } from '../lib/kb/ambiguity-check';
import { checkSeed } from '../lib/kb/seed-check';
import { readSeedFiles } from './kb-files';
import { runImportMof, runImportOsai, sourceMeta } from './expert-import';
import { runLinkExpert } from './expert-link';
import { loadWordLists } from './word-lists';

const args = process.argv.slice(2);
const rootFlag = args.indexOf('--root');
const root = rootFlag >= 0 && args[rootFlag + 1] ? args[rootFlag + 1]! : join(dirname(fileURLToPath(import.meta.url)), '..');
const VALUE_FLAGS = ['--root', '--commit', '--date'];
const positional = args.filter((arg, i) => !arg.startsWith('--') && !VALUE_FLAGS.includes(args[i - 1] ?? ''));
const command = positional[0];

// `kb export | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

function usage(): never {
  process.stderr.write(
    'usage: npm run --silent kb -- <export|check>\n' +
      '       npm run kb -- <import-osai DIR|import-mof DIR> [--commit SHA --date YYYY-MM-DD]\n' +
      '       npm run kb -- link-expert\n',
  );
  process.exit(2);
}

function load() {
  try {
    const result = checkSeed(readSeedFiles(root));
    if (!result.ok || command !== 'check') return result;
    const problems = unmarkedAmbiguousAliases(result.seed.entities, loadWordLists());
    return problems.length > 0 ? { ok: false as const, problems } : result;
  } catch (error) {
    return { ok: false as const, problems: [(error as Error).message] };
  }
}

/** The importers: problems in single files are listed, and never stop the import. */
function runImport(): never {
  const dir = positional[1];
  if (!dir) usage();
  try {
    const meta = sourceMeta(dir, args);
    const result = command === 'import-osai' ? runImportOsai(root, dir, meta) : runImportMof(root, dir, meta);
    for (const p of result.problems) process.stderr.write(`  ${p.file}: ${p.message}\n`);
    process.stdout.write(`${result.path}: ${result.records} records from ${meta.commit} (${meta.date}); ${result.problems.length} problem(s)\n`);
    process.exit(0);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
}

if (command === 'import-osai' || command === 'import-mof') runImport();
if (command === 'link-expert') {
  const summary = runLinkExpert(root);
  process.stdout.write(`${summary}\n`);
  process.exit(0);
}
if (command !== 'export' && command !== 'check') usage();

const result = load();
if (!result.ok) {
  process.stderr.write(`The knowledge-base seed has ${result.problems.length} problem(s):\n`);
  for (const problem of result.problems) process.stderr.write(`  ${problem}\n`);
  process.exit(1);
}

const { seed } = result;
if (command === 'export') {
  process.stdout.write(serializeExport(buildExport(seed.entities)));
} else {
  const claims = seed.entities.reduce((n, e) => n + (e.articleClaims?.length ?? 0), 0);
  const quotedNotes = [...seed.general.benefits, ...seed.general.risks, ...seed.entities.flatMap((e) => [...(e.risks ?? []), ...(e.benefits ?? [])])].filter(
    (note) => note.quoteAr !== undefined,
  ).length;
  const byStatus = new Map<string, number>();
  for (const e of seed.entities) {
    const status = e.assessment?.status ?? `(${e.kind})`;
    byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
  }
  const tally = [...byStatus].map(([status, n]) => `${status} ${n}`).join(', ');
  process.stdout.write(
    `OK: seed version ${seed.version} (${seed.fingerprint}), ${seed.entities.length} entities [${tally}], ` +
      `${claims} article claims and ${quotedNotes} quoted notes found verbatim.\n`,
  );
}
