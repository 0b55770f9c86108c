/**
 * npm run --silent claims -- FILE... [--json]
 *
 * The open-washing check on text or HTML files (read as `npm run scan` reads
 * them), against the seed knowledge base in assets/kb/entities: for each
 * mention, the openness claim the text itself makes about it, and that claim
 * beside the record.
 *
 * With --json: one line per file, in order, a JSON array with one object per
 * mention the check looked at, exactly
 * {"entity","start","end","claim","verdict","cue","cueStart","cueEnd"}
 * (UTF-16 offsets into the text). Without it: a report to lint a draft with,
 * one line per claim, overstated claims first marked.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { claimChecker, recordLookup } from '../lib/claims/check';
import type { PageClaim, RecordLookup } from '../lib/claims/types';
import type { Entity } from '../lib/kb/schema';
import { readSeedFiles } from './kb-files';
import { lineAndColumn, readPageText } from './page-text';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');

const CLAIM_WORDS = { open: 'open source', 'open-weights': 'open weights', closed: 'closed' } as const;

function toJson(claims: PageClaim[]): string {
  // Key order is fixed so output can be compared line by line.
  return JSON.stringify(
    claims.map(({ entity, start, end, claim, verdict, cue, cueStart, cueEnd }) => ({ entity, start, end, claim, verdict, cue, cueStart, cueEnd })),
  );
}

function describeOne(file: string, text: string, c: PageClaim, lookup: RecordLookup): string | null {
  if (c.cue === null) return null;
  const where = `${file}:${lineAndColumn(text, c.start)}`;
  const name = JSON.stringify(text.slice(c.start, c.end));
  const cue = JSON.stringify(c.cue);
  if (c.claim === null) return `${where}\t${name}\t${c.entity}\tnot a claim (${c.qualifier}): ${cue}`;
  const status = c.release?.status ?? lookup(c.entity)?.status;
  const record = !status ? 'no status on record (not judged)' : c.release ? `the record says ${status} for ${c.release.name}` : `the record says ${status}`;
  const mark = c.verdict === 'overstated' ? 'OVERSTATED' : (c.verdict ?? 'not judged');
  return `${where}\t${name}\t${c.entity}\t${mark}: the text calls it ${CLAIM_WORDS[c.claim]} (${cue}); ${record}`;
}

function describe(file: string, text: string, claims: PageClaim[], lookup: RecordLookup): string {
  const lines = claims.map((c) => describeOne(file, text, c, lookup)).filter((l): l is string => l !== null);
  const overstated = claims.filter((c) => c.verdict === 'overstated').length;
  const made = claims.filter((c) => c.claim !== null).length;
  const summary = `${file}: ${claims.length} mentions, ${made} openness claims, ${overstated} overstated`;
  return [...lines, summary].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json' && a !== '--');
  if (files.length === 0) {
    console.error('usage: npm run --silent claims -- FILE... [--json]');
    return 2;
  }
  const entities = readSeedFiles(ROOT).entityFiles.map((f) => f.data as Entity);
  const check = claimChecker(entities);
  const lookup = recordLookup(entities);
  let failed = false;
  for (const file of files) {
    let text: string;
    try {
      text = await readPageText(file);
    } catch (error) {
      console.error(`${file}: ${(error as Error).message}`);
      failed = true;
      continue;
    }
    const claims = check(text);
    console.log(json ? toJson(claims) : describe(file, text, claims, lookup));
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error((error as Error).message);
    process.exitCode = 1;
  },
);
