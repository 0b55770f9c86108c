/**
 * `npm test`: the whole suite in one command. Type check, unit tests, the
 * knowledge-base check, both builds, the Firefox lint, then the end-to-end
 * tests in real Chromium and Firefox. Stops at the first failing step and
 * exits non-zero; ends with one line "N passed, N failed".
 *
 *   npm test                 everything
 *   npm test -- --unit       type check and unit tests only
 *   npm test -- --e2e        builds and end-to-end tests only
 *   E2E_BROWSERS=chromium npm test   end-to-end in one browser
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const REPORTS = resolve(ROOT, '.output/test-reports');
const args = new Set(process.argv.slice(2));
const only = args.has('--unit') ? 'unit' : args.has('--e2e') ? 'e2e' : 'all';
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(title: string, cmd: string, cmdArgs: string[], env: NodeJS.ProcessEnv = {}): void {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const result = spawnSync(cmd, cmdArgs, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✖ ${title} failed (${secs} s)`);
    finish(1);
  }
  console.log(`✔ ${title} (${secs} s)`);
}

/** Runs vitest with a JSON report beside the normal output, and adds its counts to the totals. */
function vitest(title: string, config: string, env: NodeJS.ProcessEnv = {}, reporters: string[] = []): void {
  const report = resolve(REPORTS, `${config.replace(/\W+/g, '-')}.json`);
  // Reporters named on the command line replace the config's, so extra ones are passed here too.
  const extra = reporters.map((r) => `--reporter=${r}`);
  try {
    run(title, 'npx', ['vitest', 'run', '-c', config, '--reporter=default', ...extra, '--reporter=json', `--outputFile.json=${report}`], env);
  } finally {
    count(report);
  }
}

function count(report: string): void {
  if (!existsSync(report)) return;
  const r = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests;
  totals.skipped += r.numPendingTests + r.numTodoTests;
}

/** End-to-end tests that failed once and passed on their retry (see harness/flaky-reporter.ts). */
function retriedTests(): string[] {
  const report = resolve(REPORTS, 'e2e-flaky.json');
  if (only === 'unit' || !existsSync(report)) return [];
  return (JSON.parse(readFileSync(report, 'utf8')) as { test: string }[]).map((r) => r.test);
}

function finish(code: number): never {
  if (code !== 0 && totals.failed === 0) totals.failed = 1; // a failing step that is not a test still counts
  const retried = retriedTests();
  for (const test of retried) console.log(`⚠ passed only on retry: ${test}`);
  const flaky = retried.length ? `, ${retried.length} passed only on retry` : '';
  console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped${flaky}`);
  process.exit(code);
}

mkdirSync(REPORTS, { recursive: true });
rmSync(resolve(REPORTS, 'e2e-flaky.json'), { force: true }); // never count an earlier run's retries
if (only !== 'e2e') {
  run('type check (tsc --noEmit)', 'npx', ['tsc', '--noEmit', '-p', '.']);
  vitest('unit tests (vitest)', 'vitest.config.ts');
  if (existsSync(resolve(ROOT, 'scripts/kb.ts'))) run('knowledge-base check', 'npx', ['tsx', 'scripts/kb.ts', 'check']);
}
if (only !== 'unit') {
  run('build for Chromium', 'npx', ['wxt', 'build']);
  run('build for Firefox', 'npx', ['wxt', 'build', '-b', 'firefox']);
  run('Firefox lint (web-ext lint)', 'npx', ['web-ext', 'lint', '--source-dir', resolve(ROOT, '.output/firefox-mv2'), '--self-hosted', '--warnings-as-errors=false']);
  vitest('end-to-end tests (real Chromium and Firefox)', 'vitest.e2e.config.ts', { OL_SKIP_BUILD: '1' }, ['./harness/flaky-reporter.ts']);
}
finish(0);
