/**
 * The people a page has named so far, gathered paragraph by paragraph in
 * reading order (see `PagePersons` in sense.ts): a story names a person in
 * full before it calls them by the first name alone.
 */
import type { PagePersons, ParagraphReading } from './sense';

/** Enough for any article; a feed that never ends stops adding, rather than growing without bound. */
const MOST = 256;

export interface PagePersonsSoFar {
  /** What the decision reads: the same sets, growing. */
  readonly seen: PagePersons;
  /** Adds the people a paragraph names plainly. */
  add(paragraph: ParagraphReading): void;
}

export function createPagePersons(): PagePersonsSoFar {
  const given = new Set<string>();
  const full = new Set<string>();
  return {
    seen: { given, full },
    add({ persons }) {
      for (const name of persons.given) if (given.size < MOST) given.add(name);
      for (const name of persons.full) if (full.size < MOST) full.add(name);
    },
  };
}
