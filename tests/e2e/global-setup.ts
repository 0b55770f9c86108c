/**
 * Builds the extension for both browsers once before the end-to-end suite,
 * unless the caller (scripts/test.ts) already did (OL_SKIP_BUILD=1).
 */
import { execFileSync } from 'node:child_process';
import { ROOT } from '../../harness/paths';

export default function setup(): void {
  if (process.env.OL_SKIP_BUILD === '1') return;
  for (const args of [['build'], ['build', '-b', 'firefox']]) {
    execFileSync('npx', ['wxt', ...args], { cwd: ROOT, stdio: 'inherit' });
  }
}
