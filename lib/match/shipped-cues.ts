/**
 * The shipped context cues (assets/kb/context-cues.json), for the code that
 * bundles them: the background, which stores them for the content scripts,
 * and the Node tools and tests. The content script does not import this.
 */
import cues from '../../assets/kb/context-cues.json';
import { cueData, packCues, type CueData, type PackedCues } from './context-cues';

export const SHIPPED_CUES: CueData = cueData(cues as CueData);

/** The same, compiled: what the background stores for the content scripts. */
export const PACKED_CUES: PackedCues = packCues(SHIPPED_CUES);
