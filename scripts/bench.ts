/**
 * `npm run bench`: speed and memory of the matcher and the page annotator,
 * each beside a baseline measured in the same run on the same input.
 *
 *   npm run bench                  full run (5 MB corpus, 1 MB page, medians of 5 runs;
 *                                  mark.js once: with every alias it takes minutes)
 *   npm run bench -- --quick       smaller inputs, fewer runs (under a minute on 2 cores)
 *   npm run bench -- --no-build    reuse the last bench build of the extension (--quick
 *                                  reuses it by itself while no source file is newer)
 *   npm run bench -- --only=matcher,scaling,page,extension,hostile,claims
 *   npm run bench -- --strict      exit 1 when a target is missed
 *
 * Writes .output/bench/results.json and .output/bench/results.md. Builds the
 * extension into .output/bench-build (or $OL_OUT_DIR), never the shared .output.
 * Exits non-zero when the scanner and the naive baseline disagree on which
 * Latin-script mentions a text holds: a speed-up of a wrong matcher is no
 * speed-up.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadAverage, machineInfo, type MachineInfo } from '../bench/machine';
import { assemble, consoleTable, machineLine, markdownTable } from '../bench/report';
import type { Agreement } from '../bench/agreement';
import type { Section } from '../bench/result';
import { benchClaims } from '../bench/sections/claims';
import { benchExtension, buildExtension, buildIsFresh } from '../bench/sections/extension';
import { benchHostile } from '../bench/sections/hostile';
import { benchMatcher } from '../bench/sections/matcher';
import { benchScaling } from '../bench/sections/scaling';
import { benchPage } from '../bench/sections/page';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const wants = (name: string) => !only || only.includes(name);

const SIZES = quick
  ? { runs: 3, corpusBytes: 2_000_000, pageChars: 100_000, pageRuns: 3, markjsRuns: 1, batches: 50, extRuns: 3, hostileRuns: 1 }
  : { runs: 5, corpusBytes: 5_000_000, pageChars: 1_050_000, pageRuns: 5, markjsRuns: 1, batches: 200, extRuns: 5, hostileRuns: 3 };

async function step(title: string, fn: () => Promise<Section[]>, names: string[]): Promise<Section[]> {
  const t0 = Date.now();
  process.stdout.write(`▶ ${title} … `);
  try {
    const out = await fn();
    console.log(`${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return out;
  } catch (e) {
    console.log('failed');
    console.error(e);
    // A crash in one section leaves the others standing; its figures read n/a.
    return names.map((name) => ({ name, figures: {}, notes: [`${name}: failed: ${(e as Error).message.split('\n')[0]}`] }));
  }
}

async function main(): Promise<number> {
  const started = Date.now();
  const machine: MachineInfo = machineInfo(ROOT);
  console.log(`Openness Lens bench (${quick ? 'quick' : 'full'})\n${machineLine(machine)}\n`);
  const sections: Section[] = [];
  if (wants('matcher')) {
    sections.push(
      ...(await step(
        `matcher: ${SIZES.corpusBytes / 1e6} MB corpus, scanner vs one RegExp per alias, ${SIZES.runs} runs`,
        async () => [await benchMatcher({ root: ROOT, runs: SIZES.runs, corpusBytes: SIZES.corpusBytes, minAgreement: 0.97 })],
        ['matcher'],
      )),
    );
  }
  if (wants('scaling')) {
    sections.push(
      ...(await step(
        `scaling: the scanner at 100, 1,000, 5,000 and 20,000 aliases (shipped + synthetic), ${SIZES.runs} runs each`,
        async () => [await benchScaling({ root: ROOT, runs: SIZES.runs, corpusBytes: SIZES.corpusBytes / 2 })],
        ['scaling'],
      )),
    );
  }
  if (wants('page')) {
    sections.push(
      ...(await step(
        `page: ${(SIZES.pageChars / 1e6).toFixed(2)} M chars in Chromium, annotator vs TreeWalker vs mark.js; ${SIZES.batches} appended batches`,
        () =>
          benchPage({
            root: ROOT,
            runs: SIZES.pageRuns,
            pageChars: SIZES.pageChars,
            markjsRuns: SIZES.markjsRuns,
            batches: SIZES.batches,
            perBatch: 50,
          }),
        ['page', 'memory', 'dynamic'],
      )),
    );
  }
  if (wants('extension')) {
    const outDir = resolve(ROOT, process.env.OL_OUT_DIR || '.output/bench-build');
    sections.push(
      ...(await step(
        `extension: build into ${outDir}, first highlight, content script size`,
        () =>
          benchExtension({
            root: ROOT,
            outDir,
            build: !args.includes('--no-build') && !(quick && buildIsFresh(ROOT, outDir)),
            runs: SIZES.extRuns,
          }),
        ['extension', 'contentScript'],
      )),
    );
  }
  if (wants('hostile')) {
    const outDir = resolve(ROOT, process.env.OL_OUT_DIR || '.output/bench-build');
    if (!wants('extension') && !args.includes('--no-build') && !buildIsFresh(ROOT, outDir)) buildExtension(ROOT, outDir);
    sections.push(
      ...(await step(
        `hostile: 100,000 text nodes and a 5 MB text node, with the built extension and without, ${SIZES.hostileRuns} loads each`,
        async () => benchHostile({ extensionDir: resolve(outDir, 'chrome-mv3'), runs: SIZES.hostileRuns }),
        ['hostile'],
      )),
    );
  }

  if (wants('claims')) {
    sections.push(
      ...(await step(
        'claims: overstatement flags on the claim corpus and its held-out slice, beside a keyword baseline',
        async () => [benchClaims(ROOT)],
        ['claims'],
      )),
    );
  }

  machine.loadAverageEnd = loadAverage();
  const results = assemble(quick ? 'quick' : 'full', machine, sections);
  const dir = resolve(ROOT, '.output/bench');
  mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  const md = markdownTable(results);
  writeFileSync(resolve(dir, 'results.md'), md + '\n');

  console.log('\n' + consoleTable(results));
  const agreement = (results.matcher as { agreement?: Agreement } | undefined)?.agreement;
  if (agreement) {
    console.log(
      `\nLatin-script agreement, scanner vs naive: ${agreement.both} found by both, ` +
        `${agreement.scannerOnly} scanner only, ${agreement.naiveOnly} naive only ` +
        `(+${agreement.attached} glued to an Arabic proclitic, read by the scanner alone by design, ` +
        `${agreement.naiveInside} naive matches inside such a longer mention; ` +
        `${agreement.versionSuffix} where the scanner also takes the version).`,
    );
  }
  for (const n of results.notes) console.log(`note: ${n}`);
  if (Math.max(machine.loadAverage, machine.loadAverageEnd) > machine.cores) {
    console.log(`note: load average above ${machine.cores} during the run: other work competed for the CPU, so times are inflated (ratios less so).`);
  }
  console.log(`\nMarkdown:\n\n${md}\n`);
  console.log(`Wrote ${resolve(dir, 'results.json')} and results.md in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  for (const f of results.failures) console.error(`\n✖ ${f}`);
  const misses = results.targets.filter((t) => t.pass === false);
  if (results.failures.length > 0) return 1;
  if (args.includes('--strict') && misses.length > 0) return 1;
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
