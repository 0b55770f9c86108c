/** The seed article's paragraphs, bundled so a source can show the paragraph it cites. */
import raw from '../assets/article/article-ar.txt?raw';
import { paragraphAt, splitParagraphs } from '../lib/kb/article';

const PARAGRAPHS = splitParagraphs(raw);

export function articleParagraph(n: number): string | undefined {
  return paragraphAt(PARAGRAPHS, n);
}
