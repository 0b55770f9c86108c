/**
 * Patterns a fresh batch of news sentences showed the check misreading, one
 * test per general rule: who is reporting the words, what is negated, which
 * noun a cue belongs to and which name it reaches.
 */
import { describe, expect, it } from 'vitest';
import { check } from './corpus-support';

const only = (text: string, entity: string) => {
  const found = check(text).filter((c) => c.entity === entity);
  expect(found, text).toHaveLength(1);
  return found[0]!;
};

const claimOf = (text: string, entity: string) => only(text, entity).claim;

describe('reported, framed and quoted words are not the page’s claim', () => {
  it('reads a claim inside quotation marks as someone’s words, but not scare quotes around the cue alone', () => {
    expect(only('"Llama is open source," Mark Zuckerberg told investors.', 'llama')).toMatchObject({ claim: null, qualifier: 'attributed' });
    expect(only('Zuckerberg wrote in a memo: “Llama is open source.”', 'llama')).toMatchObject({ claim: null, qualifier: 'attributed' });
    expect(only('وقال زوكربيرغ: «لاما مفتوح المصدر».', 'llama')).toMatchObject({ claim: null, qualifier: 'attributed' });
    expect(claimOf('The "new" open-source Llama 4 is popular.', 'llama')).toBe('open');
  });

  it('takes a report verb as reported speech before a "that" or after the claim, not before a noun phrase', () => {
    expect(only('Meta announced that Llama 4 is open source.', 'llama').qualifier).toBe('attributed');
    expect(only('Llama 4 is open source, Meta announced on Saturday.', 'llama').qualifier).toBe('attributed');
    expect(only('أعلنت ميتا أن لاما 4 مفتوح المصدر.', 'llama').qualifier).toBe('attributed');
    expect(claimOf('Meta announced the open-source Llama 4 on Saturday.', 'llama')).toBe('open');
    expect(claimOf('أعلنت ميتا إطلاق نموذج لاما 4 مفتوح المصدر.', 'llama')).toBe('open');
  });

  it('hedges a framing verb only with an "as" before the cue', () => {
    expect(only('Meta markets Llama as open source.', 'llama').qualifier).toBe('hedged');
    expect(claimOf('Nvidia sells chips, and markets love the open-source Llama.', 'llama')).toBe('open');
  });

  it('knows more reporting verbs and hedges, in both languages', () => {
    expect(only('Llama is open source, a Meta executive told Reuters.', 'llama').qualifier).toBe('attributed');
    expect(only('صرّح زوكربيرغ بأن لاما مفتوح المصدر.', 'llama').qualifier).toBe('attributed');
    expect(only('أوضحت جوجل أن جيما نموذج مفتوح الأوزان.', 'gemma').qualifier).toBe('attributed');
    expect(only('Meta’s self-styled open-source Llama 4 has a custom licence.', 'llama').qualifier).toBe('hedged');
  });
});

describe('negation', () => {
  it('reaches a negated modal three words before the name', () => {
    expect(only('لا يمكن اعتبار جيما مفتوح المصدر.', 'gemma').qualifier).toBe('negated');
    expect(only('Gemma doesn’t count as open source.', 'gemma').claim).toBeNull();
  });

  it('does not read «لا يزال» ("still") as a negation', () => {
    expect(only('لا يزال لاما 4 مفتوح الأوزان رغم الانتقادات.', 'llama')).toMatchObject({ claim: 'open-weights', verdict: 'overstated' });
  });
});

