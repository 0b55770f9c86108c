// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  collectTextBlocks,
  containerOf,
  isInsideSkipped,
  iterateTextBlocks,
  iterateTextBlocksPausing,
  OWN_UI_ATTR,
  PAUSE,
  pointAt,
  resolveLeafNodes,
  type TextBlock,
} from '../../../lib/dom/text-blocks';

function texts(root: ParentNode | Document = document): string[] {
  return collectTextBlocks(root as Document).map((b) => b.text.trim());
}

describe('collectTextBlocks', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
    document.designMode = 'off';
  });

  it('joins the text of inline elements into one block, so a split name reads whole', () => {
    document.body.innerHTML = '<p>Made by <b>Open</b>AI today.</p><p><a href="#">ديب</a> سيك</p>';
    expect(texts()).toEqual(['Made by OpenAI today.', 'ديب سيك']);
  });

  it('ends a block at block elements and line breaks, never joining words across them', () => {
    document.body.innerHTML = '<div>Open<div>AI</div>Meta<br>Llama</div><ul><li>one</li><li>two</li></ul>';
    expect(texts()).toEqual(['Open', 'AI', 'Meta', 'Llama', 'one', 'two']);
  });

  it('skips scripts, styles, form fields, templates and editable content', () => {
    document.body.innerHTML = `
      <p>visible</p>
      <script>var OpenAI = 1</script><style>.Meta{}</style><noscript>DeepSeek</noscript>
      <template><p>Gemini</p></template><textarea>Claude</textarea><select><option>Mistral</option></select>
      <div contenteditable="true"><p>Qwen</p></div><div contenteditable="">Falcon</div>
      <div ${OWN_UI_ATTR}><p>card text</p></div>
      <p>after</p>`;
    expect(texts()).toEqual(['visible', 'after']);
  });

  it('reads nothing in a document in design mode', () => {
    document.body.innerHTML = '<p>OpenAI</p>';
    document.designMode = 'on';
    expect(texts()).toEqual([]);
    document.designMode = 'off';
  });

  it('walks open shadow roots as blocks of their own and reports them', () => {
    document.body.innerHTML = '<p>light</p><section id="host"></section>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>inside <i>the</i> shadow</p>';
    const seen: ShadowRoot[] = [];
    const blocks = collectTextBlocks(document, { onShadowRoot: (r) => seen.push(r) });
    expect(blocks.map((b) => b.text)).toEqual(['light', 'inside the shadow']);
    expect(seen).toEqual([root]);
  });

  it('reads only a container\'s own inline text when shallow', () => {
    document.body.innerHTML = '<div id="d">before <p>nested</p> after</div>';
    const d = document.getElementById('d')!;
    expect(collectTextBlocks(d, { shallow: true }).map((b) => b.text.trim())).toEqual(['before', 'after']);
    expect(collectTextBlocks(d).map((b) => b.text.trim())).toEqual(['before', 'nested', 'after']);
  });

  it('names the nearest block ancestor as the container', () => {
    document.body.innerHTML = '<p id="p">x <b><i id="i">deep</i></b></p>';
    const deep = document.getElementById('i')!.firstChild!;
    expect(containerOf(deep)).toBe(document.getElementById('p'));
    expect(collectTextBlocks(document)[0]!.container).toBe(document.getElementById('p'));
  });

  it('knows a node inside an editor or a skipped element is skipped', () => {
    document.body.innerHTML = '<div contenteditable="true"><span contenteditable="false"><b id="b">x</b></span></div><p id="p">y</p>';
    expect(isInsideSkipped(document.getElementById('b')!.firstChild!)).toBe(true);
    expect(isInsideSkipped(document.getElementById('p')!.firstChild!)).toBe(false);
  });
});

describe('pointAt: the offset map back to text nodes', () => {
  it('maps every index of the joined text to the node and offset holding it', () => {
    document.body.innerHTML = '<p>Made by <b>Open</b>AI and <a>ديب</a> سيك.</p>';
    const [block] = collectTextBlocks(document);
    for (let i = 0; i < block!.text.length; i++) {
      const p = pointAt(block!, i, true);
      expect(p.node.data[p.offset]).toBe(block!.text[i]);
    }
  });

  it('puts a range start at the later node and a range end at the earlier node on a boundary', () => {
    document.body.innerHTML = '<p>x <b>Open</b>AI y</p>';
    const [block] = collectTextBlocks(document);
    const start = block!.text.indexOf('Open');
    const end = start + 'Open'.length;
    const s = pointAt(block!, start, true);
    const e = pointAt(block!, end, false);
    expect(s.node.data).toBe('Open');
    expect(s.offset).toBe(0);
    expect(e.node.data).toBe('Open');
    expect(e.offset).toBe(4);
    const range = document.createRange();
    range.setStart(s.node, s.offset);
    range.setEnd(pointAt(block!, end + 2, false).node, pointAt(block!, end + 2, false).offset);
    expect(range.toString()).toBe('OpenAI');
  });
});

