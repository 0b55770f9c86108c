// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createAnnotator, type Annotator } from '../../../lib/dom/annotator';
import { createPainter } from '../../../lib/dom/highlight-painter';
import { createPageSenses } from '../../../lib/dom/page-senses';
import type { TextBlock } from '../../../lib/dom/text-blocks';
import { buildAliasIndex, statusOf } from '../../../lib/match/alias-index';
import { scanText } from '../../../lib/match/scanner';
import type { AliasSource } from '../../../lib/match/types';

const SOURCES: AliasSource[] = [
  { id: 'deepseek', status: 'open-weights', aliases: [{ text: 'DeepSeek' }] },
  { id: 'gemini', status: 'closed', aliases: [{ text: 'Gemini', caseSensitive: true, versioned: true, ambiguous: 'zodiac sign' }] },
  { id: 'gemma', status: 'open-weights', aliases: [{ text: 'Gemma', caseSensitive: true, versioned: true, ambiguous: 'first name' }] },
];
const index = buildAliasIndex(SOURCES);
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the sense decision on a live page', () => {
  let annotator: Annotator;
  let flush: () => void;

  async function start(html: string) {
    document.body.innerHTML = html;
    const queue: Array<() => void> = [];
    flush = () => queue.splice(0).forEach((f) => f());
    scans = null;
    annotator = createAnnotator({
      doc: document,
      scan: (text) => {
        scans?.push(text);
        return scanText(index, text);
      },
      statusOf: (id) => statusOf(index, id) ?? 'unknown',
      paints: () => true,
      painter: createPainter(document, { forceWrap: true }),
      batchSchedule: (fn) => void queue.push(fn),
    });
    annotator.start();
    await annotator.idle();
  }
  const texts = () => annotator.mentions().map((m) => m.text);
  /** The texts scanned from now on. */
  let scans: string[] | null = null;
  const spyScans = (): string[] => (scans = []);
  /** A live feed adds a paragraph; waits until the lens has read it. */
  async function appendToFeed(text: string) {
    const p = document.createElement('p');
    p.textContent = text;
    document.getElementById('feed')!.append(p);
    await settle();
    flush();
    await annotator.idle();
  }
  afterEach(() => annotator?.stop());

  it('reads a list item alone: the AI headline in the item above says nothing of the next one', async () => {
    await start('<ol><li>DeepSeek releases a new model</li><li>Gemma tops the list of names this year</li></ol>');
    expect(texts()).toEqual(['DeepSeek']);
    await start('<p>DeepSeek releases a new model</p><p>Gemma is quick on a laptop.</p>');
    expect(texts()).toEqual(['DeepSeek', 'Gemma']);
  });

  it('keeps a person the page introduced where only a most-read list names the model, not where the article does', async () => {
    const story = '<p>Lead analyst Gemma Osei cut the ribbon at the new branch.</p><p>Gemma opened the doors at nine.</p><p>The queue was long.</p>';
    const headline = 'DeepSeek and the Gemma 4 model top a new leaderboard';
    const list = `<aside><ul><li>${headline}</li></ul></aside>`;
    await start(story + list);
    expect(texts()).toEqual(['DeepSeek', 'Gemma 4']);
    await start(list + story);
    expect(texts()).toEqual(['DeepSeek', 'Gemma 4']);
    await start(`${story}<p>${headline}.</p>`);
    expect(texts()).toEqual(['Gemma', 'DeepSeek', 'Gemma 4']);
  });

  it('sets an ambiguous name aside on a page that is not about AI', async () => {
    await start('<p>Gemini, your week brings good news.</p><p>Taurus: rest.</p>');
    expect(texts()).toEqual([]);
    expect(annotator.tally()).toEqual([]);
  });

  it('counts it beside a distinctive mention in the neighbouring paragraph, and with a version', async () => {
    await start('<p>Gemini answered in seconds.</p><p>DeepSeek took longer.</p><p>Gemini 2.5 also.</p>');
    expect(texts()).toEqual(['Gemini', 'DeepSeek', 'Gemini 2.5']);
  });

  it('turns an ambiguous name on when a live feed adds a distinctive neighbour', async () => {
    await start('<div id="feed"><p>Gemini answered in seconds.</p></div>');
    expect(texts()).toEqual([]);
    await appendToFeed('DeepSeek took longer.');
    expect(texts().sort()).toEqual(['DeepSeek', 'Gemini']);
    expect(annotator.tally().map((c) => c.entity).sort()).toEqual(['deepseek', 'gemini']);
  });

  it('counts an ambiguous name anywhere on a page that names its very entity, even once the feed names it later', async () => {
    const rain = [1, 2, 3].map((n) => `<p>Rain, day ${n}.</p>`).join('');
    await start(`<div id="feed"><p>Gemini in talks to raise funds.</p>${rain}</div>`);
    expect(texts()).toEqual([]);
    // Far from the headline, beside nothing of it: the page now names Gemini unmistakably.
    await appendToFeed('Gemini 2.5 answered in seconds.');
    expect(texts().sort()).toEqual(['Gemini', 'Gemini 2.5']);
  });

  it('counts it on a page whose other sentences vouch for the same entity, even without a version', async () => {
    const rain = [1, 2, 3].map((n) => `<p>Rain, day ${n}.</p>`).join('');
    await start(`<p>Gemini comes to more places.</p>${rain}<p>The AI chatbot Gemini answered in seconds.</p>`);
    expect(texts()).toEqual(['Gemini', 'Gemini']);
  });

  it('still sets it aside where a word of another topic stands beside it', async () => {
    await start('<p>Gemini 2.5 answered in seconds.</p><p>Rain.</p><p>Rain again.</p><p>Gemini, your horoscope brings good news.</p>');
    expect(texts()).toEqual(['Gemini 2.5']);
  });

  it('reads a first name the page has introduced as a person as that person, unless the page names the model', async () => {
    const story = '<p>Photo: Head coach Gemma Ruiz with a tablet running DeepSeek.</p><p>"We ask Gemma what the laptop says."</p>';
    await start(story);
    expect(texts()).toEqual(['DeepSeek']);
    annotator.stop();
    await start(story + '<p>Next season the club will run the open model Gemma 3 on its own server.</p>');
    expect(texts()).toEqual(['DeepSeek', 'Gemma', 'Gemma 3']);
  });

  it('sets aside a name in a horoscope box on a page that names the entity, and keeps one among plain lines', async () => {
    const article = '<p>Gemini 2.5 answered in seconds.</p><p>Rain.</p><p>Rain again.</p>';
    await start(`${article}<ul><li>Your stars</li><li>Gemini: a deadline looms.</li><li>Virgo: rest.</li></ul>`);
    expect(texts()).toEqual(['Gemini 2.5']);
    annotator.stop();
    await start(`${article}<ul><li>Read more</li><li>Gemini: a deadline looms.</li><li>Share</li></ul>`);
    expect(texts()).toEqual(['Gemini 2.5', 'Gemini']);
  });

  it('reads again only the set-aside names beside what a live feed adds, not every one on the page', async () => {
    // The page names something (DeepSeek) and sets two ambiguous names aside, far from each other.
    const rain = [1, 2, 3, 4, 5].map((n) => `<p>Rain, day ${n}.</p>`).join('');
    await start(`<p>DeepSeek took longer.</p>${rain}<p>Gemini, rest this week.</p>${rain}<div id="feed"><p>Gemini answered in seconds.</p></div>`);
    expect(texts()).toEqual(['DeepSeek']);
    const scanned = spyScans();
    await appendToFeed('DeepSeek again, slower.');
    expect(texts().sort()).toEqual(['DeepSeek', 'DeepSeek', 'Gemini']);
    // The set-aside name beside the new paragraph was read again; the horoscope line further up was not.
    expect(scanned.filter((t) => t.startsWith('Gemini, rest'))).toEqual([]);
  });
});

