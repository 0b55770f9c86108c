/**
 * Filler words for generated news text. Arabic words come from the seed
 * article itself, so the corpus has real Arabic morphology (proclitics,
 * hamza spellings, diacritics where the article has them); English words are
 * a plain news vocabulary. Any word that is an alias token is left out, so the
 * only mentions in a corpus are the ones the generator planted.
 */
import { normalizeText } from '../lib/text/normalize';
import type { BenchAlias } from './seed-aliases';

export const ENGLISH_WORDS = (
  'the a an of in on for with and but while as by from to at after before over under about against ' +
  'report reports reported company companies model models system systems release released releases launch ' +
  'launched developers researchers engineers users market markets government regulators policy policies ' +
  'new open closed source code weights data training licence license commercial research public private ' +
  'analysts said says told announced according statement week month year quarter today yesterday ' +
  'rival rivals startup startups industry technology tech cloud chips computing power energy costs price ' +
  'investors funding deal deals partnership agreement version update updates feature features tool tools ' +
  'safety risk risks concerns critics supporters experts argue warned expected plans plan strategy ' +
  'benchmark results performance faster cheaper larger smaller powerful capable available access free paid ' +
  'global local national international European American Chinese Arab region countries economy growth ' +
  'students schools hospitals banks media newspapers readers audience platform platforms service services ' +
  'questions answers debate decision decisions future past recent latest early first second third major minor ' +
  'community communities contributors developers' 
).split(/\s+/).filter(Boolean);

const ARABIC_WORD = /[\u0600-\u06FF]+/g;

/** Word tokens of every alias, folded the way the matcher folds, for excluding filler that holds one. */
function aliasTokens(aliases: readonly BenchAlias[]): string[] {
  const tokens = new Set<string>();
  for (const a of aliases) {
    for (const t of normalizeText(a.text).split(/[^\p{L}\p{N}]+/u)) if (t.length >= 2) tokens.add(t);
  }
  return [...tokens];
}

/** Prefixes a name can carry in Arabic (و, ف, ب, ل, ك, ال, لل), folded. */
const PROCLITIC = /^[\u0648\u0641]?[\u0628\u0644\u0643]?(?:\u0627\u0644|\u0644\u0644)?$/;

/** The word is a token of some alias, bare or behind Arabic proclitics (so the matcher would read it as one). */
function holdsAlias(word: string, tokens: readonly string[]): boolean {
  const folded = normalizeText(word);
  return tokens.some((t) => folded.endsWith(t) && PROCLITIC.test(folded.slice(0, folded.length - t.length)));
}

/** Distinct Arabic words of `article` (two letters or more) that are no alias token. */
export function arabicVocabulary(article: string, aliases: readonly BenchAlias[]): string[] {
  const tokens = aliasTokens(aliases);
  const words = new Set(article.match(ARABIC_WORD) ?? []);
  return [...words].filter((w) => w.length >= 2 && !holdsAlias(w, tokens)).sort();
}

/** English filler words that are no alias token. */
export function englishVocabulary(aliases: readonly BenchAlias[]): string[] {
  const tokens = aliasTokens(aliases);
  return ENGLISH_WORDS.filter((w) => !holdsAlias(w, tokens));
}
