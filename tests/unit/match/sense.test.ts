import { describe, expect, it } from 'vitest';
import { buildAliasIndex } from '../../../lib/match/alias-index';
import { scanText } from '../../../lib/match/scanner';
import { ALONE, decideSenses, forgetWords, keptMentions, type SenseDecision } from '../../../lib/match/sense';
import { decideInText, keptInText } from '../../../lib/match/text-senses';
import { loadSeedSources, readCorpus } from './corpus-check';
import { aiSentences, offTopic } from './senses-corpus';
import { fileURLToPath } from 'node:url';

const index = buildAliasIndex(loadSeedSources());
const found = (text: string) => keptInText(text, scanText(index, text)).map((m) => m.text);
const decisions = (text: string): SenseDecision[] => decideInText(text, scanText(index, text));
/** A paragraph of an AI article: the page names something distinctively, elsewhere. */
const ON_AI_PAGE = { nearby: new Set<string>(), page: true };

describe.each(Object.entries(offTopic))('off-topic sentences (%s)', (_language, cases) => {
  it.each(cases.map((c) => [c.topic, c.text] as const))('%s: %s', (_topic, text) => {
    expect(found(text)).toEqual([]);
  });

  it('highlight nothing read together as one page either', () => {
    expect(found(cases.map((c) => c.text).join('\n'))).toEqual([]);
  });
});

describe.each(Object.entries(aiSentences))('AI sentences (%s)', (_language, cases) => {
  it.each(cases.map((c) => [c.text, c] as const))('%s', (text, c) => {
    const kept = keptMentions(text, scanText(index, text), ON_AI_PAGE);
    expect([...new Set(kept.map((m) => m.entity))].sort()).toEqual(c.entities);
  });
});

describe('the held-out corpora', () => {
  it('hold at least 200 off-topic sentences in both languages, most with an ambiguous name, and 100 AI sentences', () => {
    const all = [...offTopic.en, ...offTopic.ar];
    expect(all.length).toBeGreaterThanOrEqual(200);
    expect(offTopic.ar.length).toBeGreaterThanOrEqual(80);
    const candidates = all.filter((c) => scanText(index, c.text).length > 0).length;
    expect(candidates).toBeGreaterThanOrEqual(100);
    expect(aiSentences.en.length + aiSentences.ar.length).toBeGreaterThanOrEqual(100);
  });

  it('AI sentences are found alone too, but for a few that need their page', () => {
    const all = [...aiSentences.en, ...aiSentences.ar];
    const alone = all.filter((c) => {
      const kept = new Set(keptMentions(c.text, scanText(index, c.text), ALONE).map((m) => m.entity));
      return c.entities.every((e) => kept.has(e));
    });
    expect(alone.length / all.length).toBeGreaterThanOrEqual(0.95);
  });
});

describe('the news corpus read as pages', () => {
  it.each(['ar', 'en'])('keeps every mention a reader expects (%s)', (language) => {
    const cases = readCorpus(fileURLToPath(new URL(`../../fixtures/corpus/${language}.jsonl`, import.meta.url)));
    const page = cases.map((c) => c.text).join('\n');
    const kept = found(page);
    expect(kept).toEqual(cases.flatMap((c) => c.mentions.map((m) => m.text)));
  });
});

describe('short codes', () => {
  it('count anywhere on a page that names their maker, not on one that does not', () => {
    const far = ['DeepSeek released a new model.', 'Rain fell.', 'Markets rose.', 'R1 was the slowest, and o3 the fastest.'].join('\n\n');
    expect(found(far)).toEqual(['DeepSeek', 'R1']);
    expect(found(far.replace('DeepSeek', 'OpenAI'))).toEqual(['OpenAI', 'o3']);
    expect(found(['Rain fell.', 'The R1 motorway reopened, and o3 stayed shut.'].join('\n\n'))).toEqual([]);
  });
});

describe('the word caches', () => {
  it('change no decision when emptied between two readings of the same pages', () => {
    const pages = ['ar', 'en'].map((language) =>
      readCorpus(fileURLToPath(new URL(`../../fixtures/corpus/${language}.jsonl`, import.meta.url)))
        .map((c) => c.text)
        .join('\n'),
    );
    const offTopicPage = [...offTopic.en, ...offTopic.ar].map((c) => c.text).join('\n');
    const read = () => [...pages, offTopicPage].map((page) => decisions(page).map((d) => [d.mention.start, d.kept, d.score]));
    const warm = read();
    forgetWords();
    const cold = read();
    expect(cold).toEqual(warm);
    expect(warm.flat().length).toBeGreaterThan(300);
  });
});

