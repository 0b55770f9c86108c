/**
 * The kb command, run as a contributor runs it: on the real seed, and on a
 * copy with a misquoted claim.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { buildExport, KbExportSchema } from '../../../lib/kb/import-export';
import { SEED } from '../../../lib/kb/seed';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const run = promisify(execFile);

async function kb(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, ['scripts/kb.ts', ...args], { cwd: ROOT, maxBuffer: 32 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run kb', () => {
  it('check passes on the shipped seed with a short summary', async () => {
    const result = await kb('check');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^OK: seed version ${SEED.version} .*${SEED.entities.length} entities.*found verbatim\\.\\n$`));
  });

  it('check fails on a misquoted claim and names the entry', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'kb-'));
    cpSync(join(ROOT, 'assets'), join(copy, 'assets'), { recursive: true });
    const file = join(copy, 'assets/kb/entities/chrome.json');
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('“كروميوم”', '«كروميوم»'));
    const result = await kb('check', '--root', copy);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('assets/kb/entities/chrome.json.articleClaims[1].quoteAr: the quote does not occur verbatim in paragraph 8');
  });

  it('export prints the seed in the import format', async () => {
    const result = await kb('export');
    expect(result.code).toBe(0);
    const doc: unknown = JSON.parse(result.stdout);
    expect(v.safeParse(KbExportSchema, doc).success).toBe(true);
    expect(doc).toEqual(buildExport(SEED.entities));
  });

  it('explains its usage when the command is unknown', async () => {
    const result = await kb('frobnicate');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/usage: npm run --silent kb -- <export\|check>/);
  });
});
