/**
 * The sense decision over a whole plain text (a file for `npm run scan`, a
 * page's text for the tests and the bench): each line is a paragraph, its
 * neighbours are the paragraphs before and after it, and the page is the
 * whole text. The content script does the same with the page's blocks.
 */
import { decideRead, insideUrl, plainDecision, readMentions, type ParagraphReading, type SenseDecision } from './sense';
import type { Mention } from './types';

interface Paragraph {
  start: number;
  end: number;
  mentions: Mention[];
  /** The full reading, for a paragraph with an ambiguous name; null when every name in it is distinctive. */
  read: ParagraphReading | null;
  /** Which of its mentions lie inside a written-out web address, for a paragraph not read in full. */
  url: boolean[] | null;
  /** The entities it names by itself. */
  anchors: Set<string>;
}

/**
 * The non-empty lines of `text` that hold mentions, with their mentions (in
 * order). A line naming only distinctive names, the common case, needs no
 * reading of its words: each name counts unless it sits in a web address.
 */
function paragraphsOf(text: string, mentions: readonly Mention[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;
  for (const m of mentions) {
    if (!current || m.start >= current.end) {
      const start = text.lastIndexOf('\n', m.start - 1) + 1;
      const newline = text.indexOf('\n', m.start);
      current = { start, end: newline < 0 ? text.length : newline, mentions: [], read: null, url: null, anchors: new Set() };
      paragraphs.push(current);
    }
    current.mentions.push(m);
  }
  for (const p of paragraphs) {
    if (p.mentions.some((m) => m.ambiguous !== undefined)) {
      p.read = readMentions(text, p.mentions);
      p.anchors = new Set(p.read.anchors.keys());
    } else {
      p.url = p.mentions.map((m) => insideUrl(text, m));
      p.mentions.forEach((m, i) => p.url![i] || p.anchors.add(m.entity));
    }
  }
  return paragraphs;
}

/** Are two paragraphs next to each other, blank lines aside? */
function adjacent(text: string, a: Paragraph, b: Paragraph): boolean {
  return text.slice(a.end, b.start).trim() === '';
}

/** Each paragraph with what lies outside it: the entities its neighbours name by themselves, and whether the page names any. */
function withContext(text: string, paragraphs: readonly Paragraph[], each: (p: Paragraph, nearby: Set<string>, page: boolean) => void): void {
  const page = paragraphs.some((p) => p.anchors.size > 0);
  paragraphs.forEach((p, i) => {
    const nearby = new Set<string>();
    const before = paragraphs[i - 1];
    const after = paragraphs[i + 1];
    if (p.read) {
      if (before && adjacent(text, before, p)) for (const id of before.anchors) nearby.add(id);
      if (after && adjacent(text, p, after)) for (const id of after.anchors) nearby.add(id);
    }
    each(p, nearby, page);
  });
}

/** Every mention of the text with the decision on it, in order. */
export function decideInText(text: string, mentions: readonly Mention[]): SenseDecision[] {
  const out: SenseDecision[] = [];
  withContext(text, paragraphsOf(text, mentions), (p, nearby, page) => {
    if (p.read) out.push(...decideRead(p.read, { nearby, page }));
    else p.mentions.forEach((mention, i) => out.push(plainDecision(mention, p.url![i]!)));
  });
  return out;
}

/** The mentions of the text that count. */
export function keptInText(text: string, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  withContext(text, paragraphsOf(text, mentions), (p, nearby, page) => {
    if (p.read) {
      for (const d of decideRead(p.read, { nearby, page })) if (d.kept) out.push(d.mention);
    } else p.mentions.forEach((m, i) => p.url![i] || out.push(m));
  });
  return out;
}
