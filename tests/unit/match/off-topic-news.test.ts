/**
 * False highlights found on long off-topic news passages (finance, travel,
 * science, security, crypto, space, sport, celebrity) and the general fixes
 * for them: expert names that are also places, abbreviations or everyday
 * organizations are marked ambiguous; a university or institute is read like
 * a company whose main business is not AI; a number followed by a unit
 * ("65 years") is no version; crypto, launch and motor-racing words count
 * against an ambiguous name.
 */
import { describe, expect, it } from 'vitest';
import { buildAliasIndex } from '../../../lib/match/alias-index';
import { scanText } from '../../../lib/match/scanner';
import { ALONE, decideSenses } from '../../../lib/match/sense';
import { keptInText } from '../../../lib/match/text-senses';
import { loadSeedSources } from './corpus-check';

const index = buildAliasIndex(loadSeedSources());
const found = (text: string) => keptInText(text, scanText(index, text)).map((m) => m.text);
const AI_PAGE = { nearby: new Set<string>(), page: true };

describe('expert names that are also places, abbreviations and ordinary organizations', () => {
  it('are ambiguous, so a news story that is not about AI lights nothing', () => {
    expect(found('Trekking trips to the Kunlun Mountains are popular. The Kunlun Pass sits at 4,767 metres.')).toEqual([]);
    expect(found('KDF soldiers killed 12 al-Shabaab fighters in Lamu County, the military said.')).toEqual([]);
    expect(found('MPT, Myanmar Posts and Telecommunications, restored mobile internet in Sagaing.')).toEqual([]);
    expect(found('The NRO launched another spy satellite from Vandenberg.')).toEqual([]);
    expect(found('Common sense told us the old value of the proton radius was wrong.')).toEqual([]);
    expect(found('An unnamed model walked the runway in a borrowed gown.')).toEqual([]);
    expect(found('New Maya research shows the city of Tikal traded jade with the coast.')).toEqual([]);
  });

  it('no longer make a market report an AI page, on which every company would light up', () => {
    const report = [
      'Apple rose 2 per cent and Amazon added 1.5 per cent; Nvidia slipped and Intel jumped.',
      'In Asia, China Asset Management Co. said it would launch a new bond fund. Tencent rose 3 per cent.',
    ].join('\n');
    expect(found(report)).toEqual([]);
  });

  it('still count in AI news', () => {
    expect(found('Kunlun released the Skywork model with open weights.')).toEqual(['Kunlun', 'Skywork']);
  });
});

describe('universities and institutes', () => {
  it('are read like a company whose main business is not AI: no AI page, no highlight', () => {
    expect(found('Physicists at Tsinghua University and the Chinese Academy of Sciences measured the proton.')).toEqual([]);
    expect(found('UC Berkeley said tuition would rise; the University of Washington won a grant to study salmon.')).toEqual([]);
    expect(found('Graduation at the American University of Beirut was marked by grief.')).toEqual([]);
  });

  it('count in full on a page that names an AI model, and beside an AI name', () => {
    const text = 'Tsinghua University opened a new campus.';
    const [d] = decideSenses(text, scanText(index, text), AI_PAGE);
    expect(d!.kept).toBe(true);
    expect(d!.evidence).toEqual([{ kind: 'page', weight: 3 }]);
    expect(found('Tsinghua University and Zhipu released ChatGLM with open weights.')).toEqual(['Tsinghua University', 'Zhipu', 'ChatGLM']);
  });

  it('take no evidence from everyday words such as "model" or "researchers"', () => {
    const text = 'Researchers at Tsinghua University built a model of the river basin.';
    const [d] = decideSenses(text, scanText(index, text), ALONE);
    expect(d!.evidence.some((e) => e.kind === 'ai-word')).toBe(false);
  });
});

describe('a number followed by a unit', () => {
  it('is an age, a sum or a distance, not a version', () => {
    expect(found('ويبلغ كلود 65 عاماً، وقال إنه ما زال يتدرب ثلاث ساعات يومياً.')).toEqual([]);
    expect(found('Claude, 65 years old, still trains three hours a day.')).toEqual([]);
    expect(found('Gemini 12 per cent of the vote went to the challenger.')).toEqual([]);
  });

  it('leaves real versions alone', () => {
    expect(found('Claude 4 writes tidy code.')).toEqual(['Claude 4']);
    expect(found('أطلقت غوغل جيميني 3 لجميع المستخدمين.')).toEqual(['غوغل', 'جيميني 3']);
  });
});

describe('words of other topics', () => {
  it('crypto: an exchange or a coin is not Qwen, even beside an AI story', () => {
    expect(found('أطلقت علي بابا نموذج كوين 3 بأوزان مفتوحة.\nوقالت منصة كوين بيس إن التداولات ارتفعت مع صعود بيتكوين.')).toEqual([
      'علي بابا',
      'كوين 3',
    ]);
  });

  it('space launches: a Falcon booster beside an AI story is the rocket', () => {
    expect(
      found('xAI said it would serve its Grok chatbot over Starlink.\nThe Falcon booster landed on a drone ship after the launch from Cape Canaveral.'),
    ).toEqual(['xAI', 'Grok']);
  });

  it('motor racing: a driver named Kimi beside an AI story is the driver', () => {
    expect(found('Moonshot AI released Kimi K2 Thinking with open weights.\nMercedes team principal Toto Wolff said Kimi had matured in the paddock.')).toEqual([
      'Moonshot AI',
      'Kimi K2',
    ]);
  });
});

