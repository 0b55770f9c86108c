/**
 * The text of a file as the command-line tools read it: a .txt file exactly
 * as read (UTF-8); an .html/.htm file reduced to its visible text first, so
 * offsets refer to that text.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { visibleText } from '../lib/text/html-text';

export async function readPageText(file: string): Promise<string> {
  const raw = readFileSync(file, 'utf8');
  const ext = extname(file).toLowerCase();
  if (ext !== '.html' && ext !== '.htm') return raw;
  // Loaded only for HTML: plain-text runs start faster without a DOM.
  const { Window } = await import('happy-dom');
  const window = new Window();
  try {
    const document = new window.DOMParser().parseFromString(raw, 'text/html');
    // happy-dom nodes implement the standard DOM interfaces visibleText reads.
    return visibleText((document.body ?? document.documentElement) as unknown as Node);
  } finally {
    void window.happyDOM.close();
  }
}

/** 1-based line and column of a UTF-16 offset, for human-readable listings. */
export function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `${line}:${offset - lineStart + 1}`;
}