describe('set-aside names handed back', () => {
  const senses = () => createPageSenses((text) => scanText(index, text));
  const block = (id: string) => {
    const container = document.getElementById(id)!;
    return { text: container.textContent!, container } as unknown as TextBlock;
  };

  it('hands back a name set aside before the page named anything once it does, unless it left the page', () => {
    document.body.innerHTML = '<p id="a">Gemini answered.</p><p>Rain.</p><p id="b">Gemini again.</p><p>Rain.</p><p id="c">DeepSeek took longer.</p>';
    const s = senses();
    const a = block('a');
    const b = block('b');
    expect(s.keep(a, scanText(index, a.text))).toEqual([]);
    expect(s.keep(b, scanText(index, b.text))).toEqual([]);
    document.getElementById('b')!.remove();
    expect(s.takeStale()).toEqual([]);
    s.keep(block('c'), scanText(index, block('c').text));
    expect(s.takeStale()).toEqual([a]);
    expect(s.takeStale()).toEqual([]);
  });

  it('hands back a name set aside on a named page once the page names its very entity, not another one', () => {
    document.body.innerHTML = '<p id="d">DeepSeek took longer.</p><p>Rain.</p><p id="a">Gemini answered.</p><p>Rain.</p><p id="q">Qwen too.</p><p>Rain.</p><p id="g">Gemini 2.5 as well.</p>';
    const local = buildAliasIndex([...SOURCES, { id: 'qwen', status: 'open-weights', aliases: [{ text: 'Qwen' }] }]);
    const s = createPageSenses((text) => scanText(local, text));
    s.keep(block('d'), scanText(local, block('d').text));
    const a = block('a');
    expect(s.keep(a, scanText(local, a.text))).toEqual([]);
    expect(s.takeStale()).toEqual([]);
    // Another entity, far away: nothing for the Gemini set aside.
    s.keep(block('q'), scanText(local, block('q').text));
    expect(s.takeStale()).toEqual([]);
    // Gemini itself, unmistakably, far away: one sense per page.
    s.keep(block('g'), scanText(local, block('g').text));
    expect(s.takeStale()).toEqual([a]);
  });

  it('hands back a name set aside on a named page only when a block beside it names something', () => {
    document.body.innerHTML = '<p id="d">DeepSeek took longer.</p><p>Rain.</p><p id="a">Gemini answered.</p><p id="n">Rain.</p><p>Rain.</p><p id="far">Rain.</p>';
    const s = senses();
    s.keep(block('d'), scanText(index, block('d').text));
    const a = block('a');
    expect(s.keep(a, scanText(index, a.text))).toEqual([]);
    expect(s.takeStale()).toEqual([]);
    document.getElementById('far')!.textContent = 'DeepSeek far away.';
    s.keep(block('far'), scanText(index, block('far').text));
    expect(s.takeStale()).toEqual([]);
    document.getElementById('n')!.textContent = 'DeepSeek beside it.';
    s.keep(block('n'), scanText(index, block('n').text));
    expect(s.takeStale()).toEqual([a]);
  });
});