describe('tier words after a name', () => {
  it('are everyday words too: alone they are not enough', () => {
    expect(found('He was an Eagle Scout and a member of the Rotary Club.')).toEqual([]);
    expect(found('The Solar Max mission studied flares on the Sun.')).toEqual([]);
    expect(found('Whisper Ultra is a new quiet fan for bedrooms.')).toEqual([]);
    expect(found('The Mamba Max shoe goes on sale on Friday.')).toEqual([]);
  });

  it('still count with any other sign of AI', () => {
    expect(found('Claude Instant writes tidy code.')).toEqual(['Claude']);
    expect(found('Gemini Pro is available in the app.')).toEqual(['Gemini']);
  });
});

describe('ordinary names together', () => {
  it('first names listed together are people, not products that vouch for each other', () => {
    const text = 'He is survived by his wife Dolly; his children Crystal, Marco and Amber; and his grandchildren Maya, Griffin and Noor.';
    expect(found(text)).toEqual([]);
  });

  it('two ordinary words do not make a paragraph name something for its neighbours', () => {
    const obituary = [
      'Memorials may be given to the Eagle Scout scholarship fund or the Whisper Creek hospice.',
      'He is survived by his wife Dolly and his children Crystal and Marco.',
    ].join('\n');
    expect(found(obituary)).toEqual([]);
  });

  it('words in capitals vouch for no other words in capitals: a crossword\'s answers are words', () => {
    expect(found('Across: 1 GEMINI, 4 LLAMA, 8 MISTRAL, 9 FALCON, 10 BARD, 11 COMET, 15 GROK, 18 AMAZON, 20 PERPLEXITY, 22 APPLE')).toEqual([]);
    expect(found('Down: 2 CLAUDE, 3 MAVERICK, 5 OPUS, 6 ANDROID, 7 LE CHAT, 12 ERNIE, 14 SORA, 17 CHROME, 19 ANTHROPIC')).toEqual([]);
    // Written in their own case, the same names still vouch for each other.
    expect(found('Gemini, Claude and Grok answered the same prompt.')).toEqual(['Gemini', 'Claude', 'Grok']);
  });
});

describe('entities that are not AI themselves', () => {
  it('do not make phone news an AI page, nor light up the companies beside them', () => {
    const news = [
      "Apple's new iPhone goes on sale on Friday, and Google's Pixel 10 went on sale in Japan.",
      'The Android 16 update will reach older Samsung phones in January.',
      'Users complained that the Chrome browser slowed down after an update, and Google said a fix was coming.',
    ].join('\n');
    expect(found(news)).toEqual([]);
    expect(found('A judge ruled that Google must share search data but need not sell its Chrome browser.')).toEqual([]);
    expect(found('واشتكى مستخدمون من بطء متصفح كروم بعد التحديث الأخير، وقالت غوغل إن إصلاحاً في الطريق.')).toEqual([]);
  });

  it('still count where the text speaks of AI', () => {
    expect(found('Google is building Gemini into the Chrome browser as an AI assistant.')).toEqual(['Google', 'Gemini', 'Chrome']);
  });
});

describe('people in AI news', () => {
  it('a first name with its surname is a person where the words around say so, even in a paragraph that names the model', () => {
    const quote = 'Claude Code now reads the whole project before it touches anything, said Claude Martin, a back-end developer in Leeds.';
    expect(found(quote)).toEqual(['Claude Code']);
    expect(found('Claude Code now reads the whole project, and Claude Martin, 34, who builds payment systems, likes it.')).toEqual(['Claude Code']);
  });
});

