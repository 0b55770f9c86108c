// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildArticlePage } from '../../../bench/article-page';
import { generateCorpus } from '../../../bench/corpus';
import { ARABIC_WORDS, ENGLISH_WORDS, FIXTURE_ALIASES } from './fixture-aliases';

const corpus = generateCorpus({
  targetBytes: 40_000,
  aliases: FIXTURE_ALIASES,
  arabicWords: ARABIC_WORDS,
  englishWords: ENGLISH_WORDS,
  seed: 5,
});
const page = buildArticlePage(corpus);
const doc = new DOMParser().parseFromString(page.html, 'text/html');

function visibleTextNodes(root: Node): Text[] {
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.trim()) out.push(n as Text);
  return out;
}

describe('buildArticlePage', () => {
  it('holds every paragraph of the corpus, in order', () => {
    const paragraphs = [...doc.querySelectorAll('article p:not(.byline), article blockquote')]
      .filter((el) => !el.closest('aside'))
      .map((el) => el.textContent);
    expect(paragraphs).toEqual(corpus.paragraphs.map((p) => p.text));
    expect(page.textChars).toBe(corpus.text.length - (corpus.paragraphs.length - 1));
  });

  it('cuts paragraphs into inline elements, and counts its text nodes truly', () => {
    const inBody = visibleTextNodes(doc.body).filter((t) => !t.parentElement?.closest('script'));
    expect(inBody.length).toBe(page.textNodes);
    expect(page.textNodes).toBeGreaterThan(corpus.paragraphs.length * 5);
    expect(doc.querySelectorAll('article p a, article p em, article p strong, article p span, article p b').length).toBeGreaterThan(
      corpus.paragraphs.length * 2,
    );
  });

  it('never splits a planted name across two text nodes', () => {
    const nodes = visibleTextNodes(doc.querySelector('article')!).map((t) => t.data);
    for (const p of corpus.paragraphs) {
      for (const m of p.mentions) {
        const name = p.text.slice(m.start, m.end);
        expect(nodes.some((d) => d.includes(name))).toBe(true);
      }
    }
  });

  it('marks Arabic sections right-to-left', () => {
    const ar = doc.querySelectorAll('section[lang="ar"]');
    expect(ar.length).toBeGreaterThan(0);
    for (const s of ar) expect(s.getAttribute('dir')).toBe('rtl');
  });
});
