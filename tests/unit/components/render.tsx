/** Renders a component inside the language context, as the pages do. */
import type { ComponentChildren } from 'preact';
import { render } from '@testing-library/preact';
import { LangContext, type Lang } from '../../../components/i18n';

export function renderIn(lang: Lang, ui: ComponentChildren) {
  return render(<LangContext.Provider value={lang}>{ui}</LangContext.Provider>);
}
