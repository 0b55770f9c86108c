// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnnotator, type Annotator, type AnnotatorOptions } from '../../../lib/dom/annotator';
import { createPainter, WRAPPER_TAG } from '../../../lib/dom/highlight-painter';
import { buildAliasIndex, statusOf } from '../../../lib/match/alias-index';
import { scanText } from '../../../lib/match/scanner';
import type { AliasSource } from '../../../lib/match/types';
import { paintedCount, withFakeHighlightApi } from './fake-highlight-api';

const SOURCES: AliasSource[] = [
  { id: 'openai', status: 'closed', aliases: [{ text: 'OpenAI' }, { text: 'أوبن إيه آي' }] },
  { id: 'deepseek', status: 'open-weights', aliases: [{ text: 'DeepSeek' }, { text: 'ديب سيك' }] },
  { id: 'meta', status: 'restricted', aliases: [{ text: 'Meta', caseSensitive: true }] },
];
const index = buildAliasIndex(SOURCES);

function frames() {
  const queue: Array<() => void> = [];
  return { schedule: (fn: () => void) => void queue.push(fn), frame: () => queue.splice(0).forEach((f) => f()) };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the annotator (wrapper mode, as in a browser without the highlight API)', () => {
  let annotator: Annotator;
  let scanned: string[];
  let clock: ReturnType<typeof frames>;

  function start(paints: (s: string) => boolean = () => true) {
    clock = frames();
    scanned = [];
    annotator = createAnnotator({
      doc: document,
      scan: (text) => {
        scanned.push(text);
        return scanText(index, text);
      },
      statusOf: (id) => statusOf(index, id) ?? 'unknown',
      paints,
      painter: createPainter(document, { forceWrap: true }),
      batchSchedule: clock.schedule,
    });
    annotator.start();
  }
  async function applyChanges() {
    await settle();
    clock.frame();
    await annotator.idle();
  }

  beforeEach(() => {
    document.body.innerHTML = `
      <h1>News</h1>
      <p>Made by <b>Open</b>AI, not by Meta or meta.</p>
      <p>شركة <a href="#">ديب</a> سيك ونموذج OpenAI</p>
      <textarea>OpenAI</textarea>
      <div contenteditable="true">DeepSeek</div>`;
  });
  afterEach(() => annotator?.stop());

  it('counts each entity once per mention, across inline elements and skipping editable fields', async () => {
    start();
    await annotator.idle();
    expect(annotator.tally()).toEqual([
      { entity: 'openai', count: 2, status: 'closed' },
      { entity: 'deepseek', count: 1, status: 'open-weights' },
      { entity: 'meta', count: 1, status: 'restricted' },
    ]);
    expect([...document.querySelectorAll(WRAPPER_TAG)].map((m) => m.textContent)).toEqual([
      'Open', 'AI', 'Meta', 'ديب', ' سيك', 'OpenAI',
    ]);
    expect(document.querySelector('textarea')!.value).toBe('OpenAI');
    expect(document.querySelector('[contenteditable]')!.innerHTML).toBe('DeepSeek');
  });

  it('reads the top of the page before its first paint, without reading layout, and waits for a frame once it has painted', async () => {
    const probe = vi.spyOn(document, 'elementFromPoint');
    const fcp = vi.spyOn(window.performance, 'getEntriesByName');
    for (const painted of [false, true]) {
      fcp.mockReturnValue(painted ? [{ name: 'first-contentful-paint' } as PerformanceEntry] : []);
      start();
      // The first reading starts in a microtask; the frame it then waits for has not come.
      await Promise.resolve();
      await Promise.resolve();
      expect(annotator.mentions().map((m) => m.text)).toEqual(painted ? [] : ['OpenAI', 'Meta', 'ديب سيك', 'OpenAI']);
      if (!painted) expect(probe).not.toHaveBeenCalled();
      await annotator.idle();
      expect(annotator.mentions()).toHaveLength(4);
      annotator.stop();
    }
    probe.mockRestore();
    fcp.mockRestore();
  });

  it('lists mentions in document order', async () => {
    start();
    await annotator.idle();
    expect(annotator.mentions().map((m) => m.text)).toEqual(['OpenAI', 'Meta', 'ديب سيك', 'OpenAI']);
  });

  it('reads only the added paragraph when content is added, and counts it', async () => {
    start();
    await annotator.idle();
    scanned = [];
    const p = document.createElement('p');
    p.textContent = 'Later: DeepSeek again.';
    document.body.appendChild(p);
    await applyChanges();
    expect(scanned).toContain('Later: DeepSeek again.');
    expect(scanned.some((t) => t.includes('Made by'))).toBe(false);
    expect(annotator.tally().find((c) => c.entity === 'deepseek')!.count).toBe(2);
  });

  it('follows edited text and drops mentions of removed nodes', async () => {
    start();
    await annotator.idle();
    const first = document.querySelectorAll('p')[0]!;
    first.remove();
    await applyChanges();
    expect(annotator.tally().map((c) => [c.entity, c.count])).toEqual([
      ['deepseek', 1],
      ['openai', 1],
    ]);
    const h1 = document.querySelector('h1')!;
    h1.firstChild!.nodeValue = 'Meta news';
    await applyChanges();
    expect(annotator.tally().find((c) => c.entity === 'meta')?.count).toBe(1);
    expect(scanned.at(-1)).toBe('Meta news');
  });

  it('rereads everything once for a large burst of changes', async () => {
    start();
    await annotator.idle();
    scanned = [];
    for (let i = 0; i < 400; i++) {
      const d = document.createElement('div');
      d.textContent = `item ${i} OpenAI`;
      document.body.appendChild(d);
    }
    await applyChanges();
    expect(annotator.tally().find((c) => c.entity === 'openai')!.count).toBe(402);
    // One full pass: each block read once, not once per record.
    expect(scanned.filter((t) => t.startsWith('item 7 ')).length).toBe(1);
  });

  it('finds a name joined when the block between its halves is removed', async () => {
    document.body.innerHTML = '<div id="c">Deep<div>—</div>Seek</div>';
    start();
    await annotator.idle();
    expect(annotator.tally()).toEqual([]);
    document.querySelector('#c > div')!.remove();
    await applyChanges();
    expect(annotator.tally()).toEqual([{ entity: 'deepseek', count: 1, status: 'open-weights' }]);
  });

  it('applies a batch at a cost that does not grow with the blocks already read', async () => {
    /** Reads of the node properties the annotator walks with, while one batch is applied. */
    async function batchReads(existing: number): Promise<number> {
      document.body.innerHTML = '<main><div class="feed"></div></main>';
      const feed = document.querySelector('.feed')!;
      for (let i = 0; i < existing; i++) feed.insertAdjacentHTML('beforeend', `<p>old ${i}: <b>Open</b>AI</p>`);
      start();
      await annotator.idle();
      const counted = ['parentNode', 'isConnected', 'firstChild', 'lastChild', 'nextSibling', 'previousSibling'].map((name) => {
        const own = Object.getOwnPropertyDescriptor(Node.prototype, name)!;
        return { name, own };
      });
      let reads = 0;
      for (const { name, own } of counted) {
        Object.defineProperty(Node.prototype, name, {
          configurable: true,
          get() {
            reads++;
            return own.get!.call(this);
          },
        });
      }
      try {
        for (let i = 0; i < 5; i++) feed.insertAdjacentHTML('beforeend', `<p>new ${i}: DeepSeek</p>`);
        feed.firstElementChild!.lastChild!.remove(); // the first paragraph loses its <b>Open</b>AI
        reads = 0;
        await applyChanges();
      } finally {
        for (const { name, own } of counted) Object.defineProperty(Node.prototype, name, own);
      }
      expect(annotator.tally().find((c) => c.entity === 'deepseek')!.count).toBe(5);
      expect(annotator.tally().find((c) => c.entity === 'openai')!.count).toBe(existing - 1);
      annotator.stop();
      return reads;
    }
    const small = await batchReads(10);
    const large = await batchReads(200);
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
  });

  it('lists the mentions of a long page in document order, however the page was built', async () => {
    document.body.innerHTML = '<main><div class="feed"></div></main>';
    const feed = document.querySelector('.feed')!;
    const names = ['OpenAI', 'DeepSeek', 'Meta'];
    // Paragraphs inserted at the top and the bottom in turn, before and after the first reading.
    const add = (i: number) => {
      const p = document.createElement(i === 45 ? 'li' : 'p');
      p.innerHTML = `${i}: ${names[i % 3]} and <b>${names[(i + 1) % 3]}</b>`;
      if (i % 2) feed.prepend(p);
      else feed.append(p);
    };
    for (let i = 0; i < 40; i++) add(i);
    start();
    await annotator.idle();
    for (let i = 40; i < 90; i++) {
      add(i);
      await applyChanges();
    }
    const expected = [...feed.children].flatMap((p) => {
      const i = Number(p.textContent!.split(':')[0]);
      return [names[i % 3], names[(i + 1) % 3]];
    });
    expect(annotator.mentions().map((m) => m.text)).toEqual(expected);
  });

  it('counts but does not paint statuses the user turned off', async () => {
    start((s) => s !== 'closed');
    await annotator.idle();
    expect(annotator.tally().find((c) => c.entity === 'openai')!.count).toBe(2);
    expect([...document.querySelectorAll(WRAPPER_TAG)].map((m) => m.textContent)).toEqual(['Meta', 'ديب', ' سيك']);
  });

  it('leaves the page as it found it when stopped', async () => {
    const before = document.body.innerHTML;
    start();
    await annotator.idle();
    expect(document.body.innerHTML).not.toBe(before);
    annotator.stop();
    expect(document.body.innerHTML).toBe(before);
    expect(annotator.tally()).toEqual([]);
  });
});

