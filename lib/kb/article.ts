/**
 * The seed article (assets/article/article-ar.txt) as numbered paragraphs.
 *
 * A paragraph is a non-empty line; paragraph numbers are 1-based and are what
 * every `{ kind: 'article', paragraph }` source and article claim refers to.
 */

/**
 * When the seed article was written (YYYY-MM). It carries no dateline; it
 * reports OpenAI's gpt-oss (released 5 August 2025) as the latest news and
 * cites the US AI Action Plan (23 July 2025), so it dates from August 2025.
 */
export const ARTICLE_DATE = '2025-08';

/** The article's paragraphs, in order; index 0 is paragraph 1. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** Paragraph `n` (1-based), or undefined when the article has no such paragraph. */
export function paragraphAt(paragraphs: readonly string[], n: number): string | undefined {
  return Number.isInteger(n) && n >= 1 ? paragraphs[n - 1] : undefined;
}

export type QuoteCheck = { ok: true } | { ok: false; problem: string };

/**
 * Whether `quote` occurs verbatim (character for character, no normalization)
 * in paragraph `n`. Verbatim on purpose: a claim shown as the article's words
 * must be the article's words.
 */
export function checkQuote(paragraphs: readonly string[], n: number, quote: string): QuoteCheck {
  const paragraph = paragraphAt(paragraphs, n);
  if (paragraph === undefined) {
    return { ok: false, problem: `the article has no paragraph ${n} (it has ${paragraphs.length})` };
  }
  if (quote.trim().length === 0) return { ok: false, problem: 'the quote is empty' };
  if (paragraph.includes(quote)) return { ok: true };
  const elsewhere = paragraphs.findIndex((p) => p.includes(quote));
  return {
    ok: false,
    problem:
      elsewhere >= 0
        ? `the quote is in paragraph ${elsewhere + 1}, not paragraph ${n}`
        : `the quote does not occur verbatim in paragraph ${n}`,
  };
}