describe('cue words', () => {
  it('reads the Arabic "open model(s)" and «بشكل مفتوح المصدر», and lets «مفتوح الأوزان» win over «نموذج مفتوح»', () => {
    expect(claimOf('جيما نموذج مفتوح من جوجل.', 'gemma')).toBe('open');
    const list = 'تتنافس النماذج المفتوحة مثل لاما وكوين مع النماذج المغلقة.';
    expect([claimOf(list, 'llama'), claimOf(list, 'qwen')]).toEqual(['open', 'open']);
    expect(claimOf('طرحت ميتا لاما 4 بشكل مفتوح المصدر.', 'llama')).toBe('open');
    expect(only('ميكسترال نموذج مفتوح الأوزان.', 'mixtral')).toMatchObject({ claim: 'open-weights', cue: 'مفتوح الأوزان' });
  });

  it('reads a bare "open" or «مفتوحة» only when it is said of weights', () => {
    expect(only('Llama’s weights are open, but its terms limit use.', 'llama')).toMatchObject({ claim: 'open-weights', verdict: 'overstated' });
    expect(claimOf('أوزان لاما 4 مفتوحة للتنزيل.', 'llama')).toBe('open-weights');
    expect(claimOf('Qwen is open to fine-tuning by anyone.', 'qwen')).toBeNull();
    expect(claimOf('وقّع باحثون من أوبن إيه آي رسالة مفتوحة.', 'openai')).toBeNull();
  });

  it('reads "open-sourced" as said of its object, or of a passive subject, never of the one who did it', () => {
    expect(only('OpenAI open-sourced gpt-oss in August.', 'gpt-oss')).toMatchObject({ claim: 'open', verdict: 'overstated' });
    expect(claimOf('OpenAI open-sourced gpt-oss in August.', 'openai')).toBeNull();
    expect(claimOf('Alibaba has open-sourced more than 100 Qwen models.', 'qwen')).toBe('open');
    expect(claimOf('Llama 2 was open-sourced in 2023.', 'llama')).toBe('open');
    expect(claimOf('Microsoft, which open-sourced VS Code, also sells Copilot.', 'microsoft')).toBeNull();
  });
});

describe('which name a cue reaches', () => {
  it('lets "all", "fully" and nationality adjectives stand between a name and its cue', () => {
    const all = 'Llama, Gemma and Falcon are all open source.';
    expect(['llama', 'gemma', 'falcon'].map((e) => claimOf(all, e))).toEqual(['open', 'open', 'open']);
    expect(claimOf('نموذج فالكون الإماراتي مفتوح المصدر.', 'falcon')).toBe('open');
    expect(claimOf('جيس أول نموذج عربي مفتوح المصدر.', 'jais')).toBe('open');
    expect(claimOf('OLMo, Ai2’s fully open model, is popular.', 'olmo')).toBe('open');
  });

  it('does not list a name set against the subject with "unlike"', () => {
    const text = 'Unlike Llama, OLMo is fully open source.';
    expect(claimOf(text, 'olmo')).toBe('open');
    expect(claimOf(text, 'llama')).toBeNull();
  });

  it('skips a company after "from"/«من»: the maker, not the subject', () => {
    const text = 'نيموترون من إنفيديا نموذج مفتوح المصدر بالكامل.';
    expect(claimOf(text, 'nemotron')).toBe('open');
    expect(claimOf(text, 'nvidia')).toBeNull();
    expect(claimOf('Gemma from Google is open source.', 'gemma')).toBe('open');
  });

  it('does not take a licence with a preposition or "and" written on it for the cue’s noun', () => {
    expect(claimOf('كوين مفتوح المصدر بترخيص أباتشي 2.0.', 'qwen')).toBe('open');
    expect(claimOf('أطلقت علي بابا كوين بأوزان مفتوحة وترخيص أباتشي.', 'qwen')).toBe('open-weights');
    expect(claimOf('أداة Gemini CLI مفتوحة المصدر.', 'gemini')).toBeNull();
  });

  it('skips a mixture size such as 8x7B after a name, and reads "keeps Claude closed"', () => {
    expect(claimOf('Mixtral 8x7B is open source under Apache 2.0.', 'mixtral')).toBe('open');
    expect(only('Anthropic keeps Claude closed and sells API access.', 'claude')).toMatchObject({ claim: 'closed', verdict: 'consistent' });
    expect(claimOf('Meta closed its deal before Llama 4 launched.', 'llama')).toBeNull();
  });

  it('reaches a name in apposition to the cue’s noun, past a short phrase, or after "such as"', () => {
    expect(claimOf('Meta’s open-source model, Llama 4, arrived on Saturday.', 'llama')).toBe('open');
    expect(claimOf('OpenAI’s first open model in years, gpt-oss, runs on a laptop.', 'gpt-oss')).toBe('open');
    const list = 'Open-source models from Chinese labs, such as Qwen and DeepSeek-R1, are closing the gap.';
    expect([claimOf(list, 'qwen'), claimOf(list, 'deepseek-r1')]).toEqual(['open', 'open']);
    expect(claimOf('أحدث نموذج مفتوح المصدر من ميتا، لاما 4، متاح الآن.', 'llama')).toBe('open');
    // Not a new subject, and not a name that merely follows a comma.
    expect(claimOf('DeepSeek-R1 is an open-source model, Qwen is not.', 'qwen')).toBeNull();
    expect(claimOf('Open-source models outperform closed systems such as GPT-5.', 'gpt-5')).toBe('closed');
    expect(claimOf('طرحت ميتا نموذجاً مفتوح المصدر، وجيما نموذج مغلق.', 'gemma')).toBe('closed');
  });

  it('knows image generators as models', () => {
    expect(claimOf('ستيبل ديفيوجن مولد صور مفتوح المصدر.', 'stable-diffusion')).toBe('open');
  });
});

