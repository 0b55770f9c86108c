/**
 * The baseline: one regular expression per alias, run over the whole text,
 * the way a simple keyword highlighter is usually written. Whole words by
 * Unicode-aware lookarounds (\b only knows ASCII), case-insensitive unless the
 * alias is case-sensitive (then also as an API model name in small letters, as
 * the scanner reads it), a space or hyphen in the alias matching a space,
 * a hyphen or nothing. No normalization: it sees Arabic only as written, and
 * no proclitics. Overlaps resolve leftmost-longest, as the scanner's do, so
 * the two answers can be compared mention by mention.
 */
import type { BenchAlias } from './seed-aliases';

export interface NaivePattern {
  entity: string;
  alias: string;
  regex: RegExp;
}

export interface NaiveMention {
  entity: string;
  start: number;
  end: number;
  text: string;
}

const WORD_BEFORE = '(?<![\\p{L}\\p{M}\\p{N}])';
const WORD_AFTER = '(?![\\p{L}\\p{M}\\p{N}])';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function patternBody(aliasText: string): string {
  return aliasText
    .trim()
    .split(/[\s-]+/)
    .map(escapeRegExp)
    .join('[\\s-]?');
}

/** The pattern source for one alias: escaped, each space/hyphen run optional, whole word. */
export function naivePatternSource(aliasText: string): string {
  return WORD_BEFORE + patternBody(aliasText) + WORD_AFTER;
}

/**
 * A case-sensitive alias as an API model name in small letters, as the
 * scanner reads it: "phi-4" for "Phi-4", "gemini" before "-2.5" for a
 * versioned "Gemini" (see lib/match/capitals.ts).
 */
function modelIdSource(a: BenchAlias): string | null {
  const lower = a.text.toLowerCase();
  if (!a.caseSensitive || lower === a.text) return null;
  if (/\d/.test(lower)) return patternBody(lower);
  return a.versioned ? patternBody(lower) + '(?=-\\p{N})' : null;
}

export function compileNaive(aliases: readonly BenchAlias[]): NaivePattern[] {
  return aliases.map((a) => {
    const id = modelIdSource(a);
    const source = id === null ? naivePatternSource(a.text) : `${WORD_BEFORE}(?:${patternBody(a.text)}|${id})${WORD_AFTER}`;
    return { entity: a.entity, alias: a.text, regex: new RegExp(source, a.caseSensitive ? 'gu' : 'giu') };
  });
}

/** Every match of every pattern, overlaps resolved leftmost-longest (ties to the smaller entity id). */
export function naiveScan(patterns: readonly NaivePattern[], text: string): NaiveMention[] {
  const found: NaiveMention[] = [];
  for (const p of patterns) {
    p.regex.lastIndex = 0;
    for (let m = p.regex.exec(text); m !== null; m = p.regex.exec(text)) {
      found.push({ entity: p.entity, start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  return resolveOverlaps(found);
}

export function resolveOverlaps<T extends { start: number; end: number; entity: string }>(mentions: T[]): T[] {
  mentions.sort((a, b) => a.start - b.start || b.end - a.end || (a.entity < b.entity ? -1 : a.entity > b.entity ? 1 : 0));
  const kept: T[] = [];
  let reach = -1;
  for (const m of mentions) {
    if (m.start < reach) continue;
    kept.push(m);
    reach = m.end;
  }
  return kept;
}