describe('an Arabic first name as a speaker', () => {
  it('is a person with its surname before «، إن», or after a verb of saying, in a paragraph that names the model', () => {
    const page = [
      'قال كلود نصر، وهو مهندس في الرياض، إنه يستخدم هيوماين تشات، «لأن شات جي بي تي يكتب عربية باردة».',
      'ويقول مهندس مغربي في باريس، كلود الإدريسي، إن زملاءه يستعملون لو شا وشات جي بي تي.',
      'ويقول ناشر لبناني، كلود أبي خليل، إن دار نشره سألت أنثروبيك.',
    ].join('\n');
    expect(found(page)).toEqual(['هيوماين تشات', 'شات جي بي تي', 'لو شا', 'شات جي بي تي', 'أنثروبيك']);
  });

  it('is a person before «إن» without a comma, or with a family name after a verb of saying', () => {
    const page = [
      'قارن التقرير بين شات جي بي تي وجيميني.',
      'ويقول محلل الأسهم كلود بطرس إن قصة الجزيرة قصة سياحة قبل أن تكون قصة عقار.',
      'تقول جيما الحسيني في حديث قصير إن الفكرة جاءت من ابنة أختها.',
      'وتقول جيما العتيبي في حديث قصير معنا بعد الأمسية الثقافية إنها تخاف تطبيقات الذكاء الاصطناعي.',
    ].join('\n');
    expect(found(page)).toEqual(['شات جي بي تي', 'جيميني']);
  });

  it('is a woman after a verb of saying in the feminine, «اسمها», or a title', () => {
    const page = [
      'تترجم تطبيقات مبنية على لاما 3 وجيما اللهجات، وتنافس شات جي بي تي.',
      'وتقول لاما إن هدفها بسيط. وتعترف لاما الشريف بأن الأمثال نقطة ضعف.',
      'أبو لاما: بنتي اسمها لاما. وقالت الطالبة جيما القحطاني إن الأمر مقلق، ويقول المستثمر كلود الفاسي إن البيانات هي الميزة.',
    ].join('\n');
    expect(found(page)).toEqual(['لاما 3', 'جيما', 'شات جي بي تي']);
  });

  it('is a person after a title of work, a feminine verb of advice or estimate, or a verb of telling with a compound surname', () => {
    const page = [
      'يعمل تطبيق «قطاف» على لاما 3.1، ويقارن فريقه إجاباته بإجابات جيما 3 وكلود وشات جي بي تي.',
      'صورة: الصيدلانية جيما الكعبي أمام شاشة التطبيق، والمترجم كلود صعب إلى جانبها.',
      'وتنصح لاما بأن يقرأ المستخدم الرد مرتين. وتقدّر جيما أن نصف الأسئلة عن التطبيق نفسه.',
      'ويروي كلود عبد النور، وهو مستخدم منذ البداية، أنه جرّب التطبيق مرة واحدة.',
    ].join('\n');
    expect(found(page)).toEqual(['لاما 3.1', 'جيما 3', 'كلود', 'شات جي بي تي']);
  });

  it('is a comment signed before a colon when a weak word with the article opens what follows', () => {
    const page = ['مقال عن شات جي بي تي في المدارس، والتعليقات تحته:', 'فاي: الشركات تريد منا أن نستعمل الذكاء الاصطناعي ثم تلومنا.'].join('\n');
    expect(found(page)).toEqual(['شات جي بي تي']);
  });

  it('signs a comment alone before a colon at a line start, unless a word of AI defines it there', () => {
    const page = [
      'مقال عن شات جي بي تي في المدارس، والتعليقات تحته:',
      'لاما: أهم شي ما يحوّل فلوس بروحه.',
      'جيما: ردّ عليّ بالإنجليزي مع إني كاتبة بالعربي.',
      'علّام: نموذج طورته الهيئة السعودية للبيانات والذكاء الاصطناعي.',
    ].join('\n');
    expect(found(page)).toEqual(['شات جي بي تي', 'علّام', 'الهيئة السعودية للبيانات والذكاء الاصطناعي']);
  });

  it('is a person after a kin word with a possessive ending', () => {
    expect(found('أما زميلتها كيمي العمري فحلّت ثانية على المدرسة، واستعانت بشات جي بي تي في المراجعة.')).toEqual(['شات جي بي تي']);
  });

  it('is still the model where the words after it are no surname', () => {
    expect(found('قال كلود إن النموذج لا يعرف، وقال شات جي بي تي الشيء نفسه.')).toEqual(['كلود', 'شات جي بي تي']);
    expect(found('قالت أنثروبيك إن كلود، وهو نموذجها الأحدث، صار أسرع.')).toEqual(['أنثروبيك', 'كلود']);
    expect(found('أطلقت مون شوت كيمي الصيني، وهو نموذج مفتوح الأوزان.')).toEqual(['مون شوت', 'كيمي']);
  });
});

describe('a first name listed with an AI name', () => {
  it('is that AI\'s peer, whatever the sport around it', () => {
    const text = "Before each match the analyst feeds the league's corner data into ChatGPT and Claude, then briefs the striker.";
    expect(found(text)).toEqual(['ChatGPT', 'Claude']);
    expect(found('يحلل المدرب مباريات الدوري بمساعدة شات جي بي تي وكلود قبل كل مباراة.')).toEqual(['شات جي بي تي', 'كلود']);
    // Listed after another AI name that is no first name, it is still the AI where a person of that name is on the page.
    const page = ['وقال كلود حداد، وهو محام في بيروت، إن القضية معقدة. «الأمر صعب»، يقول كلود.', 'وقد سألنا شات جي بي تي وجيميني وكلود عن القانون.'].join('\n');
    expect(found(page)).toEqual(['شات جي بي تي', 'جيميني', 'كلود']);
    expect(found("Before each match the analyst feeds the league's corner data into ChatGPT, and Claude Makelele briefs the striker.")).toEqual(['ChatGPT']);
  });
});

describe('a person the page has introduced', () => {
  it('is the same person when the full name comes again, though the page names the model', () => {
    const page = [
      'تطبيق «غلّة» مبني على لاما 3.1 8B من ميتا، ويجيب المزارعين بالعامية.',
      'صورة: المزارعة لاما النعيمي في حقل القمح.',
      'في الصباح الباكر تفتح لاما النعيمي التطبيق وتصوّر السنابل، ثم تنتظر الرد.',
      'حوار: لاما النعيمي عن موسم الجفاف',
    ].join('\n');
    expect(found(page)).toEqual(['لاما 3.1', 'ميتا']);
  });

  it('is the person by the first name alone where the page names that model nowhere', () => {
    const page = [
      'Photo: Head coach Gemma Ruiz with a tablet running ChatGPT on the touchline.',
      'The players laugh about it now. "We ask Gemma what the laptop says before every session."',
      'Fans online agree: ask Gemma, not the robot.',
    ].join('\n');
    expect(found(page)).toEqual(['ChatGPT']);
  });

  it('stays the model where the page names it, or where its sentence names another model or the same name twice', () => {
    const page = [
      'Photo: Analyst Claude Renard at his desk, with ChatGPT on one screen.',
      'Claude Renard says Claude writes tighter summaries than he does.',
      'Which is better for scouting reports: Claude or GPT-5?',
    ].join('\n');
    expect(found(page)).toEqual(['ChatGPT', 'Claude', 'Claude', 'GPT-5']);
    const named = ['Photo: Analyst Gemma Ruiz with her laptop.', 'She runs the open model Gemma 3 on it. "Gemma is quick enough," she says.'].join('\n');
    expect(found(named)).toEqual(['Gemma 3', 'Gemma']);
  });
});

