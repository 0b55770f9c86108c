/**
 * What the Node sections of the bench time, bundled as the extension ships
 * it (see `bundleNodeMatcher`).
 */
export { buildAliasIndex } from '../../lib/match/alias-index';
export { scanText } from '../../lib/match/scanner';
export { keptInText } from '../../lib/match/text-senses';
export { useContextCues } from '../../lib/match/context-cues';
export { SHIPPED_CUES } from '../../lib/match/shipped-cues';