describe('names with unlisted tails, superlatives and parentheticals', () => {
  it('reads "Llama 4 Scout," and "Phi-4-mini and …" as the listed name, but keeps a headline verb out', () => {
    expect(claimOf('Meta’s Llama 4 Scout, an open-weight model, fits on one GPU.', 'llama')).toBe('open-weights');
    const phis = check('Phi-4-mini and Phi-4-multimodal are open models from Microsoft.').filter((c) => c.entity === 'phi');
    expect(phis.map((c) => c.claim)).toEqual(['open', 'open']);
    expect(claimOf('Gemma Beats Open-Source Rivals in New Benchmark', 'gemma')).toBeNull();
    expect(claimOf('The Gemini CLI is open source.', 'gemini')).toBeNull();
  });

  it('lets superlatives and Arabic elatives stand before the cue’s noun', () => {
    expect(claimOf('Gemma 3 is Google’s most capable open model yet.', 'gemma')).toBe('open');
    expect(claimOf('يعد ديب سيك V3 من أبرز النماذج مفتوحة المصدر.', 'deepseek-v3')).toBe('open');
  });

  it('finds the subject before a head noun and a parenthetical, or the parenthetical name itself', () => {
    expect(claimOf('The Falcon 3 family, released by the Technology Innovation Institute, is open source.', 'falcon')).toBe('open');
    expect(claimOf('Google’s most capable model, Gemini 2.5 Pro, is proprietary.', 'gemini')).toBe('closed');
  });
});

describe('a claim said again of the next name', () => {
  it('reaches a name after "and so is", "as is" or «وكذلك», within its sentence', () => {
    const falcons = check('A: Falcon 3 is open source, and so is Falcon 180B.').filter((c) => c.entity === 'falcon');
    expect(falcons.map((c) => c.claim)).toEqual(['open', 'open']);
    expect(check('فالكون 3 مفتوح المصدر، وكذلك فالكون 180B.').filter((c) => c.claim === 'open')).toHaveLength(2);
    expect(claimOf('DeepSeek-R1 is MIT-licensed, as is Qwen3.', 'qwen')).toBe('open-weights');
    expect(claimOf('DeepSeek-R1 is MIT-licensed. So is Qwen3.', 'qwen')).toBeNull();
  });
});

describe('assumptions, maybes and promises are not the page’s claim', () => {
  it('reads "telling us", "assume", "perhaps" and «تعد بطرح» as someone else’s or a hedge', () => {
    expect(claimOf('Meta keeps telling us Llama is open source, and editors repeat it.', 'llama')).toBeNull();
    expect(claimOf('Many people assume that Gemini is open source because it is free.', 'gemini')).toBeNull();
    expect(claimOf('Perhaps Kimi K2 is open source; either way it is popular.', 'kimi')).toBeNull();
    expect(claimOf('سدايا تعد بطرح علّام مفتوح المصدر بالكامل للمطورين.', 'allam')).toBeNull();
    expect(claimOf('في الحلقة دي بنتكلم عن Kimi K2 Thinking، النموذج الأوبن سورس اللي نزل.', 'kimi')).toBe('open');
  });
});

