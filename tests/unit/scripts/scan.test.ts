/**
 * The scan command, run as a user runs it, on a text file and an HTML file.
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

async function scan(...args: string[]) {
  return run(TSX, ['scripts/scan.ts', ...args], { cwd: ROOT });
}

interface JsonMention {
  entity: string;
  start: number;
  end: number;
  text: string;
  version?: string;
}

describe('npm run scan', () => {
  let dir: string;
  const textFile = () => join(dir, 'news.txt');
  const htmlFile = () => join(dir, 'news.html');
  const TEXT = '\ufeffأطلقت OpenAI نموذج gpt-oss-120b، وردّت ميتا بـ”لاما ٤“.\r\nغوغل كلاود ليست كلاود.';

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'scan-'));
    writeFileSync(textFile(), TEXT, 'utf8');
    writeFileSync(
      htmlFile(),
      '<html><head><title>Meta</title><style>.Apple{}</style></head><body><h1>OpenAI</h1><p>و<b>Meta</b> تنافس <i>غوغل</i></p><script>Claude()</script><textarea>Gemini</textarea></body></html>',
      'utf8',
    );
  });

  it('prints one JSON array per file with offsets into the file text as read', async () => {
    const { stdout } = await scan(textFile(), '--json', htmlFile());
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    const fromText = JSON.parse(lines[0]!) as JsonMention[];
    for (const m of fromText) {
      expect(Object.keys(m)).toEqual(['entity', 'start', 'end', 'text']);
      expect(TEXT.slice(m.start, m.end)).toBe(m.text);
    }
    expect(fromText.map((m) => [m.entity, m.text])).toEqual([
      ['openai', 'OpenAI'],
      ['gpt-oss-120b', 'gpt-oss-120b'],
      ['meta', 'ميتا'],
      ['llama', 'لاما ٤'],
      ['google', 'غوغل'],
      ['claude', 'كلاود'],
    ]);
    // The HTML file: visible text only, one line per block.
    expect((JSON.parse(lines[1]!) as JsonMention[]).map((m) => [m.entity, m.text, m.start])).toEqual([
      ['openai', 'OpenAI', 0],
      ['meta', 'Meta', 8],
      ['google', 'غوغل', 19],
    ]);
  });

  it('lists mentions with their status for people', async () => {
    const { stdout } = await scan(textFile());
    expect(stdout).toMatch(/news\.txt:1:8\t\[7,13\)\t"OpenAI"\topenai\t/);
    expect(stdout).toMatch(/"لاما ٤"\tllama version 4\t(open|open-weights|restricted|closed|unknown)\n/);
  });

  it('with --explain, gives every candidate, whether it was kept, and the evidence', async () => {
    const file = join(dir, 'explain.txt');
    writeFileSync(file, 'Gemma Chan wore silver to the premiere.\nGemma 3 has open weights.\n', 'utf8');
    const { stdout } = await scan(file, '--json', '--explain');
    const candidates = JSON.parse(stdout) as (JsonMention & { kept: boolean; ambiguous?: string; evidence: { kind: string }[] })[];
    expect(candidates.map((c) => [c.text, c.kept, c.ambiguous])).toEqual([
      ['Gemma', false, 'first name'],
      ['Gemma 3', true, 'first name'],
    ]);
    expect(candidates[0]!.evidence.map((e) => e.kind)).toContain('surname');
    expect(candidates[1]!.evidence.map((e) => e.kind)).toContain('qualifier');
    const plain = await scan(file, '--json');
    expect((JSON.parse(plain.stdout) as JsonMention[]).map((m) => m.text)).toEqual(['Gemma 3']);
  });

  it('fails clearly on a missing file and on no arguments', async () => {
    await expect(scan(join(dir, 'missing.txt'))).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('missing.txt') });
    await expect(scan()).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('usage') });
  });
});
