/** Repeats a measurement and keeps every sample, so medians and spreads can be reported. */
import { performance } from 'node:perf_hooks';

export function timeRuns<T>(runs: number, fn: () => T): { samples: number[]; last: T } {
  const samples: number[] = [];
  let last!: T;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    last = fn();
    samples.push(performance.now() - t0);
  }
  return { samples, last };
}
