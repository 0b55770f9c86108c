// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { collectTextBlocks, containerOf, isInsideSkipped, OWN_UI_ATTR, pointAt } from '../../../lib/dom/text-blocks';

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