describe('a person the page has introduced who speaks, where the page names the model too', () => {
  it('is the person before a verb of saying or after one that opens the clause', () => {
    const page = [
      'ويقول فهد إن كلود من أنثروبيك كان الأفضل في كتابة الملخص للمدرب.',
      'المدرب المساعد كلود بيرنييه يضحك حين يسأله اللاعبون عن اسمه. ويقول كلود: «أنا أقرأ التقرير الذي يكتبه كلود الآخر».',
      'Photo: chess coach Gemma Hale with the club laptop, which runs gpt-oss-20b and Gemma 3.',
      '"Pupils can\'t type anything into online chatbots," Gemma explains.',
      'A chess engine plays far better than any language model, and Gemma says the chatbots still suggest illegal moves.',
    ].join('\n');
    // «كلود الآخر», the other Claude, is the model.
    expect(found(page)).toEqual(['كلود', 'أنثروبيك', 'كلود', 'gpt-oss-20b', 'Gemma 3']);
  });

  it('stays the model where the verb is the sentence\'s own, or makes it the one asked or the one that wrote', () => {
    const page = [
      'Photo: watch manager Claude Dennison at the control room desk.',
      'The service tested Claude Sonnet 4.5, Copilot and ChatGPT on incident summaries.',
      'Dennison says Claude wrote the clearest drafts.',
      'Now people say they asked Claude instead of a colleague.',
      'Microsoft said Claude models will be offered to its cloud customers.',
      'Claude Dennison, a watch manager for 20 years, says Claude marks reports more harshly than he does.',
      '"Claude explained its steps best," Claude said.',
    ].join('\n');
    expect(found(page)).toEqual(['Claude Sonnet 4.5', 'Copilot', 'ChatGPT', 'Claude', 'Claude', 'Microsoft', 'Claude', 'Claude', 'Claude']);
  });

  it('is a person in a comment signed with a first and a family name, and the model after «كيه 2» or a head noun with its adjective', () => {
    const page = [
      'جرّبت الجمعية جيميني وشات جي بي تي في ترجمة النصوص الطبية.',
      'كيمي فؤاد: تجربة مفيدة، أنا بستخدم جيميني في الترجمة.',
      'جرّبوا كيمي كيه 2 من شركة مونشوت إيه آي الصينية.',
      'وجرّب الفريق أيضاً النموذج الإماراتي جيس لكتابة الملخص، لكنه كان أبطأ على أجهزة النادي.',
    ].join('\n');
    expect(found(page)).toEqual(['جيميني', 'شات جي بي تي', 'جيميني', 'كيمي كيه 2', 'مونشوت إيه آي', 'جيس']);
  });

  it('is a person after a player\'s position, and the same person when the full name comes again', () => {
    const page = [
      'كتب ديب سيك أن الجناح الياباني كيمي أوتا سدد أربع مرات على المرمى.',
      'كيمي أوتا لا يقرأ التقارير العربية، لكنه يطلب نسخة يترجمها له جيميني.',
    ].join('\n');
    expect(found(page)).toEqual(['ديب سيك', 'جيميني']);
  });
});

describe('more ways an Arabic story introduces a person', () => {
  it('reads a craft before the name, a surname before a colon, a word for a person with adjectives of origin, and a mother\'s kunya', () => {
    const page = [
      'أما لوحات نانو بانانا من غوغل فكانت أفضل، لكن الخطاط كلود نصار وجد فيها أخطاء. يقول كلود: «الآلة تعرف شكل الحرف».',
      'يقول جيما ميخائيل: «أرقام القضايا كانت كلها خاطئة».',
      'وتجرّب المزارعة السورية لاما حداد تطبيق شات جي بي تي في الحقل.',
      'أم كيمي: الله يجزاكم خير، أمي تستفيد كثير.',
    ].join('\n');
    expect(found(page)).toEqual(['نانو بانانا', 'غوغل', 'شات جي بي تي']);
  });

  it('reads a transcript\'s speaker after its time as a person, and the name alone afterwards as that person', () => {
    const transcript = [
      '[00:00] فهد: هلا والله، اليوم نجرب جيميني وديب سيك بالعربي.',
      '[00:04] لاما: وأنا لاما من بيروت. جرّبنا كوين 3 كمان.',
      '[00:24] فهد: بس لما كلمته لاما باللبناني صار يجاوبني بالفصحى.',
    ].join('\n');
    expect(found(transcript)).toEqual(['جيميني', 'ديب سيك', 'كوين 3']);
  });
});

