import { describe, expect, it } from 'vitest';
import { SHORT_NEIGHBOUR, linesBeside, otherTopicIn } from '../../../lib/match/beside-topic';
import { buildAliasIndex } from '../../../lib/match/alias-index';
import { scanText } from '../../../lib/match/scanner';
import { decideInText } from '../../../lib/match/text-senses';
import { loadSeedSources } from './corpus-check';

const index = buildAliasIndex(loadSeedSources());
const kept = (text: string) =>
  decideInText(text, scanText(index, text))
    .filter((d) => d.kept)
    .map((d) => d.mention.text);
const whole = (text: string) => otherTopicIn(text, 0, text.length, 'gemini')?.topic ?? null;

describe('lines beside a paragraph', () => {
  it('are the non-blank lines right before and after it, trimmed', () => {
    const text = 'Horoscope\n\nGemini: a deadline looms.\n  Virgo: rest.  \nShare';
    const start = text.indexOf('Gemini');
    const end = text.indexOf('\n', start);
    expect(linesBeside(text, start, end).map(([from, to]) => text.slice(from, to))).toEqual(['Horoscope', 'Virgo: rest.']);
  });

  it('are none at the text\'s ends', () => {
    expect(linesBeside('Gemini', 0, 6)).toEqual([]);
  });
});

describe('another topic in a short line', () => {
  it('is a word of another topic where nothing speaks of AI', () => {
    expect(whole('Virgo: small savings add up.')).toBe('zodiac');
    expect(whole('London 20°C, showers')).toBe('weather');
    expect(whole('2. موجة حر: أفضل الشواطئ للهروب من الحرارة')).toBe('weather');
  });

  it('is none where the line speaks of AI too, or says nothing of a topic', () => {
    expect(whole('Virgo, the AI model that reads horoscopes')).toBeNull();
    expect(whole('Share this article')).toBeNull();
  });

  it('is none in a long paragraph: an article that mentions the weather says nothing of the paragraph after it', () => {
    const long = `The weather turned. ${'The board met again and spoke at length. '.repeat(5)}`;
    expect(long.length).toBeGreaterThan(SHORT_NEIGHBOUR);
    expect(whole(long)).toBeNull();
  });
});

describe('one sense per page, among lines of another topic', () => {
  const article = 'Google released Gemini 2.5 Pro to developers, with a larger context window.\n';

  it('does not light a star sign in a horoscope box on a page that names the model', () => {
    expect(kept(`${article}Your stars\nGemini: A frank conversation clears the air.\nCapricorn: Patience pays at work.`)).toEqual(['Google', 'Gemini 2.5']);
    expect(kept(`${article}Horoscope\nGemini: A deadline looms. Focus on what you can control.\nShare`)).toEqual(['Google', 'Gemini 2.5']);
  });

  it('does not light a wind in a weather widget on a page that names the company', () => {
    const page = 'Mistral AI released Mistral Medium 3 under a commercial licence.\nWeather\nLondon 20°C, showers\nMarseille 27°C, Mistral easing\nSport';
    expect(kept(page)).toEqual(['Mistral AI', 'Mistral Medium 3']);
  });

  it('still lights the name on such a page among plain lines, and where its own line speaks of AI', () => {
    expect(kept(`${article}Read more\nGemini comes to more places\nShare`)).toEqual(['Google', 'Gemini 2.5', 'Gemini']);
    expect(kept(`${article}Horoscope\nGemini, the chatbot, now speaks Arabic.\nVirgo: rest.`)).toContain('Gemini');
  });
});
