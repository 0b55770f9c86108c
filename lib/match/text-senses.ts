/**
 * The sense decision over a whole plain text (a file for `npm run scan`, a
 * page's text for the tests and the bench): each line is a paragraph, its
 * neighbours are the paragraphs before and after it, and the page is the
 * whole text. The content script does the same with the page's blocks.
 */
import { decideRead, readMentions, type ParagraphReading, type SenseDecision } from './sense';
import type { Mention } from './types';

interface Paragraph {
  start: number;
  end: number;
  mentions: Mention[];
  read: ParagraphReading | null;
}

/** The non-empty lines of `text` that hold mentions, with their mentions (in order). */
function paragraphsOf(text: string, mentions: readonly Mention[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;
  for (const m of mentions) {
    if (!current || m.start >= current.end) {
      const start = text.lastIndexOf('\n', m.start - 1) + 1;
      const newline = text.indexOf('\n', m.start);
      current = { start, end: newline < 0 ? text.length : newline, mentions: [], read: null };
      paragraphs.push(current);
    }
    current.mentions.push(m);
  }
  for (const p of paragraphs) p.read = readMentions(text, p.mentions);
  return paragraphs;
}

/** Are two paragraphs next to each other, blank lines aside? */
function adjacent(text: string, a: Paragraph, b: Paragraph): boolean {
  return text.slice(a.end, b.start).trim() === '';
}

/** Every mention of the text with the decision on it, in order. */
export function decideInText(text: string, mentions: readonly Mention[]): SenseDecision[] {
  const paragraphs = paragraphsOf(text, mentions);
  const anchors = (p: Paragraph) => p.read!.anchors.keys();
  const page = paragraphs.some((p) => p.read!.anchors.size > 0);
  return paragraphs.flatMap((p, i) => {
    const nearby = new Set<string>();
    const before = paragraphs[i - 1];
    const after = paragraphs[i + 1];
    if (before && adjacent(text, before, p)) for (const id of anchors(before)) nearby.add(id);
    if (after && adjacent(text, p, after)) for (const id of anchors(after)) nearby.add(id);
    return decideRead(p.read!, { nearby, page });
  });
}

/** The mentions of the text that count. */
export function keptInText(text: string, mentions: readonly Mention[]): Mention[] {
  return decideInText(text, mentions)
    .filter((d) => d.kept)
    .map((d) => d.mention);
}
