/**
 * Matcher throughput in Node: the real scanner over a generated corpus of
 * mixed Arabic and English news with the full seed alias set, against a
 * naive loop of one RegExp per alias over the same text. The two must agree
 * on Latin-script mentions, or the speed-up means nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareLatin } from '../agreement';
import { generateCorpus, type Corpus } from '../corpus';
import { compileNaive, naiveScan } from '../naive-matcher';
import { senseQuality } from '../senses';
import { flattenAliases, loadSeedSources, type BenchAlias } from '../seed-aliases';
import { median, round } from '../stats';
import { timeRuns } from '../timing';
import { arabicVocabulary, englishVocabulary } from '../vocabulary';
import { bundleNodeMatcher } from '../bundle';
import { NOT_BUILT, section, type Section } from '../result';

export interface MatcherOptions {
  root: string;
  runs: number;
  corpusBytes: number;
  /** Below this Latin agreement the run fails. */
  minAgreement: number;
}

/** The corpus every section shares, from the seed aliases and the seed article's words. */
export function benchCorpus(
  root: string,
  aliases: readonly BenchAlias[],
  size: { bytes?: number; chars?: number },
  seed = 20250805,
): Corpus {
  const article = readFileSync(join(root, 'assets/article/article-ar.txt'), 'utf8');
  return generateCorpus({
    targetBytes: size.bytes ?? 0,
    targetChars: size.chars,
    aliases,
    arabicWords: arabicVocabulary(article, aliases),
    englishWords: englishVocabulary(aliases),
    seed,
  });
}

/** Planted mentions that some found mention overlaps, by script. */
function recall(corpus: Corpus, found: readonly { start: number; end: number }[]): { latin: number; arabic: number } {
  const sorted = [...found].sort((a, b) => a.start - b.start);
  const covered = (s: number, e: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.end <= s) lo = mid + 1;
      else hi = mid;
    }
    return lo < sorted.length && sorted[lo]!.start < e;
  };
  const by = (script: 'latin' | 'arabic') => {
    const planted = corpus.planted.filter((p) => p.script === script);
    return planted.length === 0 ? 1 : planted.filter((p) => covered(p.start, p.end)).length / planted.length;
  };
  return { latin: by('latin'), arabic: by('arabic') };
}

export async function benchMatcher(o: MatcherOptions): Promise<Section> {
  const out = section('matcher');
  const sources = loadSeedSources(o.root);
  const ready = ['lib/match/alias-index.ts', 'lib/match/scanner.ts'].every((f) => existsSync(join(o.root, f)));
  if (!ready || sources.length === 0) {
    out.notes.push(`matcher: ${NOT_BUILT} (${!ready ? 'lib/match/scanner.ts missing' : 'no seed entities'})`);
    return out;
  }
  const { buildAliasIndex, scanText, keptInText, useContextCues, SHIPPED_CUES } = await bundleNodeMatcher(o.root);
  useContextCues(SHIPPED_CUES);
  const aliases = flattenAliases(sources);
  const corpus = benchCorpus(o.root, aliases, { bytes: o.corpusBytes });
  const mb = corpus.utf8Bytes / 1e6;

  const index = buildAliasIndex(sources);
  const patterns = compileNaive(aliases);
  scanText(index, corpus.text.slice(0, 200_000)); // revive the index and warm the JIT
  naiveScan(patterns, corpus.text.slice(0, 200_000));
  // Alternate the two, so a busy machine slows both alike and the ratio holds.
  const scanner = { samples: [] as number[], last: [] as ReturnType<typeof scanText> };
  const naive = { samples: [] as number[], last: [] as ReturnType<typeof naiveScan> };
  // Scan and sense decision together, as the extension runs them.
  const decided = { samples: [] as number[], last: [] as ReturnType<typeof scanText> };
  keptInText(corpus.text.slice(0, 200_000), scanText(index, corpus.text.slice(0, 200_000)));
  for (let i = 0; i < o.runs; i++) {
    const d = timeRuns(1, () => keptInText(corpus.text, scanText(index, corpus.text)));
    decided.samples.push(...d.samples);
    decided.last = d.last;
    const s = timeRuns(1, () => scanText(index, corpus.text));
    scanner.samples.push(...s.samples);
    scanner.last = s.last;
    const n = timeRuns(1, () => naiveScan(patterns, corpus.text));
    naive.samples.push(...n.samples);
    naive.last = n.last;
  }

  const scanMs = median(scanner.samples);
  const decidedMs = median(decided.samples);
  const quality = senseQuality(o.root, { index, scanText, keptInText });
  const naiveMs = median(naive.samples);
  const agreement = compareLatin(corpus.text, scanner.last, naive.last);
  const found = recall(corpus, scanner.last);
  Object.assign(out.figures, {
    mbPerSec: round(mb / (scanMs / 1000)),
    vsNaive: round(naiveMs / scanMs),
    naiveMbPerSec: round(mb / (naiveMs / 1000)),
    scanMs: round(scanMs),
    naiveMs: round(naiveMs),
    runs: o.runs,
    corpusMB: round(mb, 3),
    corpusChars: corpus.text.length,
    aliases: aliases.length,
    entities: sources.length,
    planted: corpus.planted.length,
    mentions: scanner.last.length,
    withSensesMbPerSec: round(mb / (decidedMs / 1000)),
    senseCostPct: round((decidedMs / scanMs - 1) * 100, 1),
    keptOfCandidates: round(decided.last.length / Math.max(1, scanner.last.length), 4),
    senses: {
      offTopicFalsePer1000Words: round(quality.offTopicFalsePer1000Words, 3),
      offTopicFalse: quality.offTopicFalse,
      offTopicWords: quality.offTopicWords,
      newsPrecision: round(quality.newsPrecision, 4),
      newsRecall: round(quality.newsRecall, 4),
      newsRecallBefore: round(quality.newsRecallBefore, 4),
    },
    plantedRecall: { latin: round(found.latin, 4), arabic: round(found.arabic, 4) },
    agreement: { ...agreement, ratio: round(agreement.ratio, 4) },
  });
  if (agreement.ratio < o.minAgreement) {
    out.failure =
      `matcher and naive baseline disagree on Latin-script mentions: agreement ${round(agreement.ratio * 100, 2)}% ` +
      `< ${o.minAgreement * 100}% (scanner-only ${agreement.scannerOnly}, naive-only ${agreement.naiveOnly})`;
  }
  return out;
}
