/**
 * Aliases for models made from expert records. Conservative on purpose: the
 * names as the experts write them plus their hyphen/space spellings, nothing
 * shorter than three characters, and any name that is also an ordinary word,
 * a first name or a place marked ambiguous (and case-sensitive), so that the
 * matcher asks the context before highlighting it.
 */
import { nameKey } from '../kb/name-key';
import type { Alias } from '../kb/schema';

/** Name key → why the name is ambiguous ("animal", "first name", …). Data: assets/kb/expert/ambiguous-names.json. */
export type AmbiguousNames = Readonly<Record<string, string>>;

export const MIN_ALIAS_LENGTH = 3;

/** The name as written, and with hyphens and spaces swapped ("Llama 3.1" / "Llama-3.1"). */
export function spellings(name: string): string[] {
  const written = name.trim().replace(/\s+/g, ' ');
  return [...new Set([written, written.replace(/ /g, '-'), written.replace(/-/g, ' ')])];
}

function usable(text: string): boolean {
  return [...text].length >= MIN_ALIAS_LENGTH && /\p{L}/u.test(text) && nameKey(text).length >= MIN_ALIAS_LENGTH;
}

/**
 * Aliases for the given names, skipping any whose key `isTaken` (another
 * entity already answers to it), in a stable order.
 */
export function expertAliases(names: readonly string[], ambiguous: AmbiguousNames, isTaken: (key: string) => boolean): Alias[] {
  const seen = new Set<string>();
  const aliases: Alias[] = [];
  for (const name of names) {
    for (const text of spellings(name)) {
      if (seen.has(text) || !usable(text) || isTaken(nameKey(text))) continue;
      seen.add(text);
      const reason = ambiguous[nameKey(text)];
      aliases.push(reason ? { text, caseSensitive: true, ambiguous: reason } : { text });
    }
  }
  return aliases;
}
