/**
 * The versions a model's name gives, as both the open-washing check and the
 * highlights read them: "Grok 4" names the fourth Grok, "DeepSeek-V3-0324"
 * an update of V3. Read in the normalized name, where Arabic-Indic digits
 * and the Arabic decimal separator are already ASCII («غروك ٤» is "Grok 4").
 */
import { normalizeText } from './normalize';

const VERSION = /\d+(?:\.\d+)*[a-z]?/g;

/** Every version a name gives, in ASCII digits and small letters ("3b" and "8b" in "Ministral 3B, 8B"). */
export function versionsIn(name: string): string[] {
  return [...normalizeText(name).matchAll(VERSION)].map((m) => m[0]);
}

/** A word joined by a hyphen at the end of a name that gives no version: the tier that names a release ("Hunyuan-Large"). */
const JOINED_WORD = /-([A-Za-z]+)$/;

/**
 * What names a release: the versions its name gives or, for a name with none, the word a hyphen joins to its end
 * ("large" in "Hunyuan-Large"), which a mention then has to write the same way.
 */
export function releaseKeysIn(name: string): string[] {
  const versions = versionsIn(name);
  if (versions.length > 0) return versions;
  const word = JOINED_WORD.exec(name.trim())?.[1];
  return word ? [word.toLowerCase()] : [];
}