describe('a pronoun within the sentence that names one model', () => {
  it('takes the claim after a comma or "because": «لأنه», "because it", «، فهو»', () => {
    expect(claimOf('عمود التكلفة: إرني 4.5 مجاني لأنه مفتوح المصدر.', 'ernie')).toBe('open');
    expect(claimOf('ERNIE 4.5 is free because it is open source.', 'ernie')).toBe('open');
    // The weights named before the pronoun are the model's: the pronoun, not the weights, is called open source.
    expect(claimOf('ويبقى أولمو 3 الاستثناء، فقد نشر معهد آلن بياناته وشيفرته وأوزانه، فهو مفتوح المصدر بالكامل.', 'olmo')).toBe('open');
  });

  it('takes what a "but it" or «لكنه» says a model is after what it is called', () => {
    expect(claimOf('يوصف جيما 2 كثيراً بأنه مفتوح المصدر، لكنه في الحقيقة مفتوح الأوزان فقط.', 'gemma')).toBe('open-weights');
    expect(claimOf('Gemma 2 is often called open source, but it is only open-weight.', 'gemma')).toBe('open-weights');
    expect(claimOf('ورد في تقريرنا أن فالكون 3 مفتوح المصدر.', 'falcon')).toBeNull();
  });

  it('reaches a cue up to six words after the pronoun: "because it is the only fully open model"', () => {
    expect(claimOf('We picked Pythia, because it is the only fully open model we could audit.', 'pythia')).toBe('open');
  });

  it('takes the claim after a dash: "— it\'s open weights"', () => {
    expect(claimOf("Calling Qwen3 'open source' is lazy — it's open weights under Apache 2.0.", 'qwen')).toBe('open-weights');
    expect(claimOf('وصف جيما 3 بأنه مفتوح المصدر خطأ — هو مفتوح الأوزان فقط.', 'gemma')).toBe('open-weights');
  });

  it('takes the claim after "although" or «رغم أنه», and reads «الخدمة» as the noun of an apposition', () => {
    expect(claimOf('The firm still licenses Midjourney, although it is closed.', 'midjourney')).toBe('closed');
    expect(claimOf('تعتمد الوزارة على كوبايلوت رغم أنه مغلق.', 'copilot')).toBe('closed');
    expect(claimOf('استبدلت الوزارة جيميني، الخدمة المغلقة، بنموذج محلي.', 'gemini')).toBe('closed');
  });

  it('leaves it alone where two models stand before it, or a hedge between', () => {
    expect(check('Gemma and Llama ship weights, because it is open source.').every((c) => c.claim === null)).toBe(true);
    expect(claimOf('Llama 4 is popular, but I doubt it is open source.', 'llama')).toBeNull();
  });
});

describe('corrections', () => {
  it('read «استدراك:» as a label, and "we regret describing" as the description withdrawn', () => {
    expect(claimOf('استدراك: سنوفليك آركتيك ليس نموذجاً مغلقاً كما ورد في الرسم، بل مفتوح المصدر بالكامل.', 'snowflake-arctic')).toBe('open');
    expect(claimOf('We regret describing MiniMax-Text-01 as a closed model; it is in fact open-weight.', 'minimax-01')).toBe('open-weights');
  });
});

