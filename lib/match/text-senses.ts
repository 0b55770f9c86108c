/**
 * The sense decision over a whole plain text (a file for `npm run scan`, a
 * page's text for the tests and the bench): each line is a paragraph, its
 * neighbours are the paragraphs before and after it (those that name
 * something, for what they name; the lines right beside it, for another
 * topic), and the page is the whole text. The content script does the same with the page's blocks.
 *
 * Most paragraphs name only distinctive names, and each such name counts
 * unless it sits in a web address. Those paragraphs are never read word by
 * word, and nothing is built for them beyond their bounds: on a text dense
 * with names, what this step allocates is most of what it costs.
 */
import { decideRead, insideUrl, isNotAi, plainDecision, readMentions, type ParagraphReading, type SenseContext, type SenseDecision } from './sense';
import { createPagePersons } from './page-persons';
import { isListItem, linesBeside, otherTopicIn } from './beside-topic';
import type { Mention } from './types';

/** A line that holds mentions: its bounds in the text, and its mentions as a range of the text's mentions. */
interface Paragraph {
  start: number;
  end: number;
  /** Its first mention's index, and one past its last. */
  from: number;
  to: number;
  /** The full reading, for a paragraph with an ambiguous name; null when every name in it is distinctive. */
  read: ParagraphReading | null;
}

/** The non-empty lines of `text` that hold mentions, in order. */
function paragraphsOf(text: string, mentions: readonly Mention[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;
  let ambiguous = false;
  const close = () => {
    if (current && ambiguous) current.read = readMentions(text, mentions.slice(current.from, current.to));
  };
  // Line breaks are found going forward with the mentions (no mention spans one):
  // searching back from each paragraph's first mention cost more than the rest of this loop.
  let lineStart = 0;
  let lineEnd = text.indexOf('\n');
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (!current || m.start >= current.end) {
      close();
      while (lineEnd >= 0 && lineEnd < m.start) {
        lineStart = lineEnd + 1;
        lineEnd = text.indexOf('\n', lineStart);
      }
      current = { start: lineStart, end: lineEnd < 0 ? text.length : lineEnd, from: i, to: i, read: null };
      ambiguous = false;
      paragraphs.push(current);
    }
    current.to = i + 1;
    ambiguous ||= m.ambiguous !== undefined;
  }
  close();
  return paragraphs;
}

/**
 * Whether each mention of a paragraph that needs no reading stands in a web
 * address, worked out once: both the page's names and the decision ask.
 */
class UrlFlags {
  private readonly flags: Uint8Array;
  constructor(
    private readonly text: string,
    private readonly mentions: readonly Mention[],
  ) {
    this.flags = new Uint8Array(mentions.length);
  }

  at(i: number): boolean {
    let flag = this.flags[i]!;
    if (flag === 0) this.flags[i] = flag = insideUrl(this.text, this.mentions[i]!) ? 2 : 1;
    return flag === 2;
  }
}

/**
 * Calls `each` with the entities a paragraph names by itself (what its
 * neighbours may lean on) until it returns true. An entity that is not AI
 * itself (a phone system: "Android 16") names no AI model or lab, so it
 * anchors nothing.
 */
function someAnchor(mentions: readonly Mention[], urls: UrlFlags, p: Paragraph, each: (entity: string) => boolean | void): boolean {
  if (p.read) {
    for (const entity of p.read.anchors.keys()) if (each(entity)) return true;
    return false;
  }
  for (let i = p.from; i < p.to; i++) {
    const m = mentions[i]!;
    if (!isNotAi(m) && !urls.at(i) && each(m.entity)) return true;
  }
  return false;
}

/** Are two paragraphs next to each other, blank lines aside? */
function adjacent(text: string, a: Paragraph, b: Paragraph): boolean {
  for (let i = a.end; i < b.start; i++) if (text.charCodeAt(i) > 0x20 && text.charCodeAt(i) !== 0xa0) return false;
  return true;
}

/**
 * Calls `plain` for each mention of a paragraph that needs no reading, and
 * `read` for each paragraph that does, with what lies outside it: the
 * entities its neighbours name by themselves, and those the page names.
 */
function eachParagraph(
  text: string,
  mentions: readonly Mention[],
  plain: (m: Mention, url: boolean) => void,
  read: (p: ParagraphReading, context: SenseContext) => void,
): void {
  const paragraphs = paragraphsOf(text, mentions);
  const urls = new UrlFlags(text, mentions);
  // Both worked out once, and only when a paragraph needs them: whether the
  // page names anything at all (the first name found answers it), and every
  // entity it names.
  let page: boolean | undefined;
  const pageNamesAny = () => (page ??= paragraphs.some((p) => someAnchor(mentions, urls, p, () => true)));
  let names: Set<string> | undefined;
  const bodyNames = new Set<string>();
  const pageNames = () => {
    if (names) return names;
    const all = (names = new Set());
    for (const p of paragraphs) {
      const body = !isListItem(text, p.start, p.end);
      const add = (id: string) => void (all.add(id), body && bodyNames.add(id));
      if (p.read) p.read.forThePage.forEach(add);
      else someAnchor(mentions, urls, p, add);
    }
    return all;
  };
  // The people named so far, in reading order: a story introduces a person before it calls them by the first name.
  const persons = createPagePersons();
  paragraphs.forEach((p, i) => {
    if (!p.read) {
      for (let at = p.from; at < p.to; at++) plain(mentions[at]!, urls.at(at));
      return;
    }
    const nearby = new Set<string>();
    const near = (id: string) => void nearby.add(id);
    const before = paragraphs[i - 1];
    const after = paragraphs[i + 1];
    const listed = isListItem(text, p.start, p.end);
    if (before && !listed && adjacent(text, before, p)) someAnchor(mentions, urls, before, near);
    if (after && !listed && adjacent(text, p, after)) someAnchor(mentions, urls, after, near);
    const besideOtherTopic = (entity: string) => {
      for (const [from, to] of linesBeside(text, p.start, p.end)) {
        const other = otherTopicIn(text, from, to, entity);
        if (other) return other;
      }
      return null;
    };
    persons.add(p.read);
    read(p.read, { nearby, page: pageNamesAny(), pageNames: pageNames(), bodyNames, besideOtherTopic, persons: persons.seen, listed });
  });
}

/** Every mention of the text with the decision on it, in order. */
export function decideInText(text: string, mentions: readonly Mention[]): SenseDecision[] {
  const out: SenseDecision[] = [];
  eachParagraph(
    text,
    mentions,
    (m, url) => out.push(plainDecision(m, url)),
    (p, context) => out.push(...decideRead(p, context)),
  );
  return out;
}

/** The mentions of the text that count. */
export function keptInText(text: string, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  eachParagraph(
    text,
    mentions,
    (m, url) => url || out.push(m),
    (p, context) => {
      for (const d of decideRead(p, context)) if (d.kept) out.push(d.mention);
    },
  );
  return out;
}