describe("a news site's chrome around an AI story", () => {
  it('lights no app-store badge or news-feed link, no company named for trade, and no commenter who gives her name', () => {
    const page = [
      'OpenAI releases GPT-5.1 as Anthropic and Google race to catch up.',
      'Download on the App Store | Get it on Google Play | Follow us on Google News',
      'حمّل التطبيق من غوغل بلاي أو آب ستور',
      '«جيس للتطوير» تقفز 9% و«فالكون للاستثمار» تعلن أرباحاً فصلية',
      'جيما الخطيب: أنا طالبة في المدرسة واسمي جيما، صار الكل ينادوني الكمبيوتر.',
      'Kimi_Tanaka: My name is Kimi and my inbox is full of model spam.',
      'Claude R.: As a human Claude, I am tired of these headlines.',
      'مشجع فالكون: كلود أنقذنا، يستحق راتباً مضاعفاً!',
      'المعارضة تنسحب احتجاجاً، ولاما بنعلي: «نريد حافلات لا وعوداً».',
    ].join('\n');
    expect(found(page)).toEqual(['OpenAI', 'GPT-5.1', 'Anthropic', 'Google']);
    const notice = 'We use Google Tag Manager, Google Analytics and the Meta Pixel. As an Amazon Associate we earn from qualifying purchases.';
    expect(found(`OpenAI released GPT-5 and Anthropic answered with Claude Opus 4.5.\n${notice}`)).toEqual(['OpenAI', 'GPT-5', 'Anthropic', 'Claude Opus 4.5']);
    // Google as the company still counts: the AI story names it.
    expect(found('Google released Gemini 3 on Tuesday, and Google News ran the story.')).toEqual(['Google', 'Gemini 3']);
  });
});

describe('a person and the model in one sentence', () => {
  it('reads a title only up to «إن»: the name after it is the model the person speaks of', () => {
    const page = [
      'وكشفت غوغل عن جيميني 3 في 18 نوفمبر، وأتاحته داخل محرك البحث.',
      'قال المهندس كلود حداد إن كلود يكتب نصف الشيفرة البرمجية في شركته الناشئة.',
      'قالت المهندسة جيما عيسى إن جيما يعمل على حاسوبها المحمول دون اتصال بالإنترنت.',
    ].join('\n');
    expect(found(page)).toEqual(['غوغل', 'جيميني 3', 'كلود', 'جيما']);
  });
});

describe('AI applied in health care', () => {
  it('keeps the model beside its maker or the page naming it, whatever the hospital words, but not a pharmacy\'s brand on a page of no AI', () => {
    const story = [
      'أعلنت دائرة الصحة في أبوظبي تجربة نموذج اللغة العربي «جيس» من جي 42 في أقسام الطوارئ.',
      'وأضافت الطبيبة أن جيس كان أسهل في التكامل مع أنظمة المستشفى، وأن المريض يوقّع على الموافقة.',
      'Doctors at the hospital said the G42 model Jais saved ten minutes a shift for their patients.',
    ].join('\n');
    expect(found(story)).toEqual(['جيس', 'جي 42', 'جيس', 'G42', 'Jais']);
    expect(found('صيدلية الحي تعرض كريمات جيميني للمرضى، وأجهزة قياس الضغط للمستشفى.')).toEqual([]);
  });
});

describe('a most-read list', () => {
  it('reads each numbered item alone: the AI headline above says nothing of the next one', () => {
    const list = ['Most read', '1. Moonshot AI releases Kimi K2 Thinking, an open model', '2. Royal baby name odds: Claude is the surprise outsider', '3. Comet Holdings to close 40 stores'].join('\n');
    expect(found(list)).toEqual(['Moonshot AI', 'Kimi K2']);
    // A company in an AI page's most-read list is no AI company for the page's sake: Apple the shop.
    const page = [
      'OpenAI, Anthropic and Google DeepMind released new models this week: GPT-5.2, Claude Opus 4.5 and Gemini 3.',
      'Most read',
      '1. Apple to open its first East African store in Nairobi',
      '2. Meta releases Llama 5 with open weights',
    ].join('\n');
    expect(found(page)).toEqual(['OpenAI', 'Anthropic', 'Google DeepMind', 'GPT-5.2', 'Claude Opus 4.5', 'Gemini 3', 'Meta', 'Llama 5']);
    // A product that is no AI is named for what it is, in a list too: the open Chromium against the closed Chrome.
    const arabicPage = ['طرحت أوبن إيه آي نموذجين بأوزان مفتوحة، وأطلقت ديب سيك نموذج R1، وميتا لاما 4.', '٤. لماذا لا يُعد كروميوم هو نفسه جوجل كروم؟'].join('\n');
    expect(found(arabicPage)).toContain('كروميوم');
    const arabic = ['الأكثر قراءة', '١. ديب سيك تطلق نموذجاً جديداً', '٢. كلود يتصدر قائمة أسماء المواليد هذا العام'].join('\n');
    expect(found(arabic)).toEqual(['ديب سيك']);
  });

  it('reads a bullet that ends with a full stop as a sentence of the article, not a headline of a list', () => {
    const page = [
      'انتشرت صور مولّدة بأدوات أوبن إيه آي وأنثروبيك وديب سيك على منصات التواصل.',
      'خطوات التحقق:',
      '- ابحث عن الصورة عبر محركات مثل «غوغل لينس» قبل مشاركتها.',
      '- Check the image in Google Lens before you share it.',
    ].join('\n');
    expect(found(page)).toEqual(['أوبن إيه آي', 'أنثروبيك', 'ديب سيك', 'غوغل', 'Google']);
  });

  it('reads the wind, the bird and the dish beside their own words where a headline elsewhere names the model', () => {
    const page = [
      'Most read: Mistral Large 3 and Falcon H1 top a new benchmark; Meta ships Llama 5',
      'By noon the Mistral had dropped to a light breeze over the harbour.',
      'A pair of peregrine falcons is nesting on the cathedral spire again; the Falcon chicks hatched in May.',
      'Our chef braises the llama shoulder for six hours; Llama meat is lean and sweet.',
    ].join('\n');
    expect(found(page)).toEqual(['Mistral Large 3', 'Falcon H1', 'Meta', 'Llama 5']);
  });

  it('keeps a person the page introduced where only a most-read list names the model', () => {
    const story = ['يستحق مصمم الديكور كلود أبو شقرا تحية خاصة على العرض.', 'فقد صمم كلود الديكور بنفسه خلال أسبوعين.'];
    expect(found([...story, 'الأكثر قراءة', '- أنثروبيك تطلق كلود أوبوس 4.5 للمبرمجين'].join('\n'))).toEqual(['أنثروبيك', 'كلود أوبوس 4.5']);
    // Named by the article itself, the model is what the first name means where nothing says otherwise.
    expect(found([...story, 'وأطلقت أنثروبيك كلود أوبوس 4.5 للمبرمجين.'].join('\n'))).toEqual(['كلود', 'أنثروبيك', 'كلود أوبوس 4.5']);
  });

  it('reads a horoscope\'s lucky colour and a flat\'s fittings as such beside a trending AI link, and a GPU fleet as AI', () => {
    const trending = 'Trending: OpenAI ships GPT-5.2 to ChatGPT users';
    expect(found([trending, 'Leo: a quiet week.', 'Lucky colour: Magenta · Crystal of the week: Amber'].join('\n'))).toEqual(['OpenAI', 'GPT-5.2', 'ChatGPT']);
    const flat = ['الأكثر قراءة: أوبن إيه آي تطلق جي بي تي-5.2', 'الطابق الثالث، إطلالة على البحر.', 'شقة للبيع: مطبخ برخامة جرانيت وحنفيات كروم ألماني.'];
    expect(found(flat.join('\n'))).toEqual(['أوبن إيه آي', 'جي بي تي-5.2']);
    const cloud = ['OpenAI, Anthropic and Google DeepMind rent the same cloud.', 'Its fleet is fungible across Nvidia systems and AMD accelerators.'];
    expect(found(cloud.join('\n'))).toEqual(['OpenAI', 'Anthropic', 'Google DeepMind', 'Nvidia', 'AMD']);
    expect(found('وتعمل ميتا على نموذج لاما التالي.')).toEqual(['ميتا', 'لاما']);
  });

  it('reads «لو شا ربي» as "if God willed", not Le Chat', () => {
    expect(found('جرّبت مستشفيات تونس لو شا من ميسترال إيه آي.\nكمال: لو شا ربي يعمموها على قفصة.')).toEqual(['لو شا', 'ميسترال إيه آي']);
  });
});