describe('plans, guesses and quotations around a pronoun', () => {
  it('reads "and it is", keeps quoted words the speaker’s, and asks nothing of what "whether" presupposes', () => {
    expect(claimOf('Apple released MobileCLIP2 in August, and it is open source, unlike most of its models.', 'mobileclip2')).toBe('open');
    expect(claimOf('"اخترنا ميسترال سمول 3 لأنه مفتوح المصدر"، قالت الأستاذة المشرفة.', 'mistral-small')).toBeNull();
    expect(claimOf('وأوضحت تينسنت أن هونيوان 7B "متاح للمجتمع"، وهو في الواقع مفتوح الأوزان.', 'hunyuan')).toBe('open-weights');
    expect(claimOf('The hosts debate whether the open-weight Llama 4 Scout deserves its hype.', 'llama')).toBe('open-weights');
  });

  it('reads aims, plans and «على حد علمي» as no claim, and «طلع» as a copula', () => {
    expect(claimOf('The strategy commits the state to making Fanar fully open source by 2028.', 'fanar')).toBeNull();
    expect(claimOf('ويأتي المشروع ضمن مبادرة تهدف إلى جعل نماذج جيس مفتوحة المصدر بالكامل.', 'jais')).toBeNull();
    expect(claimOf('على حد علمي لاما مفتوح المصدر، بس تأكد من الرخصة.', 'llama')).toBeNull();
    expect(claimOf("Let us stop pretending that Llama is open source; it is an open-weight model.", 'llama')).toBe('open-weights');
    expect(claimOf('يا جماعة ديب سيك آر1 طلع مفتوح المصدر بالكامل.', 'deepseek-r1')).toBe('open');
  });

  it('reads a time to come after a claim said of a name, and a demand in the first person, as no claim', () => {
    expect(claimOf('Word on the forum is that Grok 3 goes open source later this year.', 'grok')).toBeNull();
    expect(claimOf('سمعت أن جيميني 2.5 سيكون مفتوح الأوزان في الأشهر المقبلة.', 'gemini')).toBeNull();
    expect(claimOf('إذا صار كوين 3 ماكس بأوزان مفتوحة يوماً ما فسنجربه.', 'qwen3-max')).toBeNull();
    expect(claimOf('نطالب غوغل بفتح مصدر جيميني 2.5 للباحثين.', 'gemini')).toBeNull();
    expect(claimOf('We appeal to xAI to open-source Grok 3 for researchers.', 'grok')).toBeNull();
    // Said before the name, the claim stands whenever the name ships.
    expect(claimOf('Meta will ship the open-source Llama 5 next year.', 'llama')).toBe('open');
  });
});

describe('licences named in Arabic in other words', () => {
  it('reads «المرخّص بأباتشي», «رخصته أباتشي 2.0» and a time phrase between a name and its cue', () => {
    expect(claimOf('ميسترال لارج 3 المرخّص بأباتشي يصل إلى السحابات الأوروبية', 'mistral-large')).toBe('open-weights');
    expect(claimOf('ميكسترال 8x22B رخصته أباتشي 2.0، يعني تقدر تبيع منتجك.', 'mixtral')).toBe('open-weights');
    expect(claimOf('وصل جيما 4 هذه المرة بأوزان مفتوحة وبرخصة أباتشي 2.0.', 'gemma')).toBe('open-weights');
    expect(claimOf('نموذج Qwen3-Coder المفتوح الأوزان يأتي برخصة Apache 2.0.', 'qwen')).toBe('open-weights');
  });
});

describe('"none of" opening a clause', () => {
  it('denies the claim of every name the clause lists, but not a claim after "that"', () => {
    const found = check('None of the models the team tested, including Grok 3 and Mistral Medium 3, is open source.');
    expect(found.every((c) => c.claim === null)).toBe(true);
    expect(claimOf('None of this changes that Llama 4 is open-weight.', 'llama')).toBe('open-weights');
    expect(claimOf('لا تعدّ اللجنة الوطنية لاما 3.1 نموذجاً مفتوح المصدر لأغراض الإعفاء.', 'llama')).toBeNull();
    expect(claimOf('تعدّ اللجنة الوطنية لاما 3.1 نموذجاً مفتوح المصدر.', 'llama')).toBe('open');
  });

  it('reads an inverted condition as no claim', () => {
    expect(claimOf('Were DeepSeek-R1 genuinely open source, outside auditors could inspect its corpus; they cannot.', 'deepseek-r1')).toBeNull();
    expect(claimOf('DeepSeek-R1 is open source, and auditors were pleased.', 'deepseek-r1')).toBe('open');
  });
});

describe('forks, hearsay and guesses', () => {
  it('reads a claim of a fork as the fork\'s, "states", "heard", «قيل» and «سمعت» as reported, «أظن» and "not sure" as hedges', () => {
    expect(claimOf('Our fork of Llama 3.1 is fully open source, data included.', 'llama')).toBeNull();
    expect(claimOf('نسختنا المعدّلة من جيما 3 مفتوحة المصدر بالكامل.', 'gemma')).toBeNull();
    expect(claimOf('Kimi K2 is open source, the Chinese report states.', 'kimi')).toBeNull();
    expect(claimOf('I heard from a friend that Claude went open source.', 'claude')).toBeNull();
    expect(claimOf('سمعت أن جيميني صار مفتوح المصدر.', 'gemini')).toBeNull();
    expect(claimOf('أظن أن كوين 3 مفتوح المصدر، لكن تأكد.', 'qwen')).toBeNull();
    expect(claimOf('قيل لنا إن غروك 3 مفتوح المصدر، وهو في الحقيقة مغلق.', 'grok')).toBe('closed');
  });
});

