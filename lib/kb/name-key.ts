/**
 * Comparison keys for knowledge-base lookups (the name index and search).
 *
 * Built on the matcher's text normalization (Arabic letter folding, marks and
 * tatweel dropped, NFKC, lower case) so that the popup's search and the page
 * matcher agree on what counts as the same spelling. The key then drops every
 * character that is not a letter or digit, so "DeepSeek-R1", "DeepSeek R1"
 * and "deepseekr1" are one key, as are "أوبن إيه آي" and "اوبن ايه اي".
 */
import { normalizeText } from '../text/normalize';

export function nameKey(text: string): string {
  return normalizeText(text).replace(/[^\p{L}\p{N}]+/gu, '');
}
