// @vitest-environment happy-dom
/**
 * The bundled demo pages (assets/demo) and what they are meant to show
 * (assets/demo/expected.json), checked against the knowledge base and the
 * real matcher, without a browser.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildAliasIndex } from '../../../lib/match/alias-index';
import { scanText } from '../../../lib/match/scanner';
import { toAliasSource } from '../../../lib/match/sources';
import { visibleText } from '../../../lib/text/html-text';
import type { Entity } from '../../../lib/kb/schema';
import { SEED } from '../../../lib/kb/seed';

const ROOT = resolve(import.meta.dirname, '../../..');
const DEMO = resolve(ROOT, 'assets/demo');
const ENTITIES = resolve(ROOT, 'assets/kb/entities');

interface Spec {
  page: string;
  lang: string;
  entities: string[];
  untouched: string[];
  lookalikes: Array<{ phrase: string; word: string }>;
}
const specs = (JSON.parse(readFileSync(resolve(DEMO, 'expected.json'), 'utf8')) as { pages: Spec[] }).pages;

// The knowledge base as the extension ships it: the hand-written entities and those made from expert grades.
const entities: Entity[] = SEED.entities;
const index = buildAliasIndex(entities.map(toAliasSource));

function parse(page: string): Document {
  return new DOMParser().parseFromString(readFileSync(resolve(DEMO, page), 'utf8'), 'text/html');
}

function idsIn(node: Node): Set<string> {
  return new Set(scanText(index, visibleText(node)).map((m) => m.entity));
}

describe('the demo pages', () => {
  it('are listed in expected.json with the index page linking each of them', () => {
    const links = [...parse('index.html').querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
    expect(specs.map((s) => s.page).sort()).toEqual(['ar.html', 'en.html']);
    for (const spec of specs) {
      expect(existsSync(resolve(DEMO, spec.page)), spec.page).toBe(true);
      expect(links).toContain(spec.page);
    }
  });

  it.each(specs)('$page declares its language and direction', (spec) => {
    const html = parse(spec.page).documentElement;
    expect(html.getAttribute('lang')).toBe(spec.lang);
    expect(html.getAttribute('dir')).toBe(spec.lang === 'ar' ? 'rtl' : 'ltr');
  });

  it.each(['index.html', ...specs.map((s) => s.page)])('%s loads nothing from anywhere else', (page) => {
    const raw = readFileSync(resolve(DEMO, page), 'utf8');
    const doc = parse(page);
    expect(doc.querySelectorAll('script, iframe, object, embed, img, video, audio, link[rel="stylesheet"]')).toHaveLength(0);
    // Every link and form stays on the page or among the demo files.
    for (const el of doc.querySelectorAll('[href], [src], [action]')) {
      const target = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action')!;
      expect(target, el.outerHTML).toMatch(/^(#|[\w-]+\.html(#.*)?$|data:)/);
    }
    expect(raw).not.toMatch(/@import|url\(\s*['"]?(https?:)?\/\//i);
  });

  it('mention only entities that exist in the knowledge base', () => {
    const known = new Set(entities.map((e) => e.id));
    for (const spec of specs) expect(spec.entities.filter((id) => !known.has(id)), spec.page).toEqual([]);
  });

  it.each(specs)('$page: the matcher finds exactly the expected entities in its visible text', (spec) => {
    const found = [...idsIn(parse(spec.page).body)].sort();
    expect(found).toEqual([...spec.entities].sort());
  });

  it.each(specs)('$page: look-alike words and form fields hold no mention', (spec) => {
    const doc = parse(spec.page);
    for (const selector of spec.untouched.filter((s) => s !== 'textarea' && s !== 'input')) {
      const el = doc.querySelector(selector);
      expect(el, selector).not.toBeNull();
      expect([...idsIn(el!)], selector).toEqual([]);
    }
    for (const { phrase, word } of spec.lookalikes) {
      expect(doc.body.textContent).toContain(phrase);
      const mentions = scanText(index, phrase).map((m) => m.text);
      expect(mentions, phrase).not.toContain(word);
    }
  });

  it.each(specs)('$page: its form fields do hold a mention, so leaving them alone is a real check', (spec) => {
    const comment = parse(spec.page).querySelector('textarea')!.value;
    expect(scanText(index, comment).length).toBeGreaterThan(0);
  });
});
