/**
 * The layer rules, checked on the source itself: lib/ stays free of the UI
 * and the extension wiring so it runs in Node; matching and text handling
 * stay free of the DOM so they run anywhere (the background has no DOM);
 * nothing shipped or run as a tool leans on the tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SKIPPED_DIRS = new Set(['node_modules', '.output', '.wxt', '.git']);

interface Rule {
  /** What the rule keeps apart, in words. */
  name: string;
  /** Does the rule apply to an import from `from` of `to` (both repository paths)? */
  forbids(from: string, to: string): boolean;
}

const under = (path: string, dir: string) => path === dir || path.startsWith(`${dir}/`);

const RULES: Rule[] = [
  {
    name: 'lib/ imports no components/ or entrypoints/',
    forbids: (from, to) => under(from, 'lib') && (under(to, 'components') || under(to, 'entrypoints')),
  },
  {
    name: 'lib/match and lib/text import no lib/dom',
    forbids: (from, to) => (under(from, 'lib/match') || under(from, 'lib/text')) && under(to, 'lib/dom'),
  },
  {
    name: 'nothing outside tests/ imports tests/',
    forbids: (from, to) => !under(from, 'tests') && under(to, 'tests'),
  },
];

/** The relative import specifiers of one source file (static, re-exports, dynamic), as TypeScript reads them. */
function importsOf(source: string): string[] {
  const { importedFiles } = ts.preProcessFile(source, true, true);
  return importedFiles.map((f) => f.fileName).filter((name) => name.startsWith('.'));
}

interface Violation {
  file: string;
  imports: string;
  rule: string;
}

/** Every import in `files` (repository path → source) that a rule forbids. */
function layerViolations(files: ReadonlyMap<string, string>): Violation[] {
  const found: Violation[] = [];
  for (const [file, source] of files) {
    for (const spec of importsOf(source)) {
      const target = posix.normalize(posix.join(posix.dirname(file), spec));
      for (const rule of RULES) {
        if (rule.forbids(file, target)) found.push({ file, imports: target, rule: rule.name });
      }
    }
  }
  return found;
}

/** Every TypeScript source of the repository, by repository path. */
function repositorySources(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(join(dir, entry.name));
      } else if (/\.(m|c)?tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        const path = join(dir, entry.name);
        files.set(relative(ROOT, path).split(sep).join('/'), readFileSync(path, 'utf8'));
      }
    }
  };
  walk(ROOT);
  return files;
}

describe('the layer rules', () => {
  it('hold across the repository', () => {
    const sources = repositorySources();
    // The scan must see the layers it guards, or it proves nothing.
    for (const dir of ['lib/match', 'lib/text', 'lib/dom', 'components', 'entrypoints', 'scripts', 'bench', 'tests']) {
      expect([...sources.keys()].some((f) => under(f, dir)), dir).toBe(true);
    }
    expect(layerViolations(sources)).toEqual([]);
  });

  it('catch lib/ reaching into the UI or the wiring', () => {
    const files = new Map([
      ['lib/kb/a.ts', `import { h } from '../../components/badge';\nexport const x = 1;`],
      ['lib/b.ts', `export { main } from '../entrypoints/popup/main';`],
    ]);
    expect(layerViolations(files)).toEqual([
      { file: 'lib/kb/a.ts', imports: 'components/badge', rule: RULES[0]!.name },
      { file: 'lib/b.ts', imports: 'entrypoints/popup/main', rule: RULES[0]!.name },
    ]);
  });

  it('catch matching or text handling reaching into the DOM layer, even lazily', () => {
    const files = new Map([
      ['lib/match/a.ts', `const m = await import('../dom/text-blocks');`],
      ['lib/text/b.ts', `import type { TextBlock } from '../dom/text-blocks';`],
      ['lib/dom/c.ts', `import { scanText } from '../match/scanner';`],
    ]);
    expect(layerViolations(files).map((v) => [v.file, v.rule])).toEqual([
      ['lib/match/a.ts', RULES[1]!.name],
      ['lib/text/b.ts', RULES[1]!.name],
    ]);
  });

  it('catch tools and shipped code importing the tests, and let tests import each other', () => {
    const files = new Map([
      ['bench/x.ts', `import { launch } from '../tests/e2e/harness';`],
      ['scripts/y.ts', `import '../tests/unit/setup';`],
      ['tests/e2e/z.ts', `import { openSession } from './session';`],
      ['tests/unit/w.ts', `import { a } from '../e2e/support';`],
    ]);
    expect(layerViolations(files).map((v) => v.file)).toEqual(['bench/x.ts', 'scripts/y.ts']);
  });

  it('read only imports, not words in comments or strings', () => {
    expect(importsOf(`// import x from '../tests/a';\nconst s = "from '../components/b'";`)).toEqual([]);
  });
});

/** Every package the module graph from `entry` imports (specifiers that are not relative), following relative imports. */
function packagesReachedFrom(entry: string, sources: ReadonlyMap<string, string>): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const { importedFiles } = ts.preProcessFile(sources.get(file)!, true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) {
        packages.add(fileName);
        continue;
      }
      const base = posix.normalize(posix.join(posix.dirname(file), fileName.replace(/\?.*$/, '')));
      const found = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((f) => sources.has(f));
      if (found) visit(found);
    }
  };
  visit(entry);
  return packages;
}

describe('the content script', () => {
  // It is injected into every frame: the card is plain DOM, and Preact (12 KB)
  // must not ride in with a shared module.
  it('reaches no UI framework through its imports', () => {
    const reached = packagesReachedFrom('entrypoints/lens/index.ts', repositorySources());
    expect(reached.has('wxt/browser')).toBe(true);
    expect([...reached].filter((p) => p === 'preact' || p.startsWith('preact/'))).toEqual([]);
  });

  it('would be caught importing a module that uses Preact', () => {
    const files = new Map([
      ['entrypoints/lens/index.ts', `import { t } from '../../components/i18n';`],
      ['components/i18n.ts', `import { createContext } from 'preact';\nexport const t = 1;`],
    ]);
    expect(packagesReachedFrom('entrypoints/lens/index.ts', files)).toEqual(new Set(['preact']));
  });
});
