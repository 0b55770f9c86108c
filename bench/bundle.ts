/**
 * Bundles what the bench runs, with esbuild (which WXT already depends on):
 * the page-side driver (with lib/dom and lib/match) as one IIFE, and the
 * matcher the Node sections time as one ES module.
 */
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function bundlePageDriver(root: string): Promise<string> {
  const result = await build({
    entryPoints: [join(root, 'bench/page/annotate-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    minify: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** The bundled matcher's exports: bench/node/match-entry.ts. */
export type NodeMatcher = typeof import('./node/match-entry');

/**
 * The matcher as one bundled module, the way the extension runs it. Loaded
 * through tsx instead, every imported constant of lib/match (the fold
 * tables, the start flags) is a getter on a module object, and the scanner
 * reads several per character: the Node figures then measured the loader
 * as much as the scanner (about 20% slower, and up to twice as slow after an
 * unrelated change moved V8's inlining).
 */
export async function bundleNodeMatcher(root: string): Promise<NodeMatcher> {
  const dir = join(root, '.output/bench');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, 'match-node.mjs');
  await build({
    entryPoints: [join(root, 'bench/node/match-entry.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile,
    minify: false,
    logLevel: 'silent',
  });
  return (await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`)) as NodeMatcher;
}