describe('iterateTextBlocksPausing', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  /**
   * A container of a bold word, `n` one-word text nodes and a nested
   * paragraph, and a paragraph after it. The nested paragraph makes it more
   * than one block of inline content, which is read in one go (see the next
   * group).
   */
  function manyNodes(n: number): HTMLElement {
    const p = document.createElement('div');
    p.append(Object.assign(document.createElement('b'), { textContent: 'Lead' }));
    for (let i = 0; i < n; i++) p.append(document.createTextNode(i === n / 2 ? 'Open' : i === n / 2 + 1 ? 'AI ' : `w${i} `));
    p.append(Object.assign(document.createElement('p'), { textContent: 'nested' }));
    document.body.append(p, Object.assign(document.createElement('p'), { textContent: 'after' }));
    return p;
  }

  it('pauses in the middle of one block of many nodes, and the block reads exactly as without pauses', () => {
    manyNodes(5000);
    const items = [...iterateTextBlocksPausing(document, {}, 256)];
    const blocks = items.filter((i): i is TextBlock => i !== PAUSE);
    // The first block has 5,000 nodes: about 5,000 / 256 pauses fall inside it.
    expect(items.indexOf(blocks[0]!)).toBeGreaterThan(15);
    expect(blocks.map((b) => b.text)).toEqual(collectTextBlocks(document).map((b) => b.text));
    expect(blocks[0]!.text).toContain('w2499 OpenAI w2502');
    expect(blocks[0]!.nodes).toHaveLength(5001);
  });

  it('reads the container again from its start when the page removed the node it had reached', () => {
    const p = manyNodes(2000);
    const walk = iterateTextBlocksPausing(document, {}, 500);
    expect(walk.next().value).toBe(PAUSE);
    // The page removes the whole paragraph's middle while the walk waits.
    for (let i = 0; i < 1000; i++) p.childNodes[400]!.remove();
    const rest = [...walk].filter((i): i is TextBlock => i !== PAUSE);
    expect(rest.map((b) => b.nodes.length)).toEqual([1001, 1, 1]);
    expect(rest.every((b) => b.nodes.every((n) => n.isConnected))).toBe(true);
  });
});

describe('a text-only container (leaf block)', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  /** A paragraph of `n` one-word text nodes with a comment among them, as a page that appends words one at a time builds it. */
  function leaf(n: number): HTMLElement {
    const p = document.createElement('p');
    for (let i = 0; i < n; i++) {
      p.append(document.createTextNode(i === n / 2 ? 'Open' : i === n / 2 + 1 ? 'AI ' : `w${i} `));
      if (i === 10) p.append(document.createComment('ad slot'));
    }
    document.body.append(p);
    return p;
  }

  it('is read in one step, with no pause inside and its nodes left for later', () => {
    const p = leaf(2000);
    const items = [...iterateTextBlocksPausing(document, {}, 256)];
    expect(items.filter((i) => i === PAUSE)).toHaveLength(0);
    const [block] = items as TextBlock[];
    expect(block!.leaf).toBe(true);
    expect(block!.text).toBe(p.textContent);
    expect(block!.nodes).toEqual([]);
  });

  it('finds, for the spans asked, exactly the nodes they lie in, and the range reads as the name', () => {
    leaf(2000);
    const [block] = iterateTextBlocks(document);
    const start = block!.text.indexOf('OpenAI');
    const w5 = block!.text.indexOf('w5 ');
    expect(resolveLeafNodes(block!, [{ start, end: start + 6 }, { start: w5, end: w5 + 2 }])).toBe(true);
    expect(block!.nodes.map((n) => n.data)).toEqual(['w5 ', 'Open', 'AI ']);
    const range = document.createRange();
    const a = pointAt(block!, start, true);
    const b = pointAt(block!, start + 6, false);
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    expect(range.toString()).toBe('OpenAI');
  });

  it('refuses to map spans onto text that changed since it was read', () => {
    const p = leaf(200);
    const [block] = iterateTextBlocks(document);
    const start = block!.text.indexOf('OpenAI');
    (p.childNodes[3] as Text).data = 'longer words ';
    expect(resolveLeafNodes(block!, [{ start, end: start + 6 }])).toBe(false);
    p.textContent = 'short';
    expect(resolveLeafNodes(block!, [{ start, end: start + 6 }])).toBe(false);
    expect(block!.nodes).toEqual([]);
  });

  it('is not used for a paragraph of one text node, or one holding a block, a line break or an editor', () => {
    document.body.innerHTML =
      '<p>OpenAI alone</p><div>Open<b>AI</b><p>Meta</p></div><p>Gemma<br>Chan</p><p>x <span contenteditable="true">Qwen</span> y</p>';
    const blocks = collectTextBlocks(document);
    expect(blocks.map((b) => [b.text, b.leaf ?? false, b.nodes.length])).toEqual([
      ['OpenAI alone', false, 1],
      ['OpenAI', false, 2],
      ['Meta', false, 1],
      ['Gemma', false, 1],
      ['Chan', false, 1],
      ['x ', false, 1],
      [' y', false, 1],
    ]);
  });

  it('is used for a paragraph of text and inline elements, and maps spans into nested inline nodes', () => {
    document.body.innerHTML = '<p id="p">Made by <a href="#"><b>Open</b></a>AI, <i>with <em>ديب</em></i> سيك<!-- ad --> too.</p>';
    const p = document.getElementById('p')!;
    const [block] = iterateTextBlocks(document);
    expect(block!.leaf).toBe(true);
    expect(block!.container).toBe(p);
    expect(block!.text).toBe('Made by OpenAI, with ديب سيك too.');
    const a = block!.text.indexOf('OpenAI');
    const d = block!.text.indexOf('ديب سيك');
    expect(resolveLeafNodes(block!, [{ start: d, end: d + 7 }, { start: a, end: a + 6 }])).toBe(true);
    expect(block!.nodes.map((n) => n.data)).toEqual(['Open', 'AI, ', 'ديب', ' سيك']);
    for (const [s, e, want] of [[a, a + 6, 'OpenAI'], [d, d + 7, 'ديب سيك']] as const) {
      const range = document.createRange();
      const from = pointAt(block!, s, true);
      const to = pointAt(block!, e, false);
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      expect(range.toString()).toBe(want);
    }
  });
});
