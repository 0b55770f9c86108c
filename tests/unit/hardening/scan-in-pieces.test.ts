/**
 * Scanning a very long block piece by piece finds exactly what one scan of
 * the whole text finds, wherever the piece edges fall: names split by an
 * edge, versions, proclitics, context rules that look at the word before.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MARGIN_CHARS, pieces, scanInPieces } from '../../../lib/dom/scan-in-pieces';
import { buildAliasIndex } from '../../../lib/match/alias-index';
import { scanText } from '../../../lib/match/scanner';
import type { AliasSource } from '../../../lib/match/types';
import fixtureSources from '../../fixtures/match/alias-sources.json';

const sources = fixtureSources as AliasSource[];
const index = buildAliasIndex(sources);
const scan = (text: string) => scanText(index, text);
const ALIASES = sources.flatMap((s) => s.aliases.map((a) => a.text));
/** Words that are no alias; some are the words context rules look for (غوغل كلاود is Google Cloud). */
const WORDS = ['the', 'model', 'said', 'غوغل', 'قالت', 'الشركة', 'و', 'في', '3.1', 'R1', '،', '.', 'xOpenAI', 'Metadata', '\u200f'];
const PREFIXES = ['', '', 'و', 'ب', 'لـ', 'ال'];

const text = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.tuple(fc.constantFrom(...PREFIXES), fc.constantFrom(...ALIASES)).map(([p, a]) => p + a)), {
    minLength: 50,
    maxLength: 400,
  })
  .chain((words) => fc.array(fc.constantFrom(' ', ' ', '\n', ''), { minLength: words.length, maxLength: words.length }).map((gaps) => words.map((w, i) => w + gaps[i]).join('')));

const allYes = async () => true;

describe('scanning in pieces', () => {
  it('owns every index exactly once, and each piece reads its margins', () => {
    const list = pieces(10_000, 1000, 256);
    expect(list[0]).toEqual({ start: 0, end: 1000, from: 0, to: 1256 });
    expect(list.at(-1)).toEqual({ start: 9000, end: 10_000, from: 8744, to: 10_000 });
    list.forEach((p, i) => i > 0 && expect(p.start).toBe(list[i - 1]!.end));
  });

  it('finds the same mentions as one scan of the whole text, with the same offsets', async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.integer({ min: 40, max: 600 }), async (t, pieceChars) => {
        const whole = scan(t);
        const inPieces = await scanInPieces(t, scan, allYes, { pieceChars, margin: MARGIN_CHARS });
        expect(inPieces).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a name cut by a piece edge, and the context rule for the word before it', async () => {
    // "غوغل كلاود" is Google Cloud: كلاود must stay unmatched although غوغل sits in the previous piece.
    const head = 'a'.repeat(995) + ' ';
    const t = `${head}غوغل كلاود ثم OpenAI و Llama 3.1 بعد ذلك`;
    const whole = scan(t);
    expect(whole.map((m) => m.entity)).toEqual(['google', 'openai', 'llama']);
    for (const edge of [997, 1000, 1003, 1010, 1014]) {
      expect(await scanInPieces(t, scan, allYes, { pieceChars: edge, margin: MARGIN_CHARS })).toEqual(whole);
    }
  });

  it('stops, with no result, when the caller says so between pieces', async () => {
    const t = 'OpenAI '.repeat(1000);
    let pauses = 0;
    const result = await scanInPieces(t, scan, async () => ++pauses < 3, { pieceChars: 500 });
    expect(result).toBeNull();
    expect(pauses).toBe(3);
  });
});
