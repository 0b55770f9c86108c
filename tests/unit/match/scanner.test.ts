import { describe, expect, it } from 'vitest';
import { buildAliasIndex } from '../../../lib/match/alias-index';
import { scanText } from '../../../lib/match/scanner';
import type { AliasSource } from '../../../lib/match/types';
import fixtureSources from '../../fixtures/match/alias-sources.json';
import { loadSeedSources } from './corpus-check';

const fixture = buildAliasIndex(fixtureSources as AliasSource[]);

/** What a reader would see highlighted: entity and exact text, in order. */
function found(text: string, index = fixture) {
  return scanText(index, text).map((m) => {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    return m.version === undefined ? [m.entity, m.text] : [m.entity, m.text, m.version];
  });
}

describe('Arabic proclitics', () => {
  it.each([
    ['وOpenAI', 'OpenAI'],
    ['فOpenAI', 'OpenAI'],
    ['بOpenAI', 'OpenAI'],
    ['لOpenAI', 'OpenAI'],
    ['كOpenAI', 'OpenAI'],
    ['وجيميني', 'جيميني'],
    ['وبجيميني', 'جيميني'],
    ['ولميتا', 'ميتا'],
    ['فلميتا', 'ميتا'],
    ['فبكوين', 'كوين'],
    ['وكغوغل', 'غوغل'],
    ['لـOpenAI', 'OpenAI'],
    ['لـ OpenAI', 'OpenAI'],
    ['بـ”ميتا”', 'ميتا'],
    ['لـ"ميتا"', 'ميتا'],
    ['بـ«ميتا»', 'ميتا'],
  ])('finds the name in %s without its proclitic', (written, name) => {
    const mentions = scanText(fixture, `قالت ${written} اليوم`);
    expect(mentions.map((m) => m.text)).toEqual([name]);
  });

  it('does not strip letters that are not proclitics', () => {
    expect(found('تOpenAI مOpenAI')).toEqual([]);
    expect(found('أموالOpenAI')).toEqual([]);
  });

  it('reads the article the press writes on a Latin name, with or without a tatweel', () => {
    expect(found('ويبقى الـOpenAI الأشهر، والOpenAI وبالـOpenAI وللـOpenAI').map(([, t]) => t)).toEqual(['OpenAI', 'OpenAI', 'OpenAI', 'OpenAI']);
  });

  it('reads a lower-case Latin name after an article joined by a tatweel, not one run into Arabic letters', () => {
    const index = buildAliasIndex([{ id: 'gpt-oss-20b', status: 'open-weights', aliases: [{ text: 'gpt-oss-20b' }] }]);
    expect(found('الـgpt-oss-20b مفتوح الأوزان، وبالـgpt-oss-20b أيضاً', index).map(([, t]) => t)).toEqual(['gpt-oss-20b', 'gpt-oss-20b']);
    // Without the tatweel, a lower-case Latin run after Arabic letters is no word start (a capital one is).
    expect(found('الgpt-oss-20b', index)).toEqual([]);
  });

  it('does not take three proclitics or a doubled conjunction', () => {
    expect(found('ووميتا فوميتا')).toEqual([]);
  });

  it('only accepts the definite article before aliases marked `article`', () => {
    const index = buildAliasIndex([
      { id: 'initiative', status: 'unknown', aliases: [{ text: 'مبادرة', article: true }] },
      { id: 'meta', status: 'unknown', aliases: [{ text: 'ميتا' }] },
    ]);
    expect(found('المبادرة وللمبادرة وبالمبادرة', index)).toEqual([
      ['initiative', 'مبادرة'],
      ['initiative', 'مبادرة'],
      ['initiative', 'مبادرة'],
    ]);
    expect(found('الميتا وللميتا', index)).toEqual([]);
  });

  it('reads the article on the shipped names that take it, as chat writes them («الديب سيك», «بالبربلكسيتي»)', () => {
    const seed = buildAliasIndex(loadSeedSources());
    expect(found('جربت الديب سيك، وبالبربلكسيتي بحثت، وللتشات جي بي تي نسخة مجانية', seed)).toEqual([
      ['deepseek', 'ديب سيك'],
      ['perplexity', 'بربلكسيتي'],
      ['chatgpt', 'تشات جي بي تي'],
    ]);
    // A name that does not take it («الميتا», «اللاما»: the llama) is not read behind it.
    expect(found('اللاما والميتا', seed)).toEqual([]);
  });

  it('matches an alias that itself starts with و as written, never stripping that و', () => {
    const index = buildAliasIndex([
      { id: 'windows', status: 'closed', aliases: [{ text: 'ويندوز' }] },
      { id: 'indus', status: 'unknown', aliases: [{ text: 'يندوز' }] },
    ]);
    expect(found('نظام ويندوز وبويندوز', index)).toEqual([
      ['windows', 'ويندوز'],
      ['windows', 'ويندوز'],
    ]);
  });
});