describe('a hamza the name lacks', () => {
  it('makes «فأي» ("so which") no «فاي» (Phi), while «فاي 4» is still found', () => {
    const text = 'أما المولّد فأي نموذج مفتوح المصدر بالكامل كأولمو 2، وفاي 4 من مايكروسوفت جيد.';
    expect(scanText(index, text).map((m) => m.text)).toEqual(['أولمو 2', 'فاي 4', 'مايكروسوفت']);
  });
});

describe('a user name', () => {
  it('names no topic: a commenter called falcon_1971 says nothing of birds', () => {
    const page = ['The fire service drafts incident reports with ChatGPT and Llama 3.', 'falcon_1971: Llama on your own server is the only sane option.'].join('\n');
    expect(found(page)).toEqual(['ChatGPT', 'Llama 3', 'Llama']);
  });
});

describe('a transcript in English', () => {
  it('reads a first name after the time and before a colon as the speaker, and a headline\'s name as the model', () => {
    const page = ['Google released Gemma 3 and OpenAI released gpt-oss.', '[00:01:20] Gemma: Is anyone open by that definition?', '[00:02:10] Gemma: And the Gemma models?', 'Gemma: what is new in the open model'];
    expect(found(page.join('\n'))).toEqual(['Google', 'Gemma 3', 'OpenAI', 'gpt-oss', 'Gemma', 'Gemma']);
  });
});

describe('a verb of using before a first name', () => {
  it('ends a title: an engineer who uses Claude says so', () => {
    const page = ['يقارن الطلاب بين شات جي بي تي وجيميناي وديب سيك في المذاكرة.', 'سلمى فاروق: أنا مهندسة برمجيات وبستخدم كلود في الشغل كل يوم.'];
    expect(found(page.join('\n'))).toEqual(['شات جي بي تي', 'جيميناي', 'ديب سيك', 'كلود']);
  });
});

