/**
 * Source links come from stored data (seed, user edits, imports), so a link
 * is only ever made from an https: address. Anything else (javascript:,
 * data:, http:) is shown as plain text and cannot be followed.
 */
export function safeHttpsUrl(raw: string): string | null {
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
