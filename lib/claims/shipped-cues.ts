/** The cue book the extension ships, compiled once on first use. */
import cues from '../../assets/kb/claim-cues.json';
import { compileCueBook, type CueBook } from './cue-book';

let book: CueBook | null = null;

export function shippedCueBook(): CueBook {
  book ??= compileCueBook(cues);
  return book;
}
