/**
 * Reads the knowledge-base seed from disk for Node tools (the `kb` CLI and the
 * build hook in wxt.config.ts), in the shape `checkSeed` expects. The extension
 * and the unit tests load the same files through Vite instead (lib/kb/seed.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSeed, type SeedFile, type SeedInput } from '../lib/kb/seed-check';
import { toAliasSource } from '../lib/match/sources';
import type { AliasSource } from '../lib/match/types';

function readJson(root: string, path: string): SeedFile {
  const full = join(root, path);
  const text = readFileSync(full, 'utf8');
  try {
    return { path, data: JSON.parse(text) as unknown };
  } catch (error) {
    throw new Error(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/** All seed inputs under `root` (the repository root). */
export function readSeedFiles(root: string): SeedInput {
  const dir = join(root, 'assets/kb/entities');
  const entityFiles = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => readJson(root, `assets/kb/entities/${name}`));
  return {
    entityFiles,
    general: readJson(root, 'assets/kb/general.json'),
    version: readJson(root, 'assets/kb/seed-version.json'),
    articleText: readFileSync(join(root, 'assets/article/article-ar.txt'), 'utf8'),
    ...(existsSync(join(root, 'assets/kb/expert/links.json'))
      ? {
          expert: {
            osai: readJson(root, 'assets/kb/expert/osai.json'),
            mof: readJson(root, 'assets/kb/expert/mof.json'),
            links: readJson(root, 'assets/kb/expert/links.json'),
            ambiguous: readJson(root, 'assets/kb/expert/ambiguous-names.json'),
            cards: readJson(root, 'assets/kb/expert/card-licences.json'),
            names: readJson(root, 'assets/kb/expert/names.json'),
          },
        }
      : {}),
  };
}

/** The alias sources the extension compiles from its shipped seed, expert-index entries included. */
export function readSeedAliasSources(root: string): AliasSource[] {
  return parseSeed(readSeedFiles(root)).entities.map(toAliasSource);
}