/** An annotator painting through the highlight API, which finds every mention and paints every status. */
function highlighting(options: Partial<AnnotatorOptions>): Annotator {
  return createAnnotator({
    doc: document,
    scan: (text) => scanText(index, text),
    statusOf: (id) => statusOf(index, id) ?? 'unknown',
    paints: () => true,
    painter: createPainter(document),
    ...options,
  });
}

describe('the annotator with the highlight API', () => {
  it('counts every mention but paints no more than its budget', async () => {
    await withFakeHighlightApi(async (registry) => {
      document.body.innerHTML = '<p>OpenAI, DeepSeek, Meta.</p><p>OpenAI, DeepSeek, Meta.</p>';
      const annotator = highlighting({ paintBudget: 4 });
      annotator.start();
      await annotator.idle();
      expect(annotator.tally().reduce((n, c) => n + c.count, 0)).toBe(6);
      expect(paintedCount(registry)).toBe(3);
      annotator.stop();
      expect(paintedCount(registry)).toBe(0);
    });
  });
});

describe('the annotator on a block of thousands of text nodes (highlight API mode)', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('reads it across pauses, and a change the page makes during a pause is read too', async () => {
    await withFakeHighlightApi(async (registry) => {
      document.body.innerHTML = '';
      const p = document.createElement('div');
      // A nested paragraph last: a container of text and inline elements only would be read in one go (see the next test).
      p.append(Object.assign(document.createElement('b'), { textContent: 'Lead' }));
      // Short words: 12 KB of text, read in one go once collected, so every yield before it is read is a pause of the walk.
      for (let i = 0; i < 6000; i++) p.append(i === 3000 ? 'Open' : i === 3001 ? 'AI ' : 'x ');
      p.append(Object.assign(document.createElement('p'), { textContent: 'The end.' }));
      document.body.append(p);
      const clock = frames();
      let yields = 0;
      let yieldsBeforeFirstMention = 0;
      const annotator: Annotator = highlighting({
        batchSchedule: clock.schedule,
        sliceMs: 0, // yield at every chance
        yieldToPage: async () => {
          if (annotator.tally().length === 0) yieldsBeforeFirstMention++;
          // The page edits the block while the walk is paused in its middle, after reading node 10.
          if (++yields === 2) p.childNodes[10]!.nodeValue = 'DeepSeek ';
          await settle();
        },
      });
      annotator.start();
      await annotator.idle();
      clock.frame();
      await annotator.idle();
      // The walk paused inside the one block (6,000 nodes, a pause every 1,024), not only after it.
      expect(yieldsBeforeFirstMention).toBeGreaterThanOrEqual(5);
      expect(annotator.tally().map((c) => [c.entity, c.count])).toEqual([
        ['deepseek', 1],
        ['openai', 1],
      ]);
      expect(paintedCount(registry)).toBe(2);
      annotator.stop();
    });
  });

  it('reads a text-only paragraph in one go, keeps only the nodes its mentions lie in, and follows its edits', async () => {
    await withFakeHighlightApi(async (registry) => {
      const p = document.createElement('p');
      for (let i = 0; i < 6000; i++) p.append(i === 3000 ? 'Open' : i === 3001 ? 'AI ' : 'x ');
      document.body.append(p);
      const clock = frames();
      const annotator = highlighting({ batchSchedule: clock.schedule });
      annotator.start();
      await annotator.idle();
      const [openai] = annotator.mentions();
      expect(openai!.entity).toBe('openai');
      expect(openai!.block.nodes.map((n) => n.data)).toEqual(['Open', 'AI ']);
      expect(annotator.rangeOf(openai!)!.toString()).toBe('OpenAI');
      expect(paintedCount(registry)).toBe(1);

      // The page edits the paragraph: it is read again, and the earlier reading is gone.
      (p.childNodes[10] as Text).data = 'DeepSeek ';
      await settle();
      clock.frame();
      await annotator.idle();
      expect(annotator.mentions().map((m) => [m.entity, annotator.rangeOf(m)!.toString()])).toEqual([
        ['deepseek', 'DeepSeek'],
        ['openai', 'OpenAI'],
      ]);
      expect(paintedCount(registry)).toBe(2);
      annotator.stop();
      expect(paintedCount(registry)).toBe(0);
    });
  });
});
