// Unit tests read names in context with the shipped cue list, as the extension does.
import { useContextCues } from '../../lib/match/context-cues';
import { SHIPPED_CUES } from '../../lib/match/shipped-cues';

useContextCues(SHIPPED_CUES);