describe('warranties, beliefs, forecasts of a debate and imagined worlds', () => {
  it('reads a contract\'s "represents that" and «يضمن … أن», "still thinks", «سيقول … إن» and "Imagine a world where" as no claim of the writer', () => {
    expect(claimOf('8.3 The Supplier represents that Hunyuan-Large is open source; the Buyer relies on this.', 'hunyuan')).toBeNull();
    expect(claimOf('البند 5.2: يضمن المورّد أن فنار مفتوح المصدر بالكامل.', 'fanar')).toBeNull();
    expect(claimOf('A must-read for anyone who still thinks Midjourney is open source.', 'midjourney')).toBeNull();
    expect(claimOf('كتاب لكل من لا يزال يظن أن نانو بنانا مفتوح المصدر.', 'nano-banana')).toBeNull();
    expect(claimOf('سيقول لكم الفريق المعارض إن فالكون 180B مفتوح المصدر.', 'falcon')).toBeNull();
    expect(claimOf('Imagine a world where Claude were open source.', 'claude')).toBeNull();
    // Thinking of a thing as something, or imagining paying for one, leaves the claim standing.
    expect(claimOf('Think of Android as the open-source base.', 'android')).toBe('open');
    expect(claimOf('Imagine paying for Claude when Kimi K2 is open source and basically as good.', 'kimi')).toBe('open');
  });
});

describe('news frames that report a claim, and a model on a hosting site', () => {
  it('reads a quoted description, «يتداولون أن», «الادعاء بأن», a denial of an intention and a myth as no claim of the writer', () => {
    expect(claimOf('تحتفي الصحيفة بفالكون 180B، "أكبر نموذج عربي مفتوح المصدر".', 'falcon')).toBeNull();
    expect(claimOf('الحضور يتداولون أن جيميني صار مفتوح المصدر، ولا أساس لذلك.', 'gemini')).toBeNull();
    expect(claimOf('الادعاء بأن غروك 3 مفتوح المصدر مضلل.', 'grok')).toBeNull();
    expect(claimOf('أنثروبيك تنفي تقريراً عن نيّتها فتح مصدر كلود.', 'claude')).toBeNull();
    expect(claimOf('Myth: Gemma 3 is open source. Fact: it is open weights.', 'gemma')).toBeNull();
    expect(claimOf('الشائعة: غروك 3 مفتوح المصدر.', 'grok')).toBeNull();
    // A quoted name is no quoted claim.
    expect(claimOf('مايكروسوفت تُبقي «فاي سيليكا» مغلقاً رغم إتاحة أوزان عائلة «فاي»', 'phi-silica')).toBe('closed');
  });

  it('reads more ways of saying a model is only reached through its maker\'s interface', () => {
    expect(claimOf('كوين 3 ماكس متاح عبر واجهتها البرمجية فقط.', 'qwen3-max')).toBe('closed');
    expect(claimOf('كوين 3 ماكس لا يُتاح إلا عبر السحابة.', 'qwen3-max')).toBe('closed');
    expect(claimOf('Alibaba offers Qwen3-Max only through its cloud API.', 'qwen3-max')).toBe('closed');
  });

  it('reads a superlative with a participle between the copula and the cue', () => {
    expect(claimOf('Qwen is the most downloaded open-weight family.', 'qwen')).toBe('open-weights');
    expect(claimOf('Llama 3.1 is the most widely deployed open-source model.', 'llama')).toBe('open');
  });

  it('says a licence after "on Hugging Face" of the model before it', () => {
    expect(claimOf('Google published Gemma 4 on Hugging Face under Apache 2.0.', 'gemma')).toBe('open-weights');
    expect(claimOf('Google published Gemma 4 on Hugging Face under Apache 2.0.', 'hugging-face')).toBeNull();
  });
});

