// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Painted } from '../../../lib/dom/highlight-painter';
import { createMentionRecords, rangeOfMention, type BlockRecord, type NewMention } from '../../../lib/dom/mention-records';
import { collectTextBlocks, type TextBlock } from '../../../lib/dom/text-blocks';

/** The text blocks of the page, open shadow trees included. */
const blocksOf = (): TextBlock[] => collectTextBlocks(document);

/** Mentions of `words` in a block, each as an entity named after the word in lower case. */
function mentionsOf(block: TextBlock, ...words: string[]): NewMention[] {
  return words.map((w) => {
    const start = block.text.indexOf(w);
    if (start < 0) throw new Error(`${w} is not in ${block.text}`);
    return { entity: w.toLowerCase(), status: 'open', start, end: start + w.length };
  });
}

function recordsWithDrops() {
  const dropped: BlockRecord[] = [];
  const records = createMentionRecords({ doc: document, onDrop: (rec) => dropped.push(rec) });
  return { records, dropped };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('mention records', () => {
  it('give each mention an id, and find it by id and by a caret inside it', () => {
    document.body.innerHTML = '<p>Made by <b>Open</b>AI and Qwen.</p>';
    const { records } = recordsWithDrops();
    const [block] = blocksOf();
    const rec = records.add(block!, mentionsOf(block!, 'OpenAI', 'Qwen'));
    const [openai, qwen] = rec.mentions;
    expect(openai!.id).not.toBe(qwen!.id);
    // The text is read from the block, across the node boundary inside "OpenAI".
    expect([openai!.text, qwen!.text]).toEqual(['OpenAI', 'Qwen']);
    expect(records.fromId(qwen!.id)).toBe(qwen);
    expect(records.has(rec)).toBe(true);

    // "AI" is its own text node; a caret between its letters lies inside OpenAI.
    const ai = document.querySelector('b')!.nextSibling as Text;
    expect(records.atCaret(ai, 1)).toEqual([openai]);
    expect(records.atCaret(document.querySelector('p')!.firstChild!, 0)).toEqual([]);
    // Only the nodes the mentions lie in map back to the record.
    expect(rec.keys.map((n) => n.data)).toEqual(['Open', 'AI and Qwen.']);
  });

  it('tally by entity, most mentioned first, then by name', () => {
    document.body.innerHTML = '<p>Qwen and Mistral.</p><p>Qwen again, Qwen, and Gemma.</p>';
    const { records } = recordsWithDrops();
    const [a, b] = blocksOf();
    records.add(a!, mentionsOf(a!, 'Qwen', 'Mistral'));
    records.add(b!, [...mentionsOf(b!, 'Qwen', 'Gemma'), { entity: 'qwen', status: 'open', start: 12, end: 16 }]);
    expect(records.tally()).toEqual([
      { entity: 'qwen', count: 3, status: 'open' },
      { entity: 'gemma', count: 1, status: 'open' },
      { entity: 'mistral', count: 1, status: 'open' },
    ]);
  });

  it('list mentions in reading order whatever order the blocks were read in', () => {
    document.body.innerHTML = '<p>Qwen one.</p><div id="host"></div><p>Gemma three.</p>';
    const host = document.getElementById('host')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Mistral two, then Phi.</p>';
    const { records } = recordsWithDrops();
    const block = (start: string) => blocksOf().find((b) => b.text.startsWith(start))!;
    records.add(block('Gemma'), mentionsOf(block('Gemma'), 'Gemma'));
    records.add(block('Mistral'), mentionsOf(block('Mistral'), 'Phi', 'Mistral'));
    records.add(block('Qwen'), mentionsOf(block('Qwen'), 'Qwen'));
    expect(records.all().map((m) => m.text)).toEqual(['Qwen', 'Mistral', 'Phi', 'Gemma']);
  });

  it('keep reading order on a page of many blocks, where positions are ranked by one walk', () => {
    document.body.innerHTML = Array.from({ length: 100 }, (_, i) => `<p>Item ${i}: Qwen and Phi.</p>`).join('');
    const { records } = recordsWithDrops();
    const blocks = blocksOf();
    for (const block of [...blocks].reverse()) records.add(block, mentionsOf(block, 'Phi', 'Qwen'));
    const all = records.all();
    expect(all).toHaveLength(200);
    expect(all.slice(0, 4).map((m) => [m.block.text, m.text])).toEqual([
      ['Item 0: Qwen and Phi.', 'Qwen'],
      ['Item 0: Qwen and Phi.', 'Phi'],
      ['Item 1: Qwen and Phi.', 'Qwen'],
      ['Item 1: Qwen and Phi.', 'Phi'],
    ]);
    expect(all.at(-1)!.block.text).toBe('Item 99: Qwen and Phi.');
  });

  it('replace an older reading of the same text, and tell the owner what was dropped', () => {
    document.body.innerHTML = '<p>Made by <b>Open</b>AI.</p>';
    const { records, dropped } = recordsWithDrops();
    const [block] = blocksOf();
    const older = records.add(block!, mentionsOf(block!, 'OpenAI'));
    const [again] = blocksOf();
    records.dropOlderReadings(again!);
    expect(dropped).toEqual([older]);
    expect(records.has(older)).toBe(false);
    expect(records.fromId(older.mentions[0]!.id)).toBeUndefined();
    expect(records.tally()).toEqual([]);
    // Dropping twice tells the owner once.
    records.drop(older);
    expect(dropped).toHaveLength(1);
  });

  it('drop what a subtree held, by container and by text node, shadow trees included', () => {
    document.body.innerHTML = '<section><p>Qwen here.</p><div id="host"></div></section><p>Gemma stays.</p>';
    const host = document.getElementById('host')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Phi inside.</p>';
    const { records, dropped } = recordsWithDrops();
    // The page's blocks include those of its open shadow trees.
    for (const block of blocksOf()) records.add(block, mentionsOf(block, block.text.split(' ')[0]!));
    records.dropWithin(document.querySelector('section')!);
    expect(dropped.map((r) => r.block.text).sort()).toEqual(['Phi inside.', 'Qwen here.']);
    expect(records.all().map((m) => m.text)).toEqual(['Gemma']);
  });

  it('drop the records of nodes a batch took off the page, and sweep detached ones before counting', () => {
    document.body.innerHTML = '<p>Qwen here.</p><p>Gemma too.</p><p>Phi last.</p>';
    const { records, dropped } = recordsWithDrops();
    for (const block of blocksOf()) records.add(block, mentionsOf(block, block.text.split(' ')[0]!));
    const [qwen, gemma] = [...document.querySelectorAll('p')];
    qwen!.remove();
    records.dropRemoved([{ type: 'childList', removedNodes: [qwen!] } as unknown as MutationRecord]);
    expect(dropped.map((r) => r.block.text)).toEqual(['Qwen here.']);
    // Removed without a record of it (as when a batch is still pending): counting drops it anyway.
    gemma!.remove();
    expect(records.tally().map((c) => c.entity)).toEqual(['phi']);
    expect(dropped.map((r) => r.block.text)).toEqual(['Qwen here.', 'Gemma too.']);
  });

  it('find a mention from its painted range until it is unpainted', () => {
    document.body.innerHTML = '<p>Qwen here.</p>';
    const { records } = recordsWithDrops();
    const [block] = blocksOf();
    const [m] = records.add(block!, mentionsOf(block!, 'Qwen')).mentions;
    const range = rangeOfMention(document, m!)!;
    expect(range.toString()).toBe('Qwen');
    const painted: Painted = { status: 'open', range };
    records.setPainted(m!, painted);
    expect(m!.painted).toBe(painted);
    expect(records.fromRange(range)).toBe(m);
    records.setPainted(m!, null);
    expect(records.fromRange(range)).toBeUndefined();
    expect(m!.painted).toBeNull();
  });

  it('give no range for a mention whose text left the page', () => {
    document.body.innerHTML = '<p>Qwen here.</p>';
    const { records } = recordsWithDrops();
    const [block] = blocksOf();
    const [m] = records.add(block!, mentionsOf(block!, 'Qwen')).mentions;
    document.body.innerHTML = '';
    expect(rangeOfMention(document, m!)).toBeNull();
  });

  it('drop everything at once', () => {
    document.body.innerHTML = '<p>Qwen here.</p><p>Gemma too.</p>';
    const { records, dropped } = recordsWithDrops();
    for (const block of blocksOf()) records.add(block, mentionsOf(block, block.text.split(' ')[0]!));
    records.dropAll();
    expect(dropped).toHaveLength(2);
    expect(records.byContainer()).toEqual([]);
    expect(records.all()).toEqual([]);
  });
});
