/**
 * A large generated news article page: paragraphs of the bench corpus in
 * Arabic (rtl) and English sections, each paragraph cut into inline
 * elements (links, emphasis, spans) the way real article markup is, so the
 * page has tens of thousands of text nodes. Names are never cut across two
 * elements, so a per-text-node highlighter (mark.js) is not handicapped.
 */
import type { Corpus, CorpusParagraph } from './corpus';
import { seededRandom, type Random } from './random';

export interface ArticlePage {
  html: string;
  /** Text nodes with visible (non-space) text. */
  textNodes: number;
  /** Characters of paragraph text. */
  textChars: number;
  planted: number;
}

export interface ArticlePageOptions {
  title?: string;
  /** Inline elements per paragraph (default 4, so 9 text nodes a paragraph). */
  inlinePerParagraph?: number;
  /** Paragraphs per section (default 12). */
  sectionSize?: number;
  seed?: number;
}

const INLINE = [
  ['a href="#ref"', 'a'],
  ['em', 'em'],
  ['strong', 'strong'],
  ['span class="note"', 'span'],
  ['b', 'b'],
  ['a href="#more" class="inline-link"', 'a'],
] as const;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Space positions where the paragraph may be cut without splitting a planted name. */
function cutPoints(p: CorpusParagraph): number[] {
  const points: number[] = [];
  let m = 0;
  for (let i = p.text.indexOf(' '); i >= 0; i = p.text.indexOf(' ', i + 1)) {
    while (m < p.mentions.length && p.mentions[m]!.end <= i) m++;
    const inside = m < p.mentions.length && p.mentions[m]!.start <= i && i < p.mentions[m]!.end;
    if (!inside) points.push(i);
  }
  return points;
}

/** The paragraph as HTML with `count` inline elements over word runs; returns its visible text node count. */
function paragraphHtml(p: CorpusParagraph, count: number, r: Random): { html: string; nodes: number } {
  const points = cutPoints(p);
  if (points.length < count * 2) return { html: escapeHtml(p.text), nodes: 1 };
  // 2*count cut points, spread over the paragraph, alternate open and close.
  const chosen = new Set<number>();
  const stride = points.length / (count * 2);
  for (let k = 0; k < count * 2; k++) chosen.add(points[Math.floor(k * stride + r.next() * stride * 0.8)]!);
  const cuts = [...chosen].sort((a, b) => a - b);
  if (cuts.length % 2 === 1) cuts.pop();
  let html = '';
  let from = 0;
  let nodes = 0;
  for (let k = 0; k < cuts.length; k += 2) {
    const [open, close] = r.pick(INLINE);
    const a = cuts[k]! + 1; // the element starts after the space
    const b = cuts[k + 1]!;
    html += escapeHtml(p.text.slice(from, a)) + `<${open}>` + escapeHtml(p.text.slice(a, b)) + `</${close}>`;
    nodes += 2;
    from = b;
  }
  html += escapeHtml(p.text.slice(from));
  return { html, nodes: nodes + 1 };
}

const HEAD = (title: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escapeHtml(title)}</title>
<style>
body{font:16px/1.6 system-ui,sans-serif;margin:0;color:#222}
header,footer{background:#f4f4f4;padding:8px 16px}
nav a{margin-inline-end:12px}
main{max-width:46em;margin:0 auto;padding:0 16px}
section[dir=rtl]{font-family:"Noto Naskh Arabic",serif}
.note{color:#555}
aside{border-inline-start:3px solid #ccc;padding-inline-start:12px;color:#444}
</style></head>
<body>
<header><nav><a href="/">Home</a><a href="/tech">Technology</a><a href="/world">World</a><a href="/ar">العربية</a></nav></header>
<main><article>
<h1>${escapeHtml(title)}</h1>
<p class="byline">By the technology desk · 5 August 2025</p>
`;

const TAIL = `</article></main>
<footer><p>© News site. All rights reserved.</p></footer>
<script>window.pageScriptRan = true;</script>
</body></html>`;

export function buildArticlePage(corpus: Corpus, o: ArticlePageOptions = {}): ArticlePage {
  const r = seededRandom(o.seed ?? 7);
  const inline = o.inlinePerParagraph ?? 4;
  const sectionSize = o.sectionSize ?? 12;
  const title = o.title ?? 'Open models and the future of AI';
  const parts: string[] = [HEAD(title)];
  let textNodes = 4 + 1 + 1 + 1; // nav links, h1, byline, footer
  let textChars = 0;
  for (let s = 0; s < corpus.paragraphs.length; s += sectionSize) {
    const group = corpus.paragraphs.slice(s, s + sectionSize);
    const lang = group[0]!.lang;
    parts.push(lang === 'ar' ? '<section lang="ar" dir="rtl">\n' : '<section lang="en">\n');
    parts.push(`<h2>${lang === 'ar' ? 'قسم' : 'Section'} ${s / sectionSize + 1}</h2>\n`);
    textNodes += 1;
    group.forEach((p, i) => {
      const { html, nodes } = paragraphHtml(p, inline, r);
      const dir = p.lang === lang ? '' : p.lang === 'ar' ? ' lang="ar" dir="rtl"' : ' lang="en" dir="ltr"';
      const tag = i === 3 ? 'blockquote' : 'p';
      parts.push(`<${tag}${dir}>${html}</${tag}>\n`);
      textNodes += nodes;
      textChars += p.text.length;
    });
    if ((s / sectionSize) % 5 === 4) {
      parts.push('<aside><p>Related: <a href="#r1">Read more</a> · <a href="#r2">Analysis</a></p></aside>\n');
      textNodes += 4;
    }
    parts.push('</section>\n');
  }
  parts.push(TAIL);
  return { html: parts.join(''), textNodes, textChars, planted: corpus.planted.length };
}