describe('evidence', () => {
  it('drops a first name followed by a surname, and says so', () => {
    const [d] = decisions('Gemma Chan wore silver to the premiere.');
    expect(d!.kept).toBe(false);
    expect(d!.evidence.map((e) => e.kind)).toContain('surname');
  });

  it('keeps an ambiguous name with a product qualifier: version, tier or size', () => {
    expect(found('Gemini 2.5 is out.')).toEqual(['Gemini 2.5']);
    expect(found('Claude Instant writes tidy code.')).toEqual(['Claude']);
    // A tier name is an alias of its own, so the whole name lights up.
    expect(found('Claude Sonnet writes tidy code.')).toEqual(['Claude Sonnet']);
    expect(found('Mistral Small is quick.')).toEqual(['Mistral Small']);
  });

  it('reads a head noun across the quotation marks the press puts round a name', () => {
    for (const text of ['قال إن نموذج «جيس» مدرب على بيانات عربية.', 'قال إن نموذج "جيس" مدرب على بيانات عربية.']) {
      const [d] = decisions(text);
      expect(d!.kept).toBe(true);
      expect(d!.evidence.map((e) => e.kind)).toContain('head-noun');
    }
    // «مدرب على» is "trained on", not a coach: a sport word only in «مدرب المنتخب» and the like.
    expect(found('قال إن جبل جيس مدرب المنتخب.')).toEqual([]);
  });

  it('lets a maker and its own product vouch for each other in one sentence, but not a person or another topic', () => {
    expect(found("Meta's Llama is free to download.")).toEqual(['Meta', 'Llama']);
    expect(found('قالت ميتا إن لاما سيبقى مجانياً.')).toEqual(['ميتا', 'لاما']);
    expect(found('Anthropic says Claude will never train on chats.')).toEqual(['Anthropic', 'Claude']);
    expect(found('Gemma Chan joined Google as an adviser.')).toEqual([]);
    expect(found('Google searches for the Gemini horoscope rose this week.')).toEqual([]);
    // Not a maker and its product: two ordinary names only hint at each other.
    expect(found('Meta says Claude will never train on chats.')).toEqual([]);
  });

  it('lets a distinctive mention in the next paragraph turn an ambiguous name on, but not one two paragraphs away', () => {
    expect(found('Gemini answered quickly.')).toEqual([]);
    expect(found('Gemini answered quickly.\nDeepSeek did not.')).toEqual(['Gemini', 'DeepSeek']);
    expect(found('Gemini answered quickly.\nThe day was long.\nIt rained.\nDeepSeek did not.')).toEqual(['DeepSeek']);
  });

  it('reads other topics against the AI sense even beside a distinctive mention', () => {
    const [d] = decisions('The Mistral wind blew hard across the course, OpenAI staff said.');
    expect(d!.mention.text).toBe('Mistral');
    expect(d!.kept).toBe(false);
    expect(d!.evidence.some((e) => e.kind === 'other-topic' && e.topic === 'weather')).toBe(true);
  });

  it('never refuses a distinctive mention outside a web address', () => {
    const text = 'DeepSeek released DeepSeek-V3 and OpenAI answered with gpt-oss.';
    const scanned = scanText(index, text);
    expect(decideSenses(text, scanned, ALONE).every((d) => d.kept)).toBe(true);
  });
});

describe('numbers after a name', () => {
  it('takes a point release, a size or a release the record lists alone, and another whole number only beside some other sign of AI', () => {
    expect(found('Llama 3.1 beat its rivals.')).toEqual(['Llama 3.1']);
    expect(found('Llama 3 beat its rivals.')).toEqual(['Llama 3']);
    expect(found('Sora 2 made the clip. جربت لاما ٣ على جهازي.')).toEqual(['Sora 2', 'لاما ٣']);
    // No Llama 7 and no Falcon 9 are on record: a number, as rockets and missions have.
    expect(found('Llama 7 beat its rivals.')).toEqual([]);
    expect(found('SpaceX launched a Falcon 9 from the Cape.')).toEqual([]);
    expect(found('Llama 7 beat its rivals.\nDeepSeek answered.')).toEqual(['Llama 7', 'DeepSeek']);
    expect(found('The Llama 7 model beat its rivals.')).toEqual(['Llama 7']);
    // A release on record keeps its own name, not the rest of the sentence: the actress stays a person.
    expect(found('Gemma Chan hosted the quiz, and Gemma 3 was one of its answers.')).toEqual(['Gemma 3']);
  });

  it('leaves missions and rockets dark, and their anniversaries with them', () => {
    const page = [
      'Sixty years on: the Gemini flights that taught America to walk in space.',
      'Sixty years ago this week, Ed White opened the hatch of Gemini 4 and floated out above the Pacific.',
      'Gemini 4 launched from Cape Canaveral on 3 June 1965.',
      'Google marked the anniversary with a Doodle showing Ed White somersaulting past the Gemini 4 capsule.',
    ].join('\n');
    expect(found(page)).toEqual([]);
  });

  it('keeps a name in the sense its paragraph gave it, through a word of another topic', () => {
    expect(found('وقالت ميتا إن «لاما 4 سكاوت» متاح للمطورين. ويقول منتقدون إن نتائج لاما 4 في لوحة «إل إم أرينا» اعتمدت على نسخة تجريبية.')).toEqual([
      'ميتا',
      'لاما 4 سكاوت',
      'لاما 4',
    ]);
  });
});