describe('a block just read, as a neighbour', () => {
  const leaf = (id: string) => {
    const container = document.getElementById(id)!;
    return { text: container.textContent!, container, leaf: true, nodes: [], starts: [] } as unknown as TextBlock;
  };

  it('is trusted while the page changed nothing, and read again once it did', () => {
    document.body.innerHTML = '<p id="d">DeepSeek took longer.</p><p id="g">Gemini answered.</p>';
    let changes = 0;
    const scanned: string[] = [];
    const s = createPageSenses((text) => (scanned.push(text), scanText(index, text)), () => changes);
    const d = leaf('d');
    s.keep(d, scanText(index, d.text));
    const g = leaf('g');
    // The paragraph before names DeepSeek: Gemini beside it counts, and the paragraph is not scanned again for it.
    expect(s.keep(g, scanText(index, g.text)).map((m) => m.text)).toEqual(['Gemini']);
    expect(scanned).toEqual([]);
    // The page rewrote that paragraph: what it named before no longer counts.
    document.getElementById('d')!.textContent = 'Rain all day.';
    changes++;
    expect(s.keep(g, scanText(index, g.text))).toEqual([]);
    expect(scanned).toEqual(['Rain all day.']);
  });
});

describe('short codes on a live page', () => {
  const codes = buildAliasIndex([
    ...SOURCES,
    { id: 'deepseek-r1', status: 'open-weights', aliases: [{ text: 'R1', caseSensitive: true, ambiguous: 'short code' }] },
  ]);
  const senses = () => createPageSenses((text) => scanText(codes, text));
  const block = (id: string) => {
    const container = document.getElementById(id)!;
    return { text: container.textContent!, container } as unknown as TextBlock;
  };
  const keep = (s: ReturnType<typeof senses>, id: string) => s.keep(block(id), scanText(codes, block(id).text)).map((m) => m.text);

  it('counts a short code anywhere on a page that names its maker, and hands it back once the page does', () => {
    document.body.innerHTML =
      '<p id="a">R1 was the slowest.</p><p>Rain.</p><p>Rain.</p><p id="d">DeepSeek took longer.</p><p>Rain.</p><p>Rain.</p><p id="b">R1 again.</p>';
    const s = senses();
    // Read before the page names its maker: set aside, and handed back when it does.
    expect(keep(s, 'a')).toEqual([]);
    expect(s.takeStale()).toEqual([]);
    expect(keep(s, 'd')).toEqual(['DeepSeek']);
    expect(s.takeStale().map((b) => b.text)).toEqual(['R1 was the slowest.']);
    // Read after it: counts at once, three paragraphs away.
    expect(keep(s, 'a')).toEqual(['R1']);
    expect(keep(s, 'b')).toEqual(['R1']);
  });

  it('does not count a page that names only a phone system as a page about AI', () => {
    const withAndroid = buildAliasIndex([
      ...SOURCES,
      { id: 'android', status: 'open', aliases: [{ text: 'Android', caseSensitive: true }] },
      { id: 'nvidia', status: 'unknown', aliases: [{ text: 'Nvidia', ambiguous: 'company, not mainly AI (chips)' }] },
    ]);
    document.body.innerHTML = '<p id="a">Android 16 arrives on Pixel phones.</p><p>Rain.</p><p>Rain.</p><p id="n">Nvidia cut the price of its graphics card.</p>';
    const s = createPageSenses((text) => scanText(withAndroid, text));
    const kept = (id: string) => s.keep(block(id), scanText(withAndroid, block(id).text)).map((m) => m.text);
    expect(kept('a')).toEqual(['Android']);
    expect(kept('n')).toEqual([]);
    expect(s.takeStale()).toEqual([]);
  });

  it('leaves a short code alone on a page that names something else', () => {
    document.body.innerHTML = '<p id="g">Gemini 2.5 answered.</p><p>Rain.</p><p>Rain.</p><p id="a">The R1 motorway reopened.</p>';
    const s = senses();
    expect(keep(s, 'g')).toEqual(['Gemini 2.5']);
    expect(keep(s, 'a')).toEqual([]);
  });
});

