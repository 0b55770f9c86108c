/**
 * Headlines set in capitals: a case-sensitive alias ("Google", "Meta",
 * "Gemini") is read in capitals inside a run of capitals, and only there;
 * the sense decision then judges it like any other mention.
 */
import { describe, expect, it } from 'vitest';
import { buildAliasIndex } from '../../../lib/match/alias-index';
import { inCapitals, inModelId } from '../../../lib/match/capitals';
import { scanText } from '../../../lib/match/scanner';
import { keptInText } from '../../../lib/match/text-senses';
import { loadSeedSources } from './corpus-check';

const index = buildAliasIndex(loadSeedSources());
const candidates = (text: string) => scanText(index, text).map((m) => m.text);
const kept = (text: string) => keptInText(text, scanText(index, text)).map((m) => m.text);

describe('a name in capitals', () => {
  it('is read inside a headline set in capitals', () => {
    expect(candidates('OPENAI, GOOGLE AND ANTHROPIC RACE TO SHIP NEW MODELS')).toEqual(['OPENAI', 'GOOGLE', 'ANTHROPIC']);
    expect(candidates("META'S LLAMA 4 ARRIVES AS GOOGLE PUSHES GEMINI 2.5 PRO")).toEqual(['META', 'LLAMA 4', 'GOOGLE', 'GEMINI 2.5']);
    expect(candidates('GROK CHATBOT UNDER FIRE AFTER XAI UPDATE')).toEqual(['GROK', 'XAI']);
  });

  it('is not read as one word in capitals among ordinary words', () => {
    expect(candidates('The META tag, a GOOGLE search box and the CHROME trim.')).toEqual([]);
    expect(candidates('GOOGLE')).toEqual([]);
    // Small letters right beside the name break the run.
    expect(candidates('Shares of GOOGLE rose')).toEqual([]);
  });

  it('is not read in a name written with small letters in a headline', () => {
    expect(candidates('OPENAI AND meta')).toEqual(['OPENAI']);
  });

  it('counts in an AI headline and stays dark in others', () => {
    const page = ['DEEPSEEK-R1 IS AN OPEN-WEIGHTS MODEL', 'GOOGLE UNVEILS GEMMA 3, ITS NEW OPEN MODEL', 'CLAUDE GETS A NEW CODING ASSISTANT MODE'].join('\n\n');
    expect(kept(page)).toEqual(['DEEPSEEK-R1', 'GOOGLE', 'GEMMA 3', 'CLAUDE']);
    const offTopic = [
      'APPLE PIE RECIPES FOR THE HOLIDAYS',
      'GEMINI HOROSCOPE: A WEEK OF SURPRISES IN LOVE',
      'KIMI ANTONELLI WINS IN MONZA AFTER A LATE SAFETY CAR',
      'AMAZON DROUGHT LEAVES RIVER TOWNS STRANDED',
      'MISTRAL WIND TO GUST AT 100 KM/H ACROSS PROVENCE',
      'GEMMA CHAN JOINS CAST OF NEW PERIOD DRAMA',
      'APPLE, AMAZON AND NVIDIA LEAD MARKET RALLY',
    ].join('\n\n');
    expect(scanText(index, offTopic).length).toBeGreaterThan(6);
    expect(kept(offTopic)).toEqual([]);
  });
});

describe('a model\'s API name in small letters', () => {
  it('is read with its version joined by a hyphen', () => {
    expect(candidates('gemini-2.5-flash and gemini-1.5-pro, claude-sonnet-4-5, google/gemma-3-27b-it, microsoft/phi-4')).toEqual([
      'gemini-2.5',
      'gemini-1.5',
      'claude-sonnet-4',
      'gemma-3',
      'microsoft',
      'phi-4',
    ]);
  });

  it('is read with a size after a space, and not with a plain number', () => {
    expect(candidates('ministral 14b reasons well; llama 70b too')).toEqual(['ministral', 'llama']);
    expect(candidates('the falcon 9 flew; a llama 9 years old')).toEqual([]);
  });

  it('is read with a point release after a space, as posts write it', () => {
    expect(candidates('honestly llama 3.3 70b fits on two gpus, gemini 2.5 pro too, and claude 3.7 sonnet')).toEqual([
      'llama 3.3',
      'gemini 2.5',
      'claude 3.7',
    ]);
    // A whole-number version in small letters says nothing: "falcon 9", "gemini 7".
    expect(candidates('the falcon 9 landed; gemini 7 docked; a llama 2 metres tall')).toEqual([]);
  });

  it('leaves ordinary words in small letters alone, a hyphen after them too', () => {
    expect(candidates('a meta-analysis of 2-3 trials, gemini twins, an apple-2 sticker, claude')).toEqual([]);
    const at = (text: string, name: string, versioned = true) => inModelId(text, text.indexOf(name), text.indexOf(name) + name.length, versioned);
    expect(at('gemini-2.5-pro', 'gemini')).toBe(true);
    expect(at('phi-4', 'phi-4', false)).toBe(true);
    expect(at('apple-2', 'apple', false)).toBe(false);
    expect(at('Gemini-2.5', 'Gemini')).toBe(false);
    expect(at('gemini-x', 'gemini')).toBe(false);
    expect(at('ollama run gemma3:4b', 'gemma')).toBe(true);
    expect(at('apple2', 'apple', false)).toBe(false);
  });
});

