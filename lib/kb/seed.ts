/**
 * The shipped knowledge base, bundled into the extension (and loaded the same
 * way in unit tests): every assets/kb/entities/*.json file, the general notes
 * and the seed version, validated by `checkSeed` when this module loads.
 *
 * Only Vite-built code can import this module (it relies on import.meta.glob
 * and ?raw). Node scripts read the same files with fs: see scripts/kb-files.ts.
 */
import articleText from '../../assets/article/article-ar.txt?raw';
import general from '../../assets/kb/general.json';
import version from '../../assets/kb/seed-version.json';
import osai from '../../assets/kb/expert/osai.json';
import mof from '../../assets/kb/expert/mof.json';
import links from '../../assets/kb/expert/links.json';
import ambiguous from '../../assets/kb/expert/ambiguous-names.json';
import cards from '../../assets/kb/expert/card-licences.json';
import names from '../../assets/kb/expert/names.json';
import { parseSeed, type Seed } from './seed-check';

const entityModules = import.meta.glob<unknown>('../../assets/kb/entities/*.json', { eager: true, import: 'default' });

export const SEED: Seed = parseSeed({
  entityFiles: Object.entries(entityModules).map(([path, data]) => ({
    path: path.replace(/^(\.\.\/)+/, ''),
    data,
  })),
  general: { path: 'assets/kb/general.json', data: general },
  version: { path: 'assets/kb/seed-version.json', data: version },
  articleText,
  expert: {
    osai: { path: 'assets/kb/expert/osai.json', data: osai },
    mof: { path: 'assets/kb/expert/mof.json', data: mof },
    links: { path: 'assets/kb/expert/links.json', data: links },
    ambiguous: { path: 'assets/kb/expert/ambiguous-names.json', data: ambiguous },
    cards: { path: 'assets/kb/expert/card-licences.json', data: cards },
    names: { path: 'assets/kb/expert/names.json', data: names },
  },
});

export const SEED_VERSION: number = SEED.version;

/** The seed article's text, for showing a claim in its paragraph. */
export const ARTICLE_TEXT: string = articleText;
