/**
 * The scanner's throughput as the alias count grows: the same mixed Arabic
 * and English corpus scanned with the shipped aliases plus synthetic ones,
 * from 100 to 20,000 aliases. The index is a trie walked once per position,
 * so throughput should stay flat; this section shows whether it does. The
 * text and the names planted in it stay the same at every size, and the
 * sizes take turns run by run. At
 * 1,000 aliases it also runs the one-RegExp-per-alias loop, the honest
 * alternative at that size.
 */
import { compileNaive, naiveScan } from '../naive-matcher';
import { seededRandom, type Random } from '../random';
import { flattenAliases, loadSeedSources } from '../seed-aliases';
import { median, round } from '../stats';
import { timeRuns } from '../timing';
import { bundleNodeMatcher } from '../bundle';
import { NOT_BUILT, section, type Section } from '../result';
import { benchCorpus } from './matcher';
import type { AliasSource } from '../../lib/match/types';

export interface ScalingOptions {
  root: string;
  runs: number;
  corpusBytes: number;
  sizes?: number[];
}

export const ALIAS_SIZES = [100, 1_000, 5_000, 20_000];

const LATIN = 'bcdfgklmnprstvz';
const VOWELS = 'aeiou';
const ARABIC = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي';

/** A made-up product name: "Zorvak", "Telmi-7", «قرطان»; none is an English or Arabic word the corpus uses. */
function syntheticName(r: Random, arabic: boolean): string {
  if (arabic) {
    let word = '';
    for (let i = r.int(4, 7); i > 0; i--) word += r.pick([...ARABIC]);
    return word;
  }
  let word = r.pick([...LATIN]).toUpperCase();
  for (let i = r.int(2, 3); i > 0; i--) word += r.pick([...VOWELS]) + r.pick([...LATIN]);
  return r.chance(0.3) ? `${word}-${r.int(2, 99)}` : word;
}

/** `count` aliases: the shipped ones first, then synthetic entities with one name each, half Arabic. */
export function aliasSet(shipped: readonly AliasSource[], count: number, seed = 7): AliasSource[] {
  const out: AliasSource[] = [];
  let total = 0;
  for (const s of shipped) {
    if (total >= count) break;
    const aliases = s.aliases.slice(0, count - total);
    out.push({ ...s, aliases });
    total += aliases.length;
  }
  const r = seededRandom(seed);
  const seen = new Set<string>();
  for (let i = 0; total < count; i++) {
    const text = syntheticName(r, i % 2 === 1);
    if (seen.has(text)) continue;
    seen.add(text);
    out.push({ id: `synthetic-${i}`, status: 'unknown', aliases: [{ text }] });
    total++;
  }
  return out;
}

export async function benchScaling(o: ScalingOptions): Promise<Section> {
  const out = section('scaling');
  const shipped = loadSeedSources(o.root);
  if (shipped.length === 0) {
    out.notes.push(`scaling: ${NOT_BUILT} (no seed entities)`);
    return out;
  }
  const { buildAliasIndex, scanText } = await bundleNodeMatcher(o.root);
  const sizes = o.sizes ?? ALIAS_SIZES;
  // The names planted in the text are those of the smallest set, which every
  // larger set holds: each size then finds the same mentions in the same
  // text, and the figures differ by the alias count alone. (Planting every
  // shipped name made the small sets skip most of them, and the section
  // measured how many names a text holds instead.)
  const planted = flattenAliases(aliasSet(shipped, Math.min(...sizes)));
  const corpus = benchCorpus(o.root, planted, { bytes: o.corpusBytes });
  const mb = corpus.utf8Bytes / 1e6;
  const indexes = sizes.map((size) => ({ size, sources: aliasSet(shipped, size) }))
    .map((s) => ({ ...s, index: buildAliasIndex(s.sources), samples: [] as number[], found: 0 }));
  for (const s of indexes) scanText(s.index, corpus.text.slice(0, 200_000)); // revive each index and warm the JIT
  // Round robin: a busy spell of the machine slows every size alike instead of one.
  for (let run = 0; run < o.runs; run++) {
    for (const s of indexes) {
      const timed = timeRuns(1, () => scanText(s.index, corpus.text));
      s.samples.push(...timed.samples);
      s.found = timed.last.length;
    }
  }
  const perSize: Record<string, number> = {};
  const found: Record<string, number> = {};
  let naiveAt1000: { naiveMs: number; scanMs: number } | null = null;
  for (const s of indexes) {
    const scanMs = median(s.samples);
    perSize[String(s.size)] = round(mb / (scanMs / 1000));
    found[String(s.size)] = s.found;
    if (s.size === 1_000) {
      const patterns = compileNaive(flattenAliases(s.sources));
      naiveScan(patterns, corpus.text.slice(0, 200_000));
      const naiveMs = median(timeRuns(Math.min(o.runs, 3), () => naiveScan(patterns, corpus.text)).samples);
      naiveAt1000 = { naiveMs, scanMs };
    }
  }
  const rates = Object.values(perSize);
  const best = Math.max(...rates);
  Object.assign(out.figures, {
    mbPerSecBySize: perSize,
    mentionsBySize: found,
    minMbPerSec: round(Math.min(...rates)),
    spreadPct: round(((best - Math.min(...rates)) / best) * 100, 1),
    vsNaiveAt1000: naiveAt1000 ? round(naiveAt1000.naiveMs / naiveAt1000.scanMs) : null,
    corpusMB: round(mb, 3),
    runs: o.runs,
  });
  return out;
}