describe('people introduced by an office, a description or a title', () => {
  it('reads a title of up to three words, a description after the surname, and the person named again', () => {
    const page = [
      'تطبيق «صوتي» يكشف الأصوات المستنسخة، ويقارن نتائجه بشات جي بي تي.',
      'يشرح مستشار الأمن الرقمي كيمي الشامي أن المحتالين يحتاجون ثوانيَ من الصوت. «الأمر سهل جداً»، يقول كيمي.',
      'ويقول الباحث في أمن المعلومات فاي العمري إن التطبيق يخطئ أحياناً.',
      'ويقول مدير الفريق، كلود يعقوب، وهو مهندس من حمص، إن التطبيق مجاني.',
    ].join('\n');
    expect(found(page)).toEqual(['شات جي بي تي']);
  });

  it('stays the model after a verb of using, or beside its maker, where a person of that name is on the page', () => {
    const page = [
      'يشرح مستشار الأمن الرقمي كلود الشامي كيف تعمل الخدمة، ويقارنها بشات جي بي تي.',
      'وأنا أستخدم كلود للكتابة الطويلة.',
      'Anthropic, the maker of Claude, declined to comment.',
    ].join('\n');
    expect(found(page)).toEqual(['شات جي بي تي', 'كلود', 'Anthropic', 'Claude']);
  });

  it('is a person with a family name of descent right after it, but not with an adjective a model takes', () => {
    const page = [
      'صيدلية جديدة في الحي تستخدم شات جي بي تي لترتيب المواعيد.',
      'صورة: الصيدلاني ومساعده علّام الزعبي أمام الرفوف.',
      'وتتابع لاما الكعبي الطلبات من هاتفها.',
    ].join('\n');
    expect(found(page)).toEqual(['شات جي بي تي']);
    expect(found('جرّبنا شات جي بي تي، ثم جرّبنا كلود الذكي من أنثروبيك.')).toEqual(['شات جي بي تي', 'كلود', 'أنثروبيك']);
  });

  it('is a speaker after a closing quotation and before a verb of saying, or before ", who"', () => {
    const page = [
      'The rescue team now checks routes walkers planned with ChatGPT.',
      '"Most of the people we find never used AI at all," Gemma said. "They just slipped."',
      'Claude, who joined the team in 2019, keeps the logbook.',
    ].join('\n');
    expect(found(page)).toEqual(['ChatGPT']);
  });

  it('is a person with an English title and a surname, though the name is no first name', () => {
    const page = ['OpenAI released GPT-5, and Anthropic answered with Claude Opus 4.1.', 'Councillor Meta Okafor said the library would teach both.'].join('\n');
    expect(found(page)).toEqual(['OpenAI', 'GPT-5', 'Anthropic', 'Claude Opus 4.1']);
  });

  it('does not read a poem and an opus number as two tiers of one model family', () => {
    const page = ['The children use ChatGPT for homework now.', "At speech day the choir sang Shakespeare's Sonnet 4 and the band played Schumann's Opus 4."].join('\n');
    expect(found(page)).toEqual(['ChatGPT']);
    expect(found('Anthropic released Opus 4 and Sonnet 4 on Thursday.')).toEqual(['Anthropic', 'Opus 4', 'Sonnet 4']);
    expect(found('The reasoning line-up is now o3, o3-pro and o4-mini.')).toEqual(['o3', 'o3-pro', 'o4-mini']);
  });
});

describe('a person named by a word beside the name', () => {
  it('is a person, and vouches for no other name', () => {
    expect(found('My colleague Gemma tested the Gemma 3 model on our Welsh documents.')).toEqual(['Gemma 3']);
    expect(found('جيما، زميلتي في المكتب، تشغّل جيما 3 على حاسوبها.')).toEqual(['جيما 3']);
    expect(found('اسم بنتي كيمي، وكل ما أفتح تطبيق كيمي تحسب أنني أناديها.')).toEqual(['كيمي']);
    // Only right beside the name: the daughter here is someone else.
    expect(found('My daughter asked the chatbots Gemini and Claude to explain fractions.')).toEqual(['Gemini', 'Claude']);
  });
});

describe('people in the furniture of an AI page', () => {
  it('a user name, a byline, a credit or a kunya is a person, however much the page names the model', () => {
    const page = [
      'Anthropic released Claude Opus 4.5 and Google shipped Gemini 3 this week.',
      'Claude_Mansour: Great interview. Kimi_R: Everyone talks about Gemini and ChatGPT.',
      'بقلم: لاما الزين | آخر تحديث: 6 ديسمبر 2025',
      'أبو كلود: شكراً على الشرح، جربت لاما 3.1 وكلود على حاسوبي.',
      'جيما_عمّان: النموذج ممتاز. (تصوير: جيما عيد)',
      'متابعة: نورة علّام وكلود سركيس | كتبت: نهى علّام | أبو علّام: شكراً.',
      'Reader question from Claude in Lyon: will the Claude app keep the old model?',
      'المدار: شكراً دكتور كلود.',
    ].join('\n');
    expect(found(page)).toEqual(['Anthropic', 'Claude Opus 4.5', 'Google', 'Gemini 3', 'Gemini', 'ChatGPT', 'لاما 3.1', 'كلود', 'Claude']);
  });

  it('a commenter\'s name and initial, a user name with digits, and a reader\'s name and town sign as people', () => {
    const thread = [
      'ChatGPT, Gemini and Mistral 3 were compared again this week.',
      'Ernie B: I switched my family plan from ChatGPT to Gemini.',
      'Olmo V: Also a reminder that the open crowd has Mistral 3.',
      'Kimi88: Bought a laptop in September to run Gemma 3.',
      'جيما.ر: عندي مساعد شات جي بي تي ومبسوطة. جيما خ.: وأنا كذلك.',
      '"My parcel is stuck and they want a fee, is it a scam?" Claude, Norwich. Yes: ChatGPT was right.',
    ].join('\n');
    expect(found(thread)).toEqual([
      'ChatGPT', 'Gemini', 'Mistral 3', 'ChatGPT', 'Gemini', 'Mistral 3', 'Gemma 3', 'شات جي بي تي', 'ChatGPT',
    ]);
    // A user name vouches for no other name.
    expect(found('Recipe of the week, with a nod to ChatGPT.\nMix the flour and the butter.\nGemma W. (author): @grok_the_gravy Yes, add one extra egg.')).toEqual(['ChatGPT']);
    // A list after a quotation is still a list of models.
    const list = 'We asked ChatGPT and the others "which of you is best?" Claude, Gemini. Each named itself.';
    expect(found(list)).toEqual(['ChatGPT', 'Claude', 'Gemini']);
  });

  it('«جيبو» before a pronoun or a thing to bring is the colloquial "bring", not Zhipu', () => {
    expect(found('جربت جي إل إم 4.6 من جيبو، بس الأمر ما اشتغل، جيبو لنا شرح خاص بويندوز.')).toEqual(['جي إل إم 4.6', 'جيبو']);
  });
});

