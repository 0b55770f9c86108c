/**
 * The UI language for Preact components: everything in lib/ui-strings.ts plus
 * the context the pages provide and the hooks components read it with.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { translator, type Lang, type Translate } from '../lib/ui-strings';

export * from '../lib/ui-strings';
export { resolveLanguage } from '../lib/settings';

/** The language in effect for a component tree; pages provide it from the settings. */
export const LangContext = createContext<Lang>('en');

export function useLang(): Lang {
  return useContext(LangContext);
}

export function useT(): Translate {
  return translator(useLang());
}