describe('neighbours read for the sense decision', () => {
  it('reads a neighbour once for both paragraphs around it, and again once its text changes', () => {
    document.body.innerHTML = '<p id="a">Gemini answered.</p><p id="b">DeepSeek took longer.</p><p id="c">Gemini again.</p>';
    const scanned: string[] = [];
    const senses = createPageSenses((text) => {
      scanned.push(text);
      return scanText(index, text);
    });
    const block = (id: string) => {
      const container = document.getElementById(id)!;
      return { text: container.textContent!, container } as unknown as TextBlock;
    };
    const kept = (id: string) => senses.keep(block(id), scanText(index, block(id).text)).map((m) => m.text);
    expect(kept('a')).toEqual(['Gemini']);
    expect(kept('c')).toEqual(['Gemini']);
    expect(scanned.filter((t) => t.startsWith('DeepSeek'))).toHaveLength(1);
    document.getElementById('b')!.textContent = 'Rain took longer.';
    expect(kept('c')).toEqual([]);
    expect(scanned.filter((t) => t.startsWith('Rain'))).toHaveLength(1);
  });

  it('scans a paragraph read as a neighbour no second time when the page walk reaches it', async () => {
    document.body.innerHTML = '<p>Gemini answered first.</p><p>DeepSeek took longer.</p><p>Gemini again.</p><p>Rain all day.</p>';
    const scanned: string[] = [];
    const annotator = createAnnotator({
      doc: document,
      scan: (text) => {
        scanned.push(text);
        return scanText(index, text);
      },
      statusOf: (id) => statusOf(index, id) ?? 'unknown',
      paints: () => true,
      painter: createPainter(document, { forceWrap: true }),
    });
    annotator.start();
    await annotator.idle();
    expect(annotator.mentions().map((m) => m.text)).toEqual(['Gemini', 'DeepSeek', 'Gemini']);
    // Each paragraph once: the second is read as the first one's neighbour, then reached by the walk.
    expect(scanned.filter((t) => t.startsWith('DeepSeek'))).toHaveLength(1);
    expect(scanned.filter((t) => t.startsWith('Gemini answered'))).toHaveLength(1);
    annotator.stop();
  });
});
