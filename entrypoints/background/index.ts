// The background: seeds the knowledge base, publishes the alias index for the
// content scripts, keeps per-tab summaries and the badge. Wiring only; the
// logic lives in lib/.
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    /* seeding is wired by lib/kb */
  });
});
