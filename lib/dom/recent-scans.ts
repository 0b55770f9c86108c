/**
 * The scanner with a short memory. The sense decision reads the blocks
 * beside an ambiguous name for the names they hold, and the page walk reaches
 * the next of those blocks a moment later: remembering the last few texts
 * scanned spares scanning that block twice. A text is remembered by its
 * content, so a block whose text changed is scanned afresh.
 */
import type { Mention } from '../match/types';

/** Texts remembered: the blocks around the ones being read. */
const REMEMBERED = 4;

/**
 * `scan`, remembering its last few answers. An answer given twice is the same
 * array: callers read it and never change it.
 */
export function rememberRecentScans(scan: (text: string) => Mention[]): (text: string) => Mention[] {
  const texts: string[] = [];
  const answers: Mention[][] = [];
  let next = 0;
  return (text) => {
    for (let i = 0; i < texts.length; i++) if (texts[i] === text) return answers[i]!;
    const found = scan(text);
    texts[next] = text;
    answers[next] = found;
    next = (next + 1) % REMEMBERED;
    return found;
  };
}