describe('names inside longer names, and look-alikes', () => {
  it('a name followed by a capitalized word of another name vouches for no other name', () => {
    expect(found('Closing bell: Falcon Minerals +4.0%, Comet Ridge +2.7%, Jais Hotels −1.8%.')).toEqual([]);
    expect(found("Kempton, 2:40: 1st Mistral Breeze (9/2), 2nd Claude's Dream (11/1), 3rd Comet Tail (6/4 fav); 9 ran.")).toEqual([]);
    // Qualifiers still make a lineup: "Mistral Large and Falcon Mamba" is no such pair, "Gemini 2.5 Pro and Claude" is.
    expect(found('Gemini 2.5 Pro and Claude Opus 4.1 topped the coding chart.')).toEqual(['Gemini 2.5', 'Claude Opus 4.1']);
  });

  it('the emoticon QwQ is no model, and a page with it is no AI page', () => {
    expect(found("QwQ my ice cream fell on the pavement. Apple's iPhone 17 Pro in cosmic orange sold out.")).toEqual([]);
    expect(found('Alibaba released QwQ-32B, a reasoning model.')).toEqual(['Alibaba', 'QwQ-32B']);
  });

  it('a question «علامَ», and a person who is a Gemini, on a page that names the models', () => {
    const page = [
      'يستخدم الطلاب شات جي بي تي وجيميني في الواجبات. علامَ نقيّم الطالب إذن؟ على فهمه.',
      'الحكم ممتاز لشركات الذكاء الاصطناعي. علامَ تعتمد هذه الشركات؟',
      'Our baker, who is a Gemini and says so often, asked ChatGPT for a recipe.',
    ].join('\n');
    expect(found(page)).toEqual(['شات جي بي تي', 'جيميني', 'ChatGPT']);
  });

  it('ordinary names together are not enough alone on a page that names nothing of AI', () => {
    expect(found('لاما نجّار تتزوج في كروم البترون: ليلة على أنغام البوسا نوفا وسيارة فالكون من الستينيات')).toEqual([]);
    expect(found('The ward covers the new estates around the Amazon warehouse at Granite Point, and the Copilot trial.')).toEqual([]);
    // With a word of AI, or on a page that names AI, they still count.
    expect(found('Gemini, Claude and Llama topped the chatbot rankings.')).toEqual(['Gemini', 'Claude', 'Llama']);
  });

  it('Bloomberg cited as a source is the news agency, not the maker of BloombergGPT', () => {
    const page = 'Apple will use Google Gemini for Siri, Bloomberg has reported. In an interview with Bloomberg, the CEO spoke. BloombergGPT was trained by Bloomberg.';
    expect(found(page)).toEqual(['Apple', 'Google Gemini', 'BloombergGPT', 'Bloomberg']);
  });

  it('an online form is paperwork, not a model', () => {
    expect(found('قسم المفقودات يحتفظ بساعة آبل ولعبة محشوة على شكل لاما، ويمكن المطالبة بها عبر النموذج الإلكتروني.')).toEqual([]);
  });

  it('ChatGPT and gpt-oss with the article, as colloquial Arabic writes them, are found with it', () => {
    expect(found('الشات جي بي تي بتاعي بقى فاكر اسمي، والـجي بي تي أو إس إس كمان.')).toEqual(['شات جي بي تي', 'الـجي بي تي أو إس إس']);
  });
});

describe('companies on a page with a passing AI name', () => {
  it('are kept by the page alone only where it names three AI entities or more', () => {
    const gadgets = [
      'Some shoppers now ask ChatGPT for gift ideas, retailers say.',
      'The high street had its busiest weekend since 2019.',
      "Apple's iPhone 17 Pro in cosmic orange sold out within hours.",
      'Amazon cut the price of the Kindle Paperwhite for Black Friday.',
    ];
    expect(found(gadgets.join('\n\n'))).toEqual(['ChatGPT']);
    const aiNews = ['OpenAI released GPT-5, and Anthropic answered with Claude Opus 4.1.', 'Analysts expect more launches.', ...gadgets];
    expect(found(aiNews.join('\n\n'))).toEqual(['OpenAI', 'GPT-5', 'Anthropic', 'Claude Opus 4.1', 'ChatGPT', 'Apple', 'Amazon']);
  });

  it('keeps a common word written as a name inside a sentence, on a page that names AI, but not at its start or in a longer name', () => {
    const story = [
      'OpenAI released GPT-5, and Google answered with Gemini 2.5; DeepSeek shipped V3.2.',
      'Anthropic’s new promise',
      'In early November, Anthropic published a list of commitments.',
      'The club plays away at Perplexity Park on Saturday.',
    ];
    expect(found(story.join('\n\n'))).toEqual(['OpenAI', 'GPT-5', 'Google', 'Gemini 2.5', 'DeepSeek', 'V3.2', 'Anthropic', 'Anthropic']);
  });

  it('are not kept as the writer in a byline', () => {
    const story = [
      'By Meta Lindqvist | Sunday 7 December',
      'OpenAI released GPT-5, and Anthropic answered with Claude Opus 4.1.',
      'Analysts expect more launches from Meta and Google.',
    ];
    expect(found(story.join('\n\n'))).toEqual(['OpenAI', 'GPT-5', 'Anthropic', 'Claude Opus 4.1', 'Meta', 'Google']);
  });
});