describe('open-washing as marketing and chat write it', () => {
  it('reads "hyping … as", "I thought" and «فكرت إنو» as no claim, "counts as" as one, and «ج: لا،» as an answer, not a denial', () => {
    expect(claimOf("Everyone's hyping DeepSeek-R1 as open source, but the training data isn't public.", 'deepseek-r1')).toBeNull();
    expect(claimOf("I thought Gemma 3 was open source, but it has Google's terms.", 'gemma')).toBeNull();
    expect(claimOf('شو القصة؟ فكرت إنو جيما 3 مفتوح المصدر، طلع بشروط غوغل.', 'gemma')).toBeNull();
    expect(claimOf('Llama 3 counts as open weights.', 'llama')).toBe('open-weights');
    expect(claimOf('The complaint does not allege that Perplexity passed off Comet as open source.', 'perplexity-comet')).toBeNull();
    // «ألتمان» folds to a word with the article but carries none: it is a speaker, as «ماسك:» is.
    expect(claimOf('ألتمان: gpt-oss مفتوح المصدر بالكامل ومن دون قيود.', 'gpt-oss')).toBeNull();
    expect(claimOf('الترخيص: gpt-oss مفتوح المصدر.', 'gpt-oss')).toBe('open');
    expect(claimOf('ج: لا، كوبايلوت خدمة مغلقة.', 'copilot')).toBe('closed');
    // «الأنظمة» is a head noun as «النماذج» is: its examples after a comma are what it says.
    expect(check('الأنظمة الاحتكارية، ومنها كلود وكوبايلوت، ممنوعة.').map((c) => `${c.entity}:${c.claim}`)).toEqual(['claude:closed', 'copilot:closed']);
  });
});

describe('a list under a heading, and a dual predicate', () => {
  it('reads «أدواتي:» as a heading, not a speaker, and «مفتوحان المصدر» of both names', () => {
    const tools = check('أدواتي: كوبايلوت (مغلق) • أولمو 3 (مفتوح بالكامل) • غروك 2 (مفتوح الأوزان)');
    expect(tools.map((c) => `${c.entity}:${c.claim}`)).toEqual(['copilot:closed', 'olmo:open', 'grok:open-weights']);
    const table = check('جدول مبسّط: كلود — مغلق | كيمي K2.5 — مفتوح الأوزان | جيما 3 — مفتوح الأوزان');
    expect(table.map((c) => `${c.entity}:${c.claim}`)).toEqual(['claude:closed', 'kimi:open-weights', 'gemma:open-weights']);
    const both = check('قوين ولاما مفتوحين الأوزان.');
    expect(both.map((c) => `${c.entity}:${c.claim}`)).toEqual(['qwen:open-weights', 'llama:open-weights']);
  });
});

describe('shared predicates and transcripts', () => {
  it('reads «وثلاثتها» as «وكلاهما», and a speaker after a bracketed time', () => {
    const three = check('جرّبنا جيس وعلّام وفنار، وثلاثتها مفتوحة الأوزان، في الفصل.').filter((c) => c.claim === 'open-weights');
    expect(three.map((c) => c.entity)).toEqual(['jais', 'allam', 'fanar']);
    expect(claimOf('[00:12:05] منى: صار كوين 3 مفتوح الأوزان برخصة أباتشي.', 'qwen')).toBeNull();
  });
});

describe('a relative clause under a wish or a plan', () => {
  it('is the writer\'s description, unless it holds a modal of its own', () => {
    expect(claimOf('The ministry wants to adopt Gemini 2.5, which is closed.', 'gemini')).toBe('closed');
    expect(claimOf('The lab will switch to Olmo 2, which is fully open, next year.', 'olmo')).toBe('open');
    expect(claimOf('Meta plans to release Llama 5, which will be open source.', 'llama')).toBeNull();
  });
});

describe('a concession after the claim', () => {
  it('sets someone\'s word aside without making it the claim\'s source', () => {
    expect(claimOf('Qwen3 is open source, whatever the critics on the forum say.', 'qwen')).toBe('open');
    expect(claimOf('Qwen3 is open source, the critics on the forum say.', 'qwen')).toBeNull();
  });
});

