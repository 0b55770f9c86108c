/**
 * What the extension's own source never does: evaluate strings as code,
 * build markup from strings, or talk to the network. The built bundles are
 * scanned for remote code in tests/e2e/manifest.e2e.ts; this reads the
 * source, where a new call would first appear, and names the file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const SHIPPED = ['entrypoints', 'components', 'lib'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|html)$/.test(name) ? [path] : [];
  });
}

/** The code without its comments, so a comment that names an API does not count. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const FORBIDDEN: Array<[string, RegExp]> = [
  ['eval', /\beval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['string timers', /\bset(?:Timeout|Interval)\s*\(\s*['"`]/],
  ['innerHTML / outerHTML assignment', /\.(?:inner|outer)HTML\s*=/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\s*\(/],
  ['document.write', /\bdocument\.write(?:ln)?\s*\(/],
  ['dangerouslySetInnerHTML', /\bdangerouslySetInnerHTML\b/],
  ['createContextualFragment', /\bcreateContextualFragment\s*\(/],
  ['fetch', /(?<![\w.])fetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['EventSource', /\bEventSource\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['importScripts', /\bimportScripts\s*\(/],
  ['a remote script or style', /<(?:script|link)[^>]+(?:src|href)=["']https?:/i],
];

describe('the shipped source', () => {
  const files = SHIPPED.flatMap((d) => sourceFiles(join(ROOT, d)));

  it('is there to read', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it.each(FORBIDDEN)('never uses %s', (_name, pattern) => {
    const offenders = files.filter((f) => pattern.test(code(readFileSync(f, 'utf8')))).map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  it('the scan itself catches what it looks for', () => {
    for (const [name, pattern] of FORBIDDEN) {
      const sample: Record<string, string> = {
        eval: 'eval("1")',
        'new Function': 'new Function("return 1")',
        'string timers': "setTimeout('x()', 1)",
        'innerHTML / outerHTML assignment': 'el.innerHTML = s',
        insertAdjacentHTML: "el.insertAdjacentHTML('beforeend', s)",
        'document.write': 'document.write(s)',
        dangerouslySetInnerHTML: '<div dangerouslySetInnerHTML={{ __html: s }} />',
        createContextualFragment: 'range.createContextualFragment(s)',
        fetch: 'await fetch(url)',
        XMLHttpRequest: 'new XMLHttpRequest()',
        WebSocket: 'new WebSocket(u)',
        EventSource: 'new EventSource(u)',
        sendBeacon: 'navigator.sendBeacon(u, d)',
        importScripts: 'importScripts(u)',
        'a remote script or style': '<script src="https://cdn.example/x.js"></script>',
      };
      expect(pattern.test(code(sample[name]!)), name).toBe(true);
    }
    // Comments do not count.
    expect(/\beval\s*\(/.test(code('// never eval(x)\n/* nor eval(y) */'))).toBe(false);
  });
});
