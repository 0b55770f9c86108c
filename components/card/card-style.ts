/**
 * The card's style sheet (card.css), minified by the bundler: it travels in
 * the script injected into every page.
 */
import css from './card.css?inline';

export const CARD_CSS: string = css;
