/**
 * Pins what the built extension asks the browser for. A new permission, host
 * permission or remote resource must be a deliberate change: update this test
 * and docs/security-and-privacy.md together.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtExtensionDir } from '../../harness';

type Manifest = Record<string, unknown> & { permissions?: string[] };

const builds = {
  chromium: builtExtensionDir('chromium'),
  firefox: builtExtensionDir('firefox'),
};

function manifestOf(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe.each(Object.entries(builds))('%s build', (name, dir) => {
  const manifest = manifestOf(dir);

  it('asks only for storage, the context menu and (Chrome) the side panel', () => {
    // Firefox's sidebar_action needs no permission; Chrome's side panel does.
    const expected = name === 'chromium' ? ['contextMenus', 'sidePanel', 'storage'] : ['contextMenus', 'storage'];
    expect([...(manifest.permissions ?? [])].sort()).toEqual(expected);
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('holds no host permissions beyond its content script', () => {
    expect(manifest.host_permissions ?? []).toEqual([]);
  });

  it('injects one script into every frame, at document_start (it reads storage while the page parses), with the highlight styles as its injected sheet', () => {
    type ContentScript = { js?: string[]; css?: string[]; run_at?: string; all_frames?: boolean; matches?: string[] };
    const scripts = ((manifest.content_scripts ?? []) as ContentScript[]).map((c) => ({ js: c.js, css: c.css, runAt: c.run_at, allFrames: c.all_frames, matches: c.matches }));
    expect(scripts).toEqual([
      { js: ['lens.js'], css: ['highlights.css'], runAt: 'document_start', allFrames: true, matches: ['<all_urls>'] },
    ]);
    const css = readFileSync(join(dir, 'highlights.css'), 'utf8');
    // Chromium: on :root alone. Its highlight inheritance carries them to every element, and a
    // restyle of the page does not match them against each element. Firefox does not inherit
    // them, so there they match every element (docs/performance.md).
    const scope = name === 'chromium' ? ':root' : '';
    const selectors = [...css.matchAll(/(?:^|[,}\n])([^,{}\n]*::highlight\([a-z-]+\))/g)].map((m) => m[1]);
    expect([...new Set(selectors)]).toEqual(
      ['open', 'open-weights', 'restricted', 'closed', 'unknown', 'overstated', 'current'].map((n) => `${scope}::highlight(ol-${n})`),
    );
    // What every status shares is written once (the sheet goes into every frame), and each status has its own line.
    expect(css.split('\n').filter((l) => l.includes('text-underline-offset'))).toHaveLength(1);
  });

  it('loads no remote code and evaluates no strings', () => {
    const csp = JSON.stringify(manifest.content_security_policy ?? '');
    expect(csp).not.toMatch(/unsafe-eval|https?:/);
    for (const file of filesUnder(dir).filter((f) => /\.(js|html)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/<script[^>]+src=["']https?:/i);
      expect(text, file).not.toMatch(/\bimportScripts\(\s*["']https?:/);
      expect(text, file).not.toMatch(/\bnew Function\(|\beval\(/);
    }
  });

  it('names itself in both languages', () => {
    expect(manifest.name).toBe('__MSG_extName__');
    for (const lang of ['en', 'ar']) {
      const messages = JSON.parse(readFileSync(join(dir, '_locales', lang, 'messages.json'), 'utf8'));
      expect(messages.extName.message.length).toBeGreaterThan(3);
      expect(messages.extDescription.message.length).toBeGreaterThan(20);
    }
  });
});

describe('the side panel', () => {
  it('is Chrome\'s side_panel and Firefox\'s sidebar_action, both the same page', () => {
    expect(manifestOf(builds.chromium).side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect((manifestOf(builds.firefox).sidebar_action as { default_panel: string }).default_panel).toBe('sidepanel.html');
  });
});

describe('firefox build', () => {
  it('declares a gecko id and collects no data', () => {
    const gecko = (manifestOf(builds.firefox).browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.id).toBe('openness-lens@openness-lens.org');
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