describe('whole words', () => {
  it('does not match inside longer words in either script', () => {
    expect(found('metadata pineapple Metaverse Applebee ميتافيرس كوينز كلاودفلير')).toEqual([]);
  });

  it('does not match a name with an attached Arabic suffix', () => {
    expect(found('ميتاها جيمينيه')).toEqual([]);
  });

  it('accepts punctuation, quotes and line edges as boundaries', () => {
    expect(found('Meta, Apple. (Claude) “OpenAI”\nغوغل،')).toEqual([
      ['meta', 'Meta'],
      ['apple', 'Apple'],
      ['claude', 'Claude'],
      ['openai', 'OpenAI'],
      ['google', 'غوغل'],
    ]);
  });

  it('does not join words split across lines', () => {
    expect(found('Open\nAI')).toEqual([]);
  });
});

describe('spelling variants', () => {
  it('treats hyphen, space or nothing alike inside a name', () => {
    for (const written of ['GPT-OSS 120B', 'gpt-oss-120b', 'GPT OSS 120B', 'gptoss120b', 'GPT–OSS–120B']) {
      expect(found(written)).toEqual([['gpt-oss-120b', written]]);
    }
  });

  it('still requires the alias letters in order', () => {
    expect(found('GPT-OS-120B')).toEqual([]);
  });

  it('ignores diacritics, tatweel, zero-width and bidi marks inside a name', () => {
    expect(found('جِيمِينِي ميـــتا Open\u200bAI \u200fOpenAI\u200f')).toEqual([
      ['gemini', 'جِيمِينِي'],
      ['meta', 'ميـــتا'],
      ['openai', 'Open\u200bAI'],
      ['openai', 'OpenAI'],
    ]);
  });

  it('reads a name that ends in tanween as the Arabic word it spells', () => {
    // «ميتاً» and «ميتًا» are "dead"; a name taken from another language never takes tanween.
    expect(found('عُثر عليه ميتاً، ووُجد ميتًا، وقالت ميتا وميتاْ')).toEqual([
      ['meta', 'ميتا'],
      ['meta', 'ميتاْ'],
    ]);
  });
});

describe('longest match and overlaps', () => {
  it('prefers the longest alias starting at the same place', () => {
    expect(found('GPT-OSS 120B and gpt-oss')).toEqual([
      ['gpt-oss-120b', 'GPT-OSS 120B'],
      ['gpt-oss', 'gpt-oss'],
    ]);
    expect(found('Google Chrome')).toEqual([['chrome', 'Google Chrome']]);
  });

  it('resolves overlapping aliases longest first, then earliest, then by entity id', () => {
    const index = buildAliasIndex([
      { id: 'zeta', status: 'unknown', aliases: [{ text: 'alpha beta' }] },
      { id: 'eta', status: 'unknown', aliases: [{ text: 'beta gamma delta' }] },
      { id: 'beta', status: 'unknown', aliases: [{ text: 'gamma delta' }] },
      { id: 'alpha', status: 'unknown', aliases: [{ text: 'gamma delta' }] },
    ]);
    // The three-word alias wins over the earlier two-word one it overlaps.
    expect(found('alpha beta gamma delta', index)).toEqual([['eta', 'beta gamma delta']]);
    // Equal length and start: the smaller entity id.
    expect(found('gamma delta', index)).toEqual([['alpha', 'gamma delta']]);
    // Equal length, overlapping: the earlier one.
    expect(found('alpha beta', index)).toEqual([['zeta', 'alpha beta']]);
  });

  it('gives the same answer whatever the order of the sources', () => {
    const text = 'GPT-OSS 120B, Google Chrome, ميتا لاما 4';
    const reversed = buildAliasIndex([...(fixtureSources as AliasSource[])].reverse());
    expect(scanText(reversed, text)).toEqual(scanText(fixture, text));
  });
});

