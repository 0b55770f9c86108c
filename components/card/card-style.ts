/**
 * The card's styles, inside its own shadow root so the page's CSS cannot
 * reach it and it cannot reach the page. Logical properties (inline-start,
 * padding-inline) flip the layout for Arabic. Colours are custom properties
 * set once for light and overridden for dark, after the base rules, so the
 * dark scheme wins wherever it applies. No text is smaller than 13 px.
 */
export const CARD_CSS = `
:host { all: initial; }
.card {
  --fg: #1d2127; --muted: #4a5059; --bg: #ffffff; --line: #c9ced6; --soft: #f3f5f8; --focus: #1f66c1;
  --open: #17804a; --open-weights: #1f66c1; --restricted: #9a5b00; --closed: #b42c2c; --unknown: #5f646c;
  position: fixed; box-sizing: border-box; z-index: 2147483647;
  inline-size: min(360px, calc(100vw - 16px)); max-block-size: min(80vh, 520px); overflow: auto;
  padding: 14px 16px; border-radius: 12px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans Arabic", Tahoma, sans-serif;
  color: var(--fg); background: var(--bg); border: 1px solid var(--line);
  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.22); text-align: start; outline: none;
}
@media (prefers-color-scheme: dark) {
  .card {
    --fg: #e8eaed; --muted: #b8bec7; --bg: #22262c; --line: #4d5560; --soft: #2d323a; --focus: #8ab8f0;
    --open: #5cd08f; --open-weights: #79aef0; --restricted: #f0b14a; --closed: #f08080; --unknown: #b0b5bd;
  }
}
.card:focus-visible, button:focus-visible, summary:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
p { margin: 0; }
header { display: flex; align-items: flex-start; gap: 8px; }
h2 { margin: 0; flex: 1; font-size: 16px; line-height: 1.3; display: flex; flex-wrap: wrap; column-gap: 8px; }
.name-alt { font-weight: normal; color: var(--muted); }
button { font: inherit; color: var(--fg); }
.close { border: 0; background: transparent; font-size: 22px; line-height: 1; cursor: pointer; padding: 0 6px; min-inline-size: 28px; min-block-size: 28px; }
.meta { margin: 2px 0 10px; color: var(--muted); font-size: 13px; }
.status-open { --c: var(--open); } .status-open-weights { --c: var(--open-weights); } .status-restricted { --c: var(--restricted); }
.status-closed { --c: var(--closed); } .status-unknown { --c: var(--unknown); }
.status { margin: 0 0 10px; padding: 8px 10px; border-radius: 8px; background: var(--soft); border-inline-start: 4px solid var(--c); }
.verdict { display: flex; flex-wrap: wrap; align-items: center; column-gap: 8px; }
.verdict .ol-shape { inline-size: 18px; block-size: 18px; flex: none; color: var(--c); }
.verdict .status-label { font-size: 20px; line-height: 1.25; color: var(--c); }
.as-of { font-size: 13px; color: var(--muted); }
.reason { margin-block-start: 4px; }
.company .reason { color: var(--muted); margin-block-end: 8px; }
.section-label { font-size: 13px; font-weight: 600; color: var(--muted); margin: 8px 0 4px; }
.models { list-style: none; margin: 0 0 10px; padding: 0; display: grid; gap: 4px; }
.models li { display: flex; align-items: center; gap: 8px; }
.models .ol-shape { color: var(--c); flex: none; }
.models .status-label { margin-inline-start: auto; color: var(--c); font-weight: 600; font-size: 13px; }
.releases { font-size: 13px; color: var(--muted); margin: 0 0 10px; }
.release { display: block; }
.page-claim { margin: 0 0 10px; padding: 8px 10px; border-radius: 8px; border: 1px solid var(--line); border-inline-start: 4px solid var(--line); }
.page-claim.verdict-overstated { border-color: var(--closed); }
.page-claim.verdict-consistent { border-color: var(--open); }
.page-claim.verdict-understated { border-color: var(--restricted); }
.page-claim p + p { margin-block-start: 4px; }
.marks-block { margin: 0 0 10px; }
.marks {
  display: flex; flex-wrap: wrap; gap: 6px; inline-size: 100%; padding: 6px; margin: 0; cursor: pointer;
  background: transparent; border: 1px solid var(--line); border-radius: 8px; text-align: start;
}
.mark { display: inline-flex; align-items: center; gap: 4px; font-size: 13px; padding: 2px 6px; border-radius: 6px; background: var(--soft); }
.glyph { font-weight: 700; inline-size: 1em; text-align: center; }
.mark[data-level="yes"] .glyph { color: var(--open); }
.mark[data-level="partial"] .glyph { color: var(--restricted); }
.mark[data-level="no"] .glyph { color: var(--closed); }
.mark[data-level="unknown"] .glyph, .mark[data-level="na"] .glyph { color: var(--unknown); }
.evidence { margin: 8px 0 0; font-size: 13px; display: grid; grid-template-columns: max-content 1fr; gap: 4px 10px; }
.evidence[hidden] { display: none; }
.evidence dt { font-weight: 600; }
.evidence dd { margin: 0; }
.user-note { margin: 0 0 10px; padding: 6px 10px; border-radius: 8px; background: var(--soft); }
.claim { margin: 0 0 10px; padding-inline-start: 10px; border-inline-start: 3px solid var(--restricted); font-size: 13px; }
.claim p { margin: 0 0 4px; }
blockquote { margin: 0 0 4px; font-style: normal; }
.claim-en { color: var(--muted); }
.risk { margin: 0 0 10px; }
details { margin: 0 0 8px; border-block-start: 1px solid var(--line); padding-block-start: 6px; }
summary { cursor: pointer; font-weight: 600; font-size: 13px; }
details ul { margin: 6px 0 0; padding-inline-start: 18px; font-size: 13px; display: grid; gap: 4px; }
.paragraph { color: var(--muted); }
.grades { display: flex; align-items: center; gap: 3px; margin: 4px 0; font-size: 13px; }
.group { inline-size: 8.5em; flex: none; }
.grade { inline-size: 14px; block-size: 14px; border-radius: 3px; border: 1px solid var(--line); box-sizing: border-box; }
a.grade { display: inline-block; }
.grade[data-grade="open"] { background: var(--open); border-color: var(--open); }
.grade[data-grade="partial"] { background: linear-gradient(135deg, var(--restricted) 50%, transparent 50%); border-color: var(--restricted); }
.grade[data-grade="closed"] { background: transparent; border-color: var(--closed); }
.mof { font-size: 13px; margin-block-start: 6px; }
footer { display: flex; justify-content: flex-end; gap: 8px; margin-block-start: 6px; }
.more, .copy { cursor: pointer; padding: 5px 12px; border-radius: 6px; border: 1px solid var(--fg); background: transparent; }
.loading { padding: 8px; text-align: center; }
.sr-only { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;
