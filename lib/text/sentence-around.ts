/**
 * The sentence a mention stands in, for listing mentions out of the page
 * (the side panel). Sentences end at . ! ? ؟ or a line break when followed
 * by a space or the end, so "Llama 3.1" and "x.ai" do not end one, nor does
 * an abbreviation ("Inc.", "e.g.": see sentence-end.ts). Long sentences are
 * cut around the mention so every line stays readable.
 */
import { abbreviationBefore } from './sentence-end';

export interface SentenceSlice {
  /** The sentence, possibly cut with "…" at either end. */
  text: string;
  /** Where the mention starts in `text`. */
  at: number;
  length: number;
}

const END = /[.!?؟\n]/;

function isBoundary(text: string, i: number): boolean {
  if (!END.test(text[i]!)) return false;
  if (text[i] === '\n') return true;
  const next = text[i + 1];
  // "Alphabet Inc. and Meta", "(e.g. Grok 4)": an abbreviation's period ends nothing.
  return (next === undefined || /\s/.test(next)) && !(text[i] === '.' && abbreviationBefore(text, i));
}

/** Where the sentence holding [start, end) begins and ends in `text` (its full stop included). */
export function sentenceSpan(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && !isBoundary(text, from - 1)) from--;
  let to = end;
  while (to < text.length && !isBoundary(text, to)) to++;
  if (to < text.length && text[to] !== '\n') to++; // keep the full stop
  return { from, to };
}

export function sentenceAround(text: string, start: number, end: number, maxChars = 220): SentenceSlice {
  const { from, to } = sentenceSpan(text, start, end);
  // Cut evenly around the mention when the sentence is too long.
  const room = Math.max(0, maxChars - (end - start));
  const half = Math.max(from, start - Math.floor(room / 2));
  const cutTo = Math.min(to, end + (room - (start - half)));
  // What the end did not use goes back to the start.
  const cutFrom = Math.max(from, start - (room - (cutTo - end)));
  const lead = text.slice(cutFrom, start);
  const trimmedLead = lead.trimStart();
  const prefix = cutFrom > from ? '…' : '';
  const suffix = cutTo < to ? '…' : '';
  const body = trimmedLead + text.slice(start, cutTo).trimEnd();
  return { text: prefix + body + suffix, at: prefix.length + trimmedLead.length, length: end - start };
}
