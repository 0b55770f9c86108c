/**
 * Bundles the page-side bench driver (with lib/dom and lib/match) into one
 * IIFE with esbuild, which WXT already depends on.
 */
import { build } from 'esbuild';
import { join } from 'node:path';

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
