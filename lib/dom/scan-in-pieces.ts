/**
 * Scanning one very long block (a page whose text is one 5 MB node) without
 * a long task.
 *
 * The scanner reads a string in one go: on megabytes of text that is one task
 * of hundreds of milliseconds, and the page cannot answer the reader
 * meanwhile. Here the text is scanned in pieces, each with a margin of text
 * on both sides, and the caller yields to the page between pieces. A mention
 * is kept from the piece its start falls in; the margin is wider than any
 * name with its version suffix and the words its context rules look at, so
 * that piece saw everything the one-go scan would have seen around it, and
 * the result is the same.
 */
import type { Mention } from '../match/types';

/** Blocks at least this long are scanned in pieces. */
export const LONG_BLOCK_CHARS = 32 * 1024;
/** Text each piece owns (mentions starting in it are kept from it). */
export const PIECE_CHARS = 16 * 1024;
/**
 * Extra text read on each side of a piece. Aliases are at most 100
 * characters; a version suffix and a context word or two add a few dozen.
 */
export const MARGIN_CHARS = 256;

export interface Piece {
  /** What the piece owns: mentions starting in [start, end). */
  start: number;
  end: number;
  /** What is scanned: the piece with its margins, clipped to the text. */
  from: number;
  to: number;
}

export function pieces(length: number, pieceChars = PIECE_CHARS, margin = MARGIN_CHARS): Piece[] {
  const out: Piece[] = [];
  for (let start = 0; start < length; start += pieceChars) {
    const end = Math.min(length, start + pieceChars);
    out.push({ start, end, from: Math.max(0, start - margin), to: Math.min(length, end + margin) });
  }
  return out;
}

export interface PieceOptions {
  pieceChars?: number;
  margin?: number;
}

/**
 * The mentions of `text`, as `scan(text)` would find them, read piece by
 * piece. `pause` runs between pieces (the caller yields to the page there);
 * when it answers false the scan is abandoned and the result is null.
 */
export async function scanInPieces(
  text: string,
  scan: (text: string) => Mention[],
  pause: () => Promise<boolean>,
  options: PieceOptions = {},
): Promise<Mention[] | null> {
  const found: Mention[] = [];
  const all = pieces(text.length, options.pieceChars, options.margin);
  for (let i = 0; i < all.length; i++) {
    if (i > 0 && !(await pause())) return null;
    const piece = all[i]!;
    for (const m of scan(text.slice(piece.from, piece.to))) {
      const start = m.start + piece.from;
      if (start < piece.start || start >= piece.end) continue;
      found.push({ ...m, start, end: m.end + piece.from });
    }
  }
  return found;
}