describe('a handle in small letters', () => {
  it('is read after @, as the account spells it, but not in an e-mail address or without the @', () => {
    expect(candidates('Replies under every post: @grok is this true?')).toEqual(['grok']);
    expect(candidates('I grok it. Mail sam@meta.com or user1@meta.com.')).toEqual([]);
    const thread = 'xAI says Grok 4 answers on X. Asked @grok to summarise the thread and it quoted a parody account.';
    expect(kept(thread)).toEqual(['xAI', 'Grok 4', 'grok']);
  });
});

describe('a name in Latin small letters among Arabic words', () => {
  it('is read, as Arabic writes an ordinary word in Arabic letters, but not among English words', () => {
    expect(candidates('أنا أستخدم gemini بالشغل كل يوم.')).toEqual(['gemini']);
    expect(candidates('لأن gemma يشتغل على الجهاز.')).toEqual(['gemma']);
    expect(candidates('صور من مزرعة llama في جبال الأنديز.')).toEqual([]);
    expect(candidates('My sign is gemini, says the horoscope.')).toEqual([]);
    expect(candidates('كتب gemini.')).toEqual([]);
  });
});

describe('inCapitals', () => {
  const at = (text: string, name: string) => inCapitals(text, text.indexOf(name), text.indexOf(name) + name.length);
  it('needs capitals on both sides of the name, and at least three of them', () => {
    expect(at('NEW GOOGLE MODEL', 'GOOGLE')).toBe(true);
    expect(at("META'S NEW", 'META')).toBe(true);
    expect(at("META'S", 'META')).toBe(false);
    expect(at('new GOOGLE MODEL', 'GOOGLE')).toBe(false);
    expect(at('NEW GOOGLE model', 'GOOGLE')).toBe(false);
    expect(at('NEW Google MODEL', 'Google')).toBe(false);
  });

  it('reads neither across a line break nor Arabic words as capitals', () => {
    expect(at('a headline\nGOOGLE', 'GOOGLE')).toBe(false);
    expect(at('قالت GOOGLE إن', 'GOOGLE')).toBe(false);
    expect(at('قالت GOOGLE NEWS إن', 'GOOGLE')).toBe(true);
  });

  it('reads capitals in other cased scripts, and none in punctuation or Arabic names', () => {
    // Greek and Cyrillic capitals make a run; an en dash and Arabic letters neither make nor break one.
    expect(at('ΝΕΑ GOOGLE ΜΟΝΤΕΛΑ', 'GOOGLE')).toBe(true);
    expect(at('НОВАЯ GOOGLE модель', 'GOOGLE')).toBe(false);
    expect(at('NEW – GOOGLE – MODEL', 'GOOGLE')).toBe(true);
  });

  it('ends the run with its sentence: a headline in capitals may run on into its story', () => {
    expect(at('DEEPSEEK DROPS AN UPDATED R1 ON GOOGLE. The Chinese lab posted it on Wednesday.', 'GOOGLE')).toBe(true);
    expect(at('The lab posted it. GOOGLE AND META FOLLOW', 'GOOGLE')).toBe(true);
    expect(at('U.S. BANS GOOGLE CHIPS', 'GOOGLE')).toBe(true);
    expect(at('Read it. GOOGLE. Then more.', 'GOOGLE')).toBe(false);
    expect(at('وقال كلود إن', 'كلود')).toBe(false);
  });
});
