/**
 * Property tests: offsets always point at the exact text, decoration never
 * hides a name, and nothing throws on arbitrary Unicode.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAliasIndex } from '../../../lib/match/alias-index';
import { scanText } from '../../../lib/match/scanner';
import type { AliasSource } from '../../../lib/match/types';
import { normalizeText, normalizeWithMap } from '../../../lib/text/normalize';
import fixtureSources from '../../fixtures/match/alias-sources.json';

const sources = fixtureSources as AliasSource[];
const index = buildAliasIndex(sources);
const RUNS = { numRuns: 1000 };

/** Every alias with its entity; multi-word aliases included. */
const ALIASES = sources.flatMap((s) => s.aliases.map((a) => ({ entity: s.id, text: a.text })));

/**
 * Neutral words that are no alias, start with no digit and never complete an alias. No dash: a dash between two names
 * joins them as a hyphen does («جوجل — كروم» reads as Google Chrome), so the names would not stay two.
 */
const FILLERS = ['قالت', 'الشركة', 'إن', 'النموذج', 'الجديد', 'said', 'the', 'model', 'is', 'open', 'today', 'في', 'مفتوح', '،', '.', '؛', '(', ')'];
const PROCLITICS = ['', '', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فل', 'فب', 'وك', 'لـ', 'بـ', 'لـ ', 'بـ”', 'لـ"', '«'];
/** Characters the normalizer ignores inside a word: marks, tatweel, zero-width and bidi controls. */
const DECORATIONS = ['\u064e', '\u064f', '\u0650', '\u0651', '\u0652', '\u064b', '\u0670', '\u0640', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u200e', '\u200f'];

/** The alias with ignorable characters inserted between its letters (never at its ends). */
const decorated = (alias: string) =>
  fc.array(fc.constantFrom(...DECORATIONS), { minLength: alias.length - 1, maxLength: alias.length - 1 }).chain((marks) =>
    fc.array(fc.boolean(), { minLength: alias.length - 1, maxLength: alias.length - 1 }).map((use) => {
      let out = alias[0]!;
      for (let i = 1; i < alias.length; i++) {
        // Tanween before a final alif is grammar, not decoration: «ميتًا» is the word "dead" (see the scanner).
        const grammar = marks[i - 1] === '\u064b' && i === alias.length - 1 && alias[i] === 'ا';
        out += (use[i - 1] && alias[i - 1] !== ' ' && !grammar ? marks[i - 1]! : '') + alias[i]!;
      }
      return out;
    }),
  );

const planted = fc.constantFrom(...ALIASES).chain((alias) =>
  fc.record({ entity: fc.constant(alias.entity), prefix: fc.constantFrom(...PROCLITICS), name: decorated(alias.text) }),
);

const sentence = fc.array(fc.tuple(fc.array(fc.constantFrom(...FILLERS), { minLength: 1, maxLength: 3 }), planted), {
  minLength: 1,
  maxLength: 4,
});

describe('mention offsets', () => {
  it('find every planted name, with its exact original text and offsets, whatever the proclitics and decoration', () => {
    fc.assert(
      fc.property(sentence, fc.array(fc.constantFrom(...FILLERS), { maxLength: 2 }), (parts, tail) => {
        let text = '';
        const expected: { entity: string; start: number; text: string }[] = [];
        for (const [fillers, name] of parts) {
          text += fillers.join(' ') + ' ' + name.prefix;
          expected.push({ entity: name.entity, start: text.length, text: name.name });
          text += name.name + ' ';
        }
        text += tail.join(' ');
        const mentions = scanText(index, text);
        for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
        expect(mentions.map((m) => ({ entity: m.entity, start: m.start, text: m.text }))).toEqual(expected);
      }),
      RUNS,
    );
  });

  it('are in range, in order and never overlap, on any text built from alias pieces and noise', () => {
    const pieces = fc.oneof(
      fc.constantFrom(...ALIASES.map((a) => a.text)),
      fc.constantFrom(...PROCLITICS, ...DECORATIONS, ...FILLERS, ' ', '-', '\n', '٣', '٫', '3.1'),
      fc.string({ unit: 'binary', maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        let previousEnd = 0;
        // Plain checks rather than expect() per mention keep a thousand runs quick.
        return scanText(index, text).every((m) => {
          const ok = m.start >= previousEnd && m.end > m.start && m.end <= text.length && text.slice(m.start, m.end) === m.text;
          previousEnd = m.end;
          return ok;
        });
      }),
      RUNS,
    );
  });
});

describe('arbitrary Unicode', () => {
  it('never makes normalization or scanning throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 64 }), (text) => {
        normalizeWithMap(text);
        normalizeWithMap(text, { foldCase: false });
        return scanText(index, text).every((m) => text.slice(m.start, m.end) === m.text);
      }),
      RUNS,
    );
  });

  it('keeps the offset map monotonic, in range, and pointing at the character that produced each unit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 64 }), (text) => {
        const { text: normalized, map } = normalizeWithMap(text);
        if (map.length !== normalized.length + 1 || map[normalized.length] !== text.length) return false;
        for (let i = 0; i < normalized.length; i++) {
          const source = map[i]!;
          if (source < (i === 0 ? 0 : map[i - 1]!) || source >= text.length) return false;
          const unit = normalized[i]!;
          if (unit === ' ' || unit === '\n') continue; // a collapsed run of separators
          if (!normalizeText(String.fromCodePoint(text.codePointAt(source)!)).includes(unit)) return false;
        }
        return true;
      }),
      RUNS,
    );
  });
});