describe('hashtags', () => {
  it('reads an underscore between words as a space', () => {
    expect(found('#ديب_سيك و#DeepSeek_R1 و#gpt_oss')).toEqual([
      ['deepseek', 'ديب_سيك'],
      ['deepseek-r1', 'DeepSeek_R1'],
      ['gpt-oss', 'gpt_oss'],
    ]);
  });
});

describe('versions', () => {
  it('captures number versions after versioned aliases', () => {
    expect(found('Llama 3.1 405B, Gemini 2.5 Pro, Qwen3, Qwen2.5-Max, لاما 4, لاما ٤, Llama-3.1-8B')).toEqual([
      ['llama', 'Llama 3.1', '3.1'],
      ['gemini', 'Gemini 2.5', '2.5'],
      ['qwen', 'Qwen3', '3'],
      ['qwen', 'Qwen2.5', '2.5'],
      ['llama', 'لاما 4', '4'],
      ['llama', 'لاما ٤', '4'],
      ['llama', 'Llama-3.1', '3.1'],
    ]);
  });

  it('leaves out numbers that are not versions', () => {
    expect(found('Qwen 7B, Llama 405, Gemini 2025, Llama 3.')).toEqual([
      ['qwen', 'Qwen'],
      ['llama', 'Llama'],
      ['gemini', 'Gemini'],
      ['llama', 'Llama 3', '3'],
    ]);
  });

  it('reads no version across a dash set off by spaces: a score card\'s "Gemini — 8/10"', () => {
    expect(found('Gemini — 8/10, Llama – 7.5, Qwen - 9, Llama-3, Gemini 3')).toEqual([
      ['gemini', 'Gemini'],
      ['llama', 'Llama'],
      ['qwen', 'Qwen'],
      ['llama', 'Llama-3', '3'],
      ['gemini', 'Gemini 3', '3'],
    ]);
  });

  it('does not find a name ending in a number inside a point release of it', () => {
    // DeepSeek-V3.2 is another release than DeepSeek-V3: only the maker's name stands.
    expect(found('DeepSeek-V3.2 and ديب سيك V3.1 came out')).toEqual([
      ['deepseek', 'DeepSeek'],
      ['deepseek', 'ديب سيك'],
    ]);
    // A full stop, a comma or a space after the number is no point release.
    expect(found('It was DeepSeek-V3. 1 day later, DeepSeek-V3, 2 weeks, DeepSeek-V3 .5')).toEqual([
      ['deepseek-v3', 'DeepSeek-V3'],
      ['deepseek-v3', 'DeepSeek-V3'],
      ['deepseek-v3', 'DeepSeek-V3'],
    ]);
  });

  it('does not read versions after aliases that are not versioned', () => {
    expect(found('Android 16, OpenAI3')).toEqual([['android', 'Android']]);
  });
});

