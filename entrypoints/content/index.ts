// Finds and paints mentions in the page. Wiring only; the logic lives in lib/dom and lib/match.
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  main() {},
});
