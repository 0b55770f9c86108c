/**
 * The claims command, run as a newsroom runs it, on a text file and an HTML file.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const run = promisify(execFile);
const claims = (...args: string[]) => run(TSX, ['scripts/claims.ts', ...args], { cwd: ROOT });

const KEYS = ['entity', 'start', 'end', 'claim', 'verdict', 'cue', 'cueStart', 'cueEnd'];

describe('npm run claims', () => {
  let dir: string;
  const textFile = () => join(dir, 'draft.txt');
  const htmlFile = () => join(dir, 'draft.html');
  const TEXT = '😀 Meta’s open-source Llama 3.1 leads.\nThe OSI says Llama is not open source.\nأطلقت علي بابا نموذج كوين مفتوح الأوزان.';

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'claims-'));
    writeFileSync(textFile(), TEXT, 'utf8');
    writeFileSync(htmlFile(), '<html><head><title>Claude</title></head><body><h1>News</h1><p>Claude, Anthropic’s <b>open-source</b> model.</p><script>GPT-5</script></body></html>', 'utf8');
  });

  it('prints one JSON array per file, in order, one object per mention with UTF-16 offsets', async () => {
    const { stdout } = await claims(textFile(), '--json', htmlFile());
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    const fromText = JSON.parse(lines[0]!) as Record<string, unknown>[];
    for (const c of fromText) expect(Object.keys(c)).toEqual(KEYS);
    expect(fromText.map((c) => [c.entity, c.claim, c.verdict, c.cue])).toEqual([
      ['meta', null, null, null],
      ['llama', 'open', 'overstated', 'open-source'],
      ['osi', null, null, null],
      ['llama', null, null, 'open source'],
      ['alibaba', null, null, null],
      ['qwen', 'open-weights', 'consistent', 'مفتوح الأوزان'],
    ]);
    const llama = fromText[1] as { start: number; end: number; cueStart: number; cueEnd: number };
    expect(TEXT.slice(llama.start, llama.end)).toBe('Llama 3.1');
    expect(TEXT.slice(llama.cueStart, llama.cueEnd)).toBe('open-source');
    // The HTML file: visible text only; the title and the script name no one.
    expect((JSON.parse(lines[1]!) as Record<string, unknown>[]).map((c) => [c.entity, c.claim, c.verdict])).toEqual([
      ['claude', 'open', 'overstated'],
      ['anthropic', null, null],
    ]);
  });

  it('reports claims for people, overstated ones marked, with a summary per file', async () => {
    const { stdout } = await claims(textFile());
    // Columns count UTF-16 units, as the offsets do: the emoji takes two.
    expect(stdout).toMatch(/draft\.txt:1:23\t"Llama 3\.1"\tllama\tOVERSTATED: the text calls it open source \("open-source"\); the record says restricted/);
    expect(stdout).toMatch(/draft\.txt:2:14\t"Llama"\tllama\tnot a claim \(negated\)/);
    expect(stdout).toMatch(/"كوين"\tqwen\tconsistent: the text calls it open weights/);
    expect(stdout).toMatch(/draft\.txt: 6 mentions, 2 openness claims, 1 overstated$/m);
  });

  it('fails clearly on a missing file and on no arguments', async () => {
    await expect(claims(join(dir, 'missing.txt'))).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('missing.txt') });
    await expect(claims()).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('usage') });
  });
});