describe('case-sensitive aliases', () => {
  it('match only in the case the data gives', () => {
    expect(found('Apple, Meta, Llama, Chrome, Gemini, Claude')).toEqual([
      ['apple', 'Apple'],
      ['meta', 'Meta'],
      ['llama', 'Llama'],
      ['chrome', 'Chrome'],
      ['gemini', 'Gemini'],
      ['claude', 'Claude'],
    ]);
    expect(found('an apple pie, a meta joke, a llama farm, a chrome finish, gemini twins, claude')).toEqual([]);
    // One word in capitals among small letters is not the name; a headline set in capitals is read (see capitals.test.ts).
    expect(found('an APPLE pie for CLAUDE')).toEqual([]);
    expect(found('APPLE')).toEqual([]);
  });

  it('list each accepted casing as its own alias', () => {
    expect(found('LLaMA, LLAMA, META')).toEqual([
      ['llama', 'LLaMA'],
      ['llama', 'LLAMA'],
      ['meta', 'META'],
    ]);
  });

  it('do not affect aliases that are not case-sensitive', () => {
    expect(found('openai OPENAI chatgpt')).toEqual([
      ['openai', 'openai'],
      ['openai', 'OPENAI'],
      ['chatgpt', 'chatgpt'],
    ]);
  });
});

