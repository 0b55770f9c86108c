import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../../../lib/text/arabic-normalize';
import { normalizeText, normalizeWithMap, originalRange } from '../../../lib/text/normalize';
import { isWordCode } from '../../../lib/text/word-chars';

describe('Arabic folding', () => {
  it('folds hamza and wasla forms of alef to bare alef', () => {
    expect(normalizeText('آبل أبل إبل ٱبل')).toBe('ابل ابل ابل ابل');
  });

  it('folds alef maqsura to yeh and teh marbuta to heh', () => {
    expect(normalizeText('جيمينى مبادرة')).toBe('جيميني مبادره');
  });

  it('reads the foreign-sound letters veh and peh as feh and beh, and leaves gaf alone', () => {
    expect(normalizeText('ڤيو پرپلكسيتي')).toBe('فيو بربلكسيتي');
    expect(normalizeText('گوگل')).toBe('گوگل');
  });

  it('drops tashkeel, superscript alef and tatweel', () => {
    expect(normalizeText('أُوبِنْ إِيهٌ آيّ')).toBe('اوبن ايه اي');
    expect(normalizeText('هٰذا')).toBe('هذا');
    expect(normalizeText('ميـــتا')).toBe('ميتا');
  });

  it('reads Arabic-Indic and Persian digits, and the Arabic decimal separator, as ASCII', () => {
    expect(normalizeText('لاما ٤ و٣٫١ و۴')).toBe('لاما 4 و3.1 و4');
  });

  it('folds Arabic presentation forms through NFKC and keeps their offsets on the source character', () => {
    const result = normalizeWithMap('ﻷبل');
    expect(result.text).toBe('لابل');
    expect(Array.from(result.map)).toEqual([0, 0, 1, 2, 3]);
  });

  it('normalizeArabic folds letters without touching Latin text', () => {
    expect(normalizeArabic('إطلاق OpenAI لنموذجٍ')).toBe('اطلاق OpenAI لنموذج');
  });
});

describe('Latin and general folding', () => {
  it('lower-cases, and keeps case when asked to', () => {
    expect(normalizeText('OpenAI')).toBe('openai');
    expect(normalizeText('OpenAI', { foldCase: false })).toBe('OpenAI');
  });

  it('reads full-width Latin and ligatures as plain letters', () => {
    expect(normalizeText('ＯｐｅｎＡＩ')).toBe('openai');
    expect(normalizeText('ﬁne')).toBe('fine');
  });

  it('treats hyphens, dashes and space runs as one separator', () => {
    expect(normalizeText('GPT-OSS 120B')).toBe('gpt oss 120b');
    expect(normalizeText('GPT\u2011OSS\u2014120B')).toBe('gpt oss 120b');
    expect(normalizeText('GPT  -\t OSS\u00a0120B')).toBe('gpt oss 120b');
  });

  it('keeps line breaks apart from spaces, so a name cannot span two lines', () => {
    expect(normalizeText('Open \r\n AI')).toBe('open\nai');
  });

  it('unifies typographic quotes', () => {
    expect(normalizeText('“ميتا” «ديب» ‘x’ OpenAI’s')).toBe('"ميتا" "ديب" \'x\' openai\'s');
  });

  it('drops zero-width characters and bidi controls', () => {
    const controls = '\u200b\u200c\u200d\ufeff\u2060\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c';
    expect(normalizeText(`Op${controls}enAI`)).toBe('openai');
  });

  it('passes lone surrogates through and keeps astral characters whole', () => {
    expect(normalizeText('a\ud800b\udc00c')).toBe('a\ud800b\udc00c');
    const result = normalizeWithMap('x😀y');
    expect(result.text).toBe('x😀y');
    expect(Array.from(result.map)).toEqual([0, 1, 1, 3, 4]);
  });
});

describe('offset map', () => {
  it('maps every normalized unit to its source and ends with the original length', () => {
    const input = 'لـ”ميتا” و OpenAI';
    const { text, map } = normalizeWithMap(input);
    expect(text).toBe('ل"ميتا" و openai');
    expect(map[text.length]).toBe(input.length);
    for (let i = 0; i < text.length; i++) {
      const source = input[map[i]!]!;
      expect(normalizeText(source) || ' ').toContain(text[i]);
    }
  });

  it('gives the original range of a normalized range, with the vowels written on its last letter', () => {
    const input = 'قال جِيمِينِيُّ اليوم';
    const normalized = normalizeWithMap(input);
    const start = normalized.text.indexOf('جيميني');
    const [from, to] = originalRange(input, normalized, start, start + 'جيميني'.length);
    expect(input.slice(from, to)).toBe('جِيمِينِيُّ');
  });

  it('covers both halves of a surrogate pair at the end of a range', () => {
    const input = 'a😀';
    const normalized = normalizeWithMap(input);
    expect(originalRange(input, normalized, 0, normalized.text.length)).toEqual([0, 3]);
  });
});

describe('word characters', () => {
  it('counts letters and digits of both scripts as word characters, punctuation not', () => {
    for (const ch of ['a', 'Z', '7', 'م', 'ي', '٤', 'é']) expect(isWordCode(ch.charCodeAt(0))).toBe(true);
    for (const ch of [' ', '-', '"', '،', '.', '«', '\n', '\ud800']) expect(isWordCode(ch.charCodeAt(0))).toBe(false);
  });
});

describe('a text longer than any before it', () => {
  it('comes back whole when folding has to grow the shared buffer', () => {
    // Longer than anything this file normalized so far: the buffer grows during this call.
    const long = 'Ab '.repeat(200_000) + 'OpenAI';
    const folded = normalizeText(long);
    expect(folded.length).toBe(long.length);
    expect(folded.endsWith('ab openai')).toBe(true);
  });
});
