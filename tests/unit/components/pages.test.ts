import { describe, expect, it } from 'vitest';
import { hostOf, isScannableUrl, pageStateOf } from '../../../components/popup/popup-env';
import { parseHash } from '../../../components/options/options-app';
import { parseSites } from '../../../components/options/settings-panel';
import { lookupUrl } from '../../../entrypoints/background/context-menu';

const summary = (url: string, n: number) => ({
  tabId: 1,
  url,
  entities: Array.from({ length: n }, (_, i) => ({ entity: `e${i}`, count: 1, status: 'open' as const })),
});

describe('the popup page state', () => {
  it('tells pages content scripts cannot read from pages with no mentions', () => {
    expect(pageStateOf(undefined, undefined)).toBe('loading');
    expect(pageStateOf(null, 'chrome://settings')).toBe('unsupported');
    expect(pageStateOf(null, 'about:blank')).toBe('unsupported');
    expect(pageStateOf(null, 'https://chromewebstore.google.com/detail/x')).toBe('unsupported');
    expect(pageStateOf(null, undefined)).toBe('unsupported');
    expect(pageStateOf(null, 'https://news.example/')).toBe('not-scanned');
    expect(pageStateOf({ ...summary('https://a.example/', 0), unsupported: true }, undefined)).toBe('unsupported');
    expect(pageStateOf(summary('https://a.example/', 0), undefined)).toBe('empty');
    expect(pageStateOf(summary('https://a.example/', 2), undefined)).toBe('ready');
  });

  it('knows the site of web pages only', () => {
    expect(hostOf('https://News.Example/a?b')).toBe('news.example');
    expect(hostOf('file:///tmp/a.html')).toBeNull();
    expect(isScannableUrl('http://127.0.0.1:8080/x')).toBe(true);
  });
});

describe('options page addresses', () => {
  it('reads #entity, #search and the sections', () => {
    expect(parseHash('#entity=deepseek-r1')).toEqual({ view: 'kb', entity: 'deepseek-r1' });
    expect(parseHash('#search=%D9%84%D8%A7%D9%85%D8%A7')).toEqual({ view: 'kb', search: 'لاما' });
    expect(parseHash('#search=100%')).toEqual({ view: 'kb', search: '100%' });
    expect(parseHash('#settings')).toEqual({ view: 'settings' });
    expect(parseHash('')).toEqual({ view: 'kb' });
  });

  it('are what the context menu opens', () => {
    expect(lookupUrl('chrome-extension://x/options.html', 'Llama 3.1', 'llama')).toBe('chrome-extension://x/options.html#entity=llama');
    expect(parseHash(lookupUrl('', 'ديب = سيك', null).slice(''.length))).toEqual({ view: 'kb', search: 'ديب = سيك' });
  });

  it('turn the excluded-sites text into host names', () => {
    expect(parseSites('News.Example\nhttps://www.bbc.com/arabic\n\nnews.example, a.b')).toEqual(['news.example', 'www.bbc.com', 'a.b']);
  });
});