describe('context rules', () => {
  it('reads كلاود after a cloud provider as "cloud", not Claude', () => {
    for (const provider of ['غوغل', 'جوجل', 'مايكروسوفت', 'أمازون']) {
      expect(found(`منصة ${provider} كلاود`).filter(([entity]) => entity === 'claude')).toEqual([]);
    }
  });

  it('still finds كلاود elsewhere, and the rule tolerates proclitics on both words', () => {
    expect(found('أطلقت أنثروبيك كلاود')).toEqual([
      ['anthropic', 'أنثروبيك'],
      ['claude', 'كلاود'],
    ]);
    expect(found('بياناتها في بغوغل كلاود')).toEqual([['google', 'غوغل']]);
    expect(found('غوغل، كلاود')).toEqual([
      ['google', 'غوغل'],
      ['claude', 'كلاود'],
    ]);
  });

  it('applies notBefore, with a proclitic on the following word', () => {
    const index = buildAliasIndex([
      {
        id: 'gemini',
        status: 'closed',
        aliases: [{ text: 'Gemini', caseSensitive: true }],
        rules: [{ alias: 'Gemini', notBefore: ['horoscope'], notAfter: ['Project'], why: 'the zodiac sign and the NASA programme' }],
      },
      { id: 'meta', status: 'unknown', aliases: [{ text: 'ميتا' }], rules: [{ alias: 'ميتا', notBefore: ['فيزيقا'], why: 'split metaphysics' }] },
    ]);
    expect(found('Gemini horoscope, Project Gemini, Gemini app', index)).toEqual([['gemini', 'Gemini']]);
    expect(found('ميتا وفيزيقا، ميتا اليوم', index)).toEqual([['meta', 'ميتا']]);
  });

  it('reads notAfter past the colon of a title, and only there', () => {
    const index = buildAliasIndex([
      { id: 'llama', status: 'restricted', aliases: [{ text: 'Maverick', caseSensitive: true }], rules: [{ alias: 'Maverick', notAfter: ['Gun'], why: 'the film' }] },
    ]);
    expect(found('Top Gun: Maverick, 9pm. Top Gun Maverick. Gun, Maverick said.', index)).toEqual([['llama', 'Maverick']]);
    expect(found('Meta: Maverick beats GPT-4o.', index)).toEqual([['llama', 'Maverick']]);
  });

  it('reads notBefore past a possessive', () => {
    const index = buildAliasIndex([
      {
        id: 'bloomberg',
        status: 'unknown',
        aliases: [{ text: 'Bloomberg' }],
        rules: [{ alias: 'Bloomberg', notBefore: ['Mark Gurman', 'reporting'], why: 'the news agency' }],
      },
    ]);
    const text = "Bloomberg's Mark Gurman wrote, Bloomberg’s reporting says, and Bloomberg's model, Bloomberg Mark.";
    expect(found(text, index).map(([, t]) => t)).toEqual(['Bloomberg', 'Bloomberg']);
    expect(scanText(index, text).map((m) => m.start)).toEqual([text.indexOf("Bloomberg's model"), text.lastIndexOf('Bloomberg')]);
  });

  it('binds a rule to the alias it names as written, not to the same letters without spaces', () => {
    const index = buildAliasIndex([
      {
        id: 'openai',
        status: 'unknown',
        aliases: [{ text: 'OpenAI' }, { text: 'Open AI', caseSensitive: true }],
        rules: [{ alias: 'Open AI', notBefore: ['models'], why: 'the adjective in "open AI models"' }],
      },
      {
        id: 'gpt-oss',
        status: 'unknown',
        aliases: [{ text: 'gptoss' }],
        rules: [{ alias: 'gpt oss', notBefore: ['fans'], why: 'a rule naming no alias as written binds it spelt without spaces' }],
      },
    ]);
    expect(found('It runs on OpenAI models, not Open AI models.', index).map(([, t]) => t)).toEqual(['OpenAI']);
    expect(found('gptoss fans met; gptoss won.', index).map(([, t]) => t)).toEqual(['gptoss']);
  });

  it('applies onlyAfter: a bare name stands only right after one of its words', () => {
    const index = buildAliasIndex([
      { id: 'microsoft', status: 'unknown', aliases: [{ text: 'Microsoft' }] },
      {
        id: 'phi',
        status: 'open-weights',
        aliases: [{ text: 'Phi', caseSensitive: true, versioned: true }, { text: 'Phi-4', caseSensitive: true }],
        rules: [{ alias: 'Phi', onlyAfter: ['Microsoft', "Microsoft's"], why: 'a Greek letter elsewhere' }],
      },
    ]);
    expect(found("Microsoft's Phi model and Microsoft Phi 3", index)).toEqual([
      ['microsoft', 'Microsoft'],
      ['phi', 'Phi'],
      ['microsoft', 'Microsoft'],
      ['phi', 'Phi 3', '3'],
    ]);
    // Elsewhere the bare name is a letter or part of a name; the full model name still stands alone.
    expect(found('Phi Beta Kappa, the golden ratio Phi, and Phi-4', index)).toEqual([['phi', 'Phi-4']]);
  });

  it('applies onlyBefore: a bare name stands right before one of its words, or right after one of onlyAfter', () => {
    const index = buildAliasIndex([
      {
        id: 'amazon-nova',
        status: 'closed',
        aliases: [{ text: 'Nova', caseSensitive: true, versioned: true }],
        rules: [
          { alias: 'Nova', onlyAfter: ["Amazon's"], onlyBefore: ['models', 'family'], notAfter: ['Chevrolet'], why: 'a common name elsewhere' },
        ],
      },
    ]);
    expect(found("The Nova models, Amazon's Nova 2 and the Nova family", index)).toEqual([
      ['amazon-nova', 'Nova'],
      ['amazon-nova', 'Nova 2', '2'],
      ['amazon-nova', 'Nova'],
    ]);
    // Read past a possessive and a closing quotation mark, as notBefore is.
    expect(found('"Nova" models and Nova\'s models', index).map(([, t]) => t)).toEqual(['Nova', 'Nova']);
    // Neither word beside it: a star, a car, a TV channel. A notAfter word still cancels the match.
    expect(found('A nova flared; Nova Scotia; the Chevrolet Nova models', index)).toEqual([]);
  });

  it('only applies a rule to the alias it names', () => {
    const index = buildAliasIndex([
      {
        id: 'claude',
        status: 'closed',
        aliases: [{ text: 'كلاود' }, { text: 'Claude' }],
        rules: [{ alias: 'كلاود', notAfter: ['Google'], why: 'Google Cloud' }],
      },
    ]);
    expect(found('Google Claude, Google كلاود', index)).toEqual([['claude', 'Claude']]);
  });
});

describe('robustness', () => {
  it('returns nothing for empty text and for an index with no aliases', () => {
    expect(scanText(fixture, '')).toEqual([]);
    expect(scanText(buildAliasIndex([]), 'OpenAI')).toEqual([]);
  });

  it('skips aliases without letters or digits instead of matching everything', () => {
    const index = buildAliasIndex([{ id: 'dash', status: 'unknown', aliases: [{ text: '--' }, { text: 'x1' }] }]);
    expect(found('-- x1 --', index)).toEqual([['dash', 'x1']]);
  });
});
