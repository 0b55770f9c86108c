/**
 * Lines of another topic beside a paragraph. A news page's furniture (a
 * horoscope box, a weather widget, a most-read list) sits on AI pages too:
 * "Gemini: A frank conversation clears the air." under "Horoscope" and above
 * "Capricorn: Patience pays at work." names a star sign, though the article
 * beside it names Gemini the model. One sense per page would light it; the
 * lines around it say which sense it has.
 *
 * Only short neighbours are read: furniture comes in short lines, and a long
 * paragraph of an article that mentions a match or a storm says nothing of
 * the paragraph after it.
 */
import { STRONG, PRODUCT, WEAK, contextCues, cuesIn, type Cue } from './context-cues';
import { isSpaceCode } from '../text/word-chars';

/** The longest neighbour read, in UTF-16 units: a line of a widget, a list item, a heading. */
export const SHORT_NEIGHBOUR = 160;

/** A list marker opening a line: "3. ", "1) ", «٣. », "• ", "- ", "* ". */
const LIST_MARKER = /^[ \u00a0]*(?:[\d\u0660-\u0669]{1,2}[.)]|[•▪·*\-–])[ \u00a0]/;

/** A full stop at an item's end, past closing quotes and brackets. */
const FULL_STOP = /\.[»"”')\]]*[ \u00a0]*$/;

/**
 * Is `text.slice(from, to)` a short item of a list ("4. Royal baby name odds: Claude is the surprise outsider")? A
 * most-read list's headlines are strangers to each other: what the item above names says nothing of this one. An
 * item that ends with a full stop is a sentence of the article, set out as a bullet, not a headline.
 */
export function isListItem(text: string, from: number, to: number): boolean {
  return to - from <= SHORT_NEIGHBOUR && LIST_MARKER.test(text.slice(from, from + 6)) && !endsSentence(text.slice(from, to));
}

/** Does a list item end with a full stop, as a sentence does? */
export function endsSentence(item: string): boolean {
  return FULL_STOP.test(item);
}

/**
 * The first word of another topic in `text.slice(from, to)`, unless the
 * stretch speaks of AI or software too, or the topic is the entity's own
 * business (music for an AI that writes songs). Null when there is none.
 */
export function otherTopicIn(text: string, from: number, to: number, entity: string): Cue | null {
  if (to - from > SHORT_NEIGHBOUR) return null;
  const cues = cuesIn(text, from, to);
  if (cues.against.length === 0) return null;
  if (cues.for.some((c) => c.topic === STRONG || c.topic === PRODUCT || c.topic === WEAK)) return null;
  const own = contextCues().ownTopics.get(entity);
  return cues.against.find((c) => !own?.has(c.topic)) ?? null;
}

/**
 * The bounds of the non-blank lines right before `start` and right after
 * `end` in a text whose lines are paragraphs (blank lines between are
 * skipped), trimmed; none where the text ends.
 */
export function linesBeside(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let to = start;
  while (to > 0 && isSpaceCode(text.charCodeAt(to - 1))) to--;
  if (to > 0) out.push([text.lastIndexOf('\n', to - 1) + 1, to]);
  let from = end;
  while (from < text.length && isSpaceCode(text.charCodeAt(from))) from++;
  if (from < text.length) {
    const lineEnd = text.indexOf('\n', from);
    let last = lineEnd < 0 ? text.length : lineEnd;
    while (last > from && isSpaceCode(text.charCodeAt(last - 1))) last--;
    out.push([from, last]);
  }
  return out;
}
