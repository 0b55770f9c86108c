/**
 * npm run --silent scan -- FILE... [--json] [--explain]
 *
 * Finds mentions of known entities in text or HTML files with the same
 * matcher the extension uses, against the seed knowledge base in
 * assets/kb/entities. A .txt file is scanned exactly as read (UTF-8); an
 * .html/.htm file is reduced to its visible text first, and offsets refer to
 * that text.
 *
 * Without --json: one line per mention with its position, text, entity and
 * status (and the version read, if any). With --json: one line per file, a
 * JSON array of exactly {"entity","start","end","text"}, the documented
 * machine-readable format; the mention's text includes any version suffix.
 *
 * Mentions are the ones the extension highlights: the scanner's candidates
 * after the sense decision (lib/match/sense.ts), each line of the text a
 * paragraph. --explain lists every candidate instead, with whether it was
 * kept, its score and the evidence for and against (with --json: the same
 * four keys, then "kept", "score", "evidence" and, for an ambiguous alias,
 * "ambiguous").
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAliasIndex, statusOf, type CompiledIndex } from '../lib/match/alias-index';
import { scanText } from '../lib/match/scanner';
import type { SenseDecision } from '../lib/match/sense';
import { decideInText } from '../lib/match/text-senses';
import { withTiers } from '../lib/match/tier-span';
import type { Mention } from '../lib/match/types';
import { useContextCues } from '../lib/match/context-cues';
import { SHIPPED_CUES } from '../lib/match/shipped-cues';
import { readSeedAliasSources } from './kb-files';
import { lineAndColumn, readPageText } from './page-text';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
useContextCues(SHIPPED_CUES);
const ENTITIES_DIR = join(ROOT, 'assets/kb/entities');

/** The index the extension compiles from its shipped knowledge base, expert-index entries included. */
function loadIndex(): CompiledIndex {
  if (!existsSync(ENTITIES_DIR)) throw new Error(`No seed knowledge base at ${ENTITIES_DIR}: the scan needs assets/kb/entities/*.json.`);
  return buildAliasIndex(readSeedAliasSources(ROOT));
}

function describe(file: string, text: string, mentions: Mention[], index: CompiledIndex): string[] {
  return mentions.map((m) => {
    const version = m.version ? ` version ${m.version}` : '';
    const status = statusOf(index, m.entity, m.text) ?? 'unknown';
    return `${file}:${lineAndColumn(text, m.start)}\t[${m.start},${m.end})\t${JSON.stringify(m.text)}\t${m.entity}${version}\t${status}`;
  });
}

function explainJson(decisions: SenseDecision[]): string {
  return JSON.stringify(
    decisions.map(({ mention: m, kept, score, evidence }) => ({
      entity: m.entity,
      start: m.start,
      end: m.end,
      text: m.text,
      kept,
      score,
      evidence,
      ...(m.ambiguous !== undefined ? { ambiguous: m.ambiguous } : {}),
    })),
  );
}

/** One line per candidate: kept or dropped, and why. */
function explainLines(file: string, text: string, decisions: SenseDecision[]): string[] {
  return decisions.map(({ mention: m, kept, score, evidence }) => {
    const why = evidence.map((e) => `${e.kind}${e.cue !== undefined ? `(${e.cue})` : ''} ${e.weight >= 0 ? '+' : ''}${e.weight}`);
    const ambiguous = m.ambiguous !== undefined ? ` [ambiguous: ${m.ambiguous}]` : '';
    return `${file}:${lineAndColumn(text, m.start)}	${JSON.stringify(m.text)}	${m.entity}${ambiguous}	${kept ? 'kept' : 'dropped'} (score ${score})	${why.join(', ')}`;
  });
}

function toJson(mentions: Mention[]): string {
  // Key order is fixed so output can be compared line by line.
  return JSON.stringify(
    mentions.map((m) => ({ entity: m.entity, start: m.start, end: m.end, text: m.text })),
  );
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const explain = argv.includes('--explain');
  const files = argv.filter((a) => a !== '--json' && a !== '--explain' && a !== '--');
  if (files.length === 0) {
    console.error('usage: npm run --silent scan -- FILE... [--json] [--explain]');
    return 2;
  }
  const index = loadIndex();
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
    const decided = decideInText(text, scanText(index, text));
    // The spans a page marks, as the content script reads them: the kept mentions with a model's tier and size
    // words ("Gemini 2.5 Pro"), each reaching no further than the next kept one.
    const kept = decided.filter((d) => d.kept).map((d) => d.mention);
    const spans = withTiers(text, kept);
    const marked = new Map(kept.map((m, i) => [m, spans[i]!]));
    const decisions = decided.map((d) => (d.kept ? { ...d, mention: marked.get(d.mention)! } : d));
    const mentions = decisions.filter((d) => d.kept).map((d) => d.mention);
    if (explain) console.log(json ? explainJson(decisions) : explainLines(file, text, decisions).join('\n') || `${file}: no candidates`);
    else if (json) console.log(toJson(mentions));
    else {
      const lines = describe(file, text, mentions, index);
      console.log(lines.length ? lines.join('\n') : `${file}: no mentions`);
    }
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