describe('who reports', () => {
  it('reads "we confirmed that" as the writer\'s own, and «أقرّ» as someone else\'s', () => {
    expect(claimOf('We confirmed that Qwen3 is distributed under Apache 2.0.', 'qwen')).toBe('open-weights');
    expect(claimOf('Alibaba confirmed that Qwen3 is distributed under Apache 2.0.', 'qwen')).toBeNull();
    expect(claimOf('وقد أقرّت الشركة بأن جيما 3 مفتوح المصدر.', 'gemma')).toBeNull();
  });
});

describe('appositions', () => {
  it('may end the sentence, and may be a product', () => {
    expect(claimOf('The subtitles were drafted by a proprietary model, GPT-4o.', 'gpt-4o')).toBe('closed');
    expect(claimOf('The school pays for Midjourney, a closed product, out of its art budget.', 'midjourney')).toBe('closed');
  });
});

describe('asking a model something', () => {
  it('leaves the adjective before the name its claim, while asking a maker to open it hedges', () => {
    expect(claimOf('Visitors can ask the open-weight Gemma 3 about any painting in the room.', 'gemma')).toBe('open-weights');
    expect(claimOf('Researchers asked Google to open-source Gemini 2.5.', 'gemini')).toBeNull();
  });
});

describe('labels of worked examples, and lists joined by «و»', () => {
  it('reads «مثال محلول:» and "Hint:" as labels, and «والنماذج المفتوحة» after a name as another item', () => {
    expect(claimOf('مثال محلول: أولمو 2 مفتوح المصدر لأنه نشر بياناته وشيفرته.', 'olmo')).toBe('open');
    expect(claimOf('Hint: Gemini 2.5 is closed, so it cannot be downloaded.', 'gemini')).toBe('closed');
    expect(check('قارنّا جيميني 2.5 والنماذج المفتوحة في المختبر.').filter((c) => c.claim !== null)).toEqual([]);
  });
});

describe('an Arabic predicate after an aside', () => {
  it('reaches the subject before the aside, without a copula', () => {
    expect(claimOf('وتبيّن أن جيس، الذي طوّرته جهات إماراتية، نموذج مفتوح المصدر بالكامل.', 'jais')).toBe('open');
  });
});

describe('dual adjectives and licence-named models', () => {
  it('reads «مغلقتان» and "an MIT model"', () => {
    expect(claimOf('للتذكير: جيميني وشات جي بي تي خدمتان مغلقتان.', 'gemini')).toBe('closed');
    expect(claimOf('The lab fine-tuned DeepSeek-R1, an MIT model, on court rulings.', 'deepseek-r1')).toBe('open-weights');
  });
});

describe('examples after a head noun', () => {
  it('reads "e.g." in a bracket or after a comma, «ك» written on the name, and «الخيار» as the noun', () => {
    expect(claimOf('Candidates should know open-source LLMs (e.g. Qwen3, DeepSeek-R1) well.', 'qwen')).toBe('open');
    expect(claimOf('We avoid closed assistants, e.g. Claude, for client files.', 'claude')).toBe('closed');
    expect(claimOf('نفضّل نماذج مفتوحة المصدر كلاما 3 في المختبرات الجامعية.', 'llama')).toBe('open');
    expect(claimOf('وقررت اللجنة اعتماد جيميني 2.5، الخيار المغلق، في المرحلة الأولى.', 'gemini')).toBe('closed');
  });
});

describe('a glossary definition', () => {
  it('gives its label to the examples after "such as", «مثل» or «ومن أمثلته», past the definition', () => {
    const proprietary = check('Proprietary model: a model available only as a hosted service, such as Claude or GPT-5.1.');
    expect(proprietary.filter((c) => c.claim === 'closed').map((c) => c.entity)).toEqual(['claude', 'gpt-5']);
    expect(claimOf('النموذج المفتوح الأوزان: نموذج تُنشر معاملاته المدرّبة للتنزيل، مثل جيما 4 وفاي 4.', 'phi')).toBe('open-weights');
    // The definition's own negation is not the label's: «لا يتاح إلا عبر» says how it is closed.
    expect(claimOf('النموذج المغلق: نموذج لا يتاح إلا عبر تطبيق أو واجهة برمجية، ومن أمثلته دال-إي 3.', 'dall-e')).toBe('closed');
    // Only within its sentence.
    expect(claimOf('Open-source model: a model with open code. Llama 4, for example, is popular.', 'llama')).toBeNull();
  });
});
