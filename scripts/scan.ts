/**
 * npm run --silent scan -- FILE... [--json]
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
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAliasIndex, statusOf, type CompiledIndex } from '../lib/match/alias-index';
import { scanText } from '../lib/match/scanner';
import { toAliasSource } from '../lib/match/sources';
import type { Mention } from '../lib/match/types';
import type { Entity } from '../lib/kb/schema';
import { lineAndColumn, readPageText } from './page-text';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const ENTITIES_DIR = join(ROOT, 'assets/kb/entities');

function loadIndex(): CompiledIndex {
  let files: string[];
  try {
    files = readdirSync(ENTITIES_DIR).filter((f) => f.endsWith('.json')).sort();
  } catch {
    throw new Error(`No seed knowledge base at ${ENTITIES_DIR}: the scan needs assets/kb/entities/*.json.`);
  }
  if (files.length === 0) throw new Error(`${ENTITIES_DIR} holds no entity files (*.json).`);
  const entities = files.map((f) => {
    try {
      return JSON.parse(readFileSync(join(ENTITIES_DIR, f), 'utf8')) as Entity;
    } catch (error) {
      throw new Error(`${f}: not valid JSON (${(error as Error).message})`);
    }
  });
  return buildAliasIndex(entities.map(toAliasSource));
}

function describe(file: string, text: string, mentions: Mention[], index: CompiledIndex): string[] {
  return mentions.map((m) => {
    const version = m.version ? ` version ${m.version}` : '';
    const status = statusOf(index, m.entity) ?? 'unknown';
    return `${file}:${lineAndColumn(text, m.start)}\t[${m.start},${m.end})\t${JSON.stringify(m.text)}\t${m.entity}${version}\t${status}`;
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
  const files = argv.filter((a) => a !== '--json' && a !== '--');
  if (files.length === 0) {
    console.error('usage: npm run --silent scan -- FILE... [--json]');
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
    const mentions = scanText(index, text);
    if (json) console.log(toJson(mentions));
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
