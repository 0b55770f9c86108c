/**
 * Knowledge-base tools.
 *
 *   npm run --silent kb -- export   prints the seed knowledge base in the export format (JSON) to stdout
 *   npm run --silent kb -- check    validates the seed and checks every article quote verbatim;
 *                                   exit 1 with the list of problems, exit 0 with a short summary
 *
 * `--root <dir>` reads the seed from another checkout (used by the tests).
 */
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { buildExport, serializeExport } from '../lib/kb/import-export';
import { unmarkedAmbiguousAliases } from '../lib/kb/ambiguity-check';
import { checkSeed } from '../lib/kb/seed-check';
import { readSeedFiles } from './kb-files';
import { loadWordLists } from './word-lists';

const args = process.argv.slice(2);
const rootFlag = args.indexOf('--root');
const root = rootFlag >= 0 && args[rootFlag + 1] ? args[rootFlag + 1]! : join(dirname(fileURLToPath(import.meta.url)), '..');
const command = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--root');

// `kb export | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

function usage(): never {
  process.stderr.write('usage: npm run --silent kb -- <export|check>\n');
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
