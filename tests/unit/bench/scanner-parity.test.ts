import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { compareLatin } from '../../../bench/agreement';
import { compileNaive, naiveScan } from '../../../bench/naive-matcher';
import { flattenAliases, loadSeedSources } from '../../../bench/seed-aliases';
import { benchCorpus } from '../../../bench/sections/matcher';
import { buildAliasIndex } from '../../../lib/match/alias-index';
import { scanText } from '../../../lib/match/scanner';

const ROOT = resolve(import.meta.dirname, '../../..');

// The bench's speed-up figure only means something while the scanner and the
// naive baseline find the same Latin-script names in the bench corpus.
describe('scanner and naive baseline on the bench corpus, with the seed aliases', () => {
  const sources = loadSeedSources(ROOT);
  const aliases = flattenAliases(sources);
  const corpus = benchCorpus(ROOT, aliases, { bytes: 300_000 });
  const mentions = scanText(buildAliasIndex(sources), corpus.text);

  it('agree on Latin-script mentions', () => {
    const a = compareLatin(corpus.text, mentions, naiveScan(compileNaive(aliases), corpus.text));
    expect(a.both).toBeGreaterThan(500);
    expect(a.scannerOnly).toBe(0);
    expect(a.ratio).toBeGreaterThan(0.98);
    expect(a.attached).toBeGreaterThan(0);
    expect(a.versionSuffix).toBeGreaterThan(0);
  });

  it('find nearly every planted mention, Arabic ones included', () => {
    const starts = mentions.map((m) => [m.start, m.end] as const);
    const covered = (s: number, e: number) => starts.some(([a, b]) => a < e && s < b);
    const arabic = corpus.planted.filter((p) => p.script === 'arabic');
    expect(arabic.length).toBeGreaterThan(200);
    expect(arabic.filter((p) => covered(p.start, p.end)).length).toBeGreaterThan(arabic.length * 0.99);
  });
});