describe('names from the missed-names report', () => {
  it('finds LLaMa and LLAMA 3 as Llama, but not a bare LLAMA in capitals', () => {
    expect(found('LLaMa was first shared with researchers.')).toEqual(['LLaMa']);
    expect(found('LLAMA 3 BEATS RIVALS ON AI BENCHMARKS')).toEqual(['LLAMA 3']);
    expect(found('LLAMA FARM OPENS TO VISITORS')).toEqual([]);
  });

  it('finds o1 and o3-mini in an OpenAI context only', () => {
    expect(found('OpenAI said o1 and o3-mini would reach more users.')).toEqual(['OpenAI', 'o1', 'o3-mini']);
    expect(found('ChatGPT now offers o3-mini.')).toEqual(['ChatGPT', 'o3-mini']);
    expect(found('The o1 visa lets artists work in the United States.')).toEqual([]);
    expect(found('Press o3 on the keypad. DeepSeek is elsewhere.')).toEqual(['DeepSeek']);
  });

  it('finds a bare R1 after a DeepSeek mention, not elsewhere', () => {
    expect(found('DeepSeek trained R1 cheaply.')).toEqual(['DeepSeek', 'R1']);
    expect(found('نشرت ديب سيك نموذج R1 مفتوحاً.')).toEqual(['ديب سيك', 'R1']);
    expect(found('The R1 motorway was closed after the crash.')).toEqual([]);
  });

  it('does not highlight names inside a plain-text web address', () => {
    expect(found('Weights: https://huggingface.co/meta-llama/Llama-3.1-8B and www.deepseek.com/r1')).toEqual([]);
    expect(found('See openai.com/index/gpt-oss-120b for the model card.')).toEqual([]);
    expect(found('The checkpoint openai/gpt-oss-20b is on Hugging Face.')).toEqual(['openai', 'gpt-oss-20b', 'Hugging Face']);
  });

  it('does not highlight the domain of an e-mail address, but keeps an @account', () => {
    expect(found('Write to press@openai.com or legal@deepseek.com.')).toEqual([]);
    expect(found('@OpenAI replied to @DeepSeek within the hour.')).toEqual(['OpenAI', 'DeepSeek']);
  });
});

