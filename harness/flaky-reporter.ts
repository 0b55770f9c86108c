/**
 * Makes a retried end-to-end test visible instead of quietly green. Real
 * browsers on a loaded machine now and then miss a beat, so each e2e test gets
 * one retry (vitest.e2e.config.ts); a test that needed it is listed at the end
 * of the run and in `.output/test-reports/e2e-flaky.json`, which `npm test`
 * reads to print "N passed only on retry" beside the totals.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Reporter, TestCase } from 'vitest/node';

export const FLAKY_REPORT = resolve(import.meta.dirname, '../.output/test-reports/e2e-flaky.json');

export default class FlakyReporter implements Reporter {
  private readonly retried: { test: string; file: string; retries: number }[] = [];

  onTestCaseResult(testCase: TestCase): void {
    const { retryCount, flaky } = testCase.diagnostic() ?? { retryCount: 0, flaky: false };
    if (flaky) this.retried.push({ test: testCase.fullName, file: testCase.module.moduleId, retries: retryCount });
  }

  onTestRunEnd(): void {
    mkdirSync(dirname(FLAKY_REPORT), { recursive: true });
    writeFileSync(FLAKY_REPORT, JSON.stringify(this.retried, null, 2));
    for (const r of this.retried) console.warn(`⚠ passed only on retry: ${r.test}`);
  }
}