describe('companies whose main business is not AI', () => {
  const evidence = (text: string, context = ALONE) =>
    decideSenses(text, scanText(index, text), context).map((d) => [d.mention.text, d.kept, d.evidence.map((e) => e.kind)]);
  const AI_PAGE = { nearby: new Set<string>(), page: true };

  it('leave business news alone: products and the word "company" say which company, not that it is about AI', () => {
    expect(found("Apple's iPhone sales in China fell 9%, the company said.")).toEqual([]);
    expect(found('أعلنت شركة آبل أن مبيعات هواتف آيفون في الصين تراجعت.')).toEqual([]);
    expect(found('Tencent shares rose 4% in Hong Kong.\nAlibaba founder Jack Ma was seen in Hong Kong.')).toEqual([]);
  });

  it('lend no context to an ordinary word in the next paragraph', () => {
    expect(found('Alibaba said sales rose.\nJonas Savimbi had his headquarters at Jamba, in Angola.')).toEqual([]);
  });

  it('count on a page that names an AI model or lab, beside an AI name, or with an AI word', () => {
    expect(evidence("Apple's iPhone sales fell.", AI_PAGE)).toEqual([['Apple', true, ['page']]]);
    expect(evidence('Google is adding Gemini to Gmail so the assistant can draft replies.')).toEqual([
      ['Google', true, ['companion']],
      ['Gemini', true, ['companion', 'ai-word']],
    ]);
    expect(evidence('Apple is adding Gemini to Siri so the assistant can draft replies.')).toEqual([
      ['Apple', true, ['ai-name']],
      ['Gemini', true, ['other-names', 'ai-word']],
    ]);
    expect(found('Microsoft said Copilot would be built into every new Windows 11 PC.')).toEqual(['Microsoft', 'Copilot']);
    expect(found('Nvidia trained the chatbot on its own chips.')).toEqual(['Nvidia']);
  });

  it('count a verb of using before a name, and of asking before a name that is no person\'s, on a page that names it', () => {
    const ON_PAGE = { nearby: new Set<string>(), page: true, pageNames: new Set(['gemini', 'claude', 'mistral-ai']) };
    expect(evidence('Reader comment: I use Gemini every day for this.', ON_PAGE)).toEqual([['Gemini', true, ['named-on-page', 'tool-verb']]]);
    expect(evidence('سألت جيميني عن الموعد.', ON_PAGE)).toEqual([['جيميني', true, ['named-on-page', 'tool-verb']]]);
    // One asks a person too: "asked Claude" says nothing; and a review tries a perfume («جربت ميسترال في المتجر»).
    expect(evidence('I asked Claude about the dinner.', AI_PAGE)).toEqual([['Claude', false, ['page']]]);
    expect(evidence('I asked Gemini about the dinner.', AI_PAGE)).toEqual([['Gemini', true, ['page', 'tool-verb']]]);
    expect(evidence('جربت ميسترال في المتجر وأخذته فورا.', AI_PAGE)).toEqual([['ميسترال', false, ['page']]]);
    // Alone, a verb of using is not enough ("I use Gemini" may be the crypto exchange); one asks a chatbot, not a star sign.
    expect(evidence('I use Gemini every day.')).toEqual([['Gemini', false, ['tool-verb']]]);
    expect(evidence('My daughter asked Gemini why the sky is blue.')).toEqual([['Gemini', true, ['tool-verb']]]);
    expect(evidence('My daughter asked Claude why the sky is blue.')).toEqual([['Claude', false, []]]);
  });

  it('leave a page\'s characters, places and people dark where only a headline names the model', () => {
    const game = [
      'Most read: Grok 4 tops the chatbot leaderboard; Gemma 3 runs on phones; Kimi K2 Thinking is out.',
      "In the new RPG you recruit Gemma, a healer who hates healing; Kimi, a young thief; and Grok, an orc blacksmith. The patch fixes a bug where Claude's character model loses his helmet in cutscenes, the developer said.",
    ].join('\n\n');
    expect(found(game)).toEqual(['Grok 4', 'Gemma 3', 'Kimi K2']);
    const travel = ['اقرأ أيضاً: جيس 2 أفضل نموذج عربي مفتوح في تقييم جديد', 'في العطلات يتحول الطريق إلى قمة جيس إلى طابور طويل، وخيم جيس تمتلئ قبل الظهر.'].join('\n\n');
    expect(found(travel)).toEqual(['جيس 2']);
    const agency = 'أعلنت سدايا تحديث نموذج علام. وقال المتحدث الرسمي للهيئة فهد علام إن التحديث ينقل المملكة إلى مرحلة جديدة.';
    expect(found(agency)).toEqual(['سدايا', 'نموذج علام']);
    const hospital = 'جرّب المستشفى نموذج لاما 3.1 في فرز الحالات.\n\nوتختم لاما حديثها بالقول إن الأطباء يتعبون.';
    expect(found(hospital)).toEqual(['لاما 3.1']);
  });

  it('read a headline\'s capitalized verb after a first name as no surname', () => {
    expect(found('Anthropic Says Claude Can Now End Abusive Chats')).toEqual(['Anthropic', 'Claude']);
    expect(found('Kimi Raikkonen Wins in Monaco')).toEqual([]);
    expect(found('Gemma Chan Joins Marvel Cast')).toEqual([]);
  });

  it('read a short code joined by a hyphen to the word before it as that name\'s version', () => {
    expect(found('DeepSeek-R1 tops the chart. Is Whisper large-v3 usable on CPU?')).not.toContain('v3');
    expect(found('DeepSeek-R1 tops the chart, and V3 is its base model.')).toContain('V3');
  });

  it('take the page in full, where an ordinary ambiguous name takes it as a hint', () => {
    const [company] = decideSenses("Apple's iPhone sales fell.", scanText(index, "Apple's iPhone sales fell."), AI_PAGE);
    expect(company!.evidence).toEqual([{ kind: 'page', weight: 3 }]);
    const [ordinary] = decideSenses('Gemini fell.', scanText(index, 'Gemini fell.'), AI_PAGE);
    expect(ordinary!.evidence).toEqual([{ kind: 'page', weight: 1 }]);
    expect(ordinary!.kept).toBe(false);
  });
});

describe('the phrase after a name', () => {
  it('is read by character code exactly as the patterns it replaced read it', async () => {
    const { isGapCode, isPhraseEndCode } = await import('../../../lib/match/sense');
    const gap = /[\s\-‐-―]/;
    const end = /[.,;:!?؟،؛()"«»]/;
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      if (gap.test(s) !== isGapCode(c) || end.test(s) !== isPhraseEndCode(c)) differ.push(c);
    }
    expect(differ).toEqual([]);
  });
});
