// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { visibleText } from '../../../lib/text/html-text';

function textOf(html: string): string {
  return visibleText(new DOMParser().parseFromString(html, 'text/html').body);
}

describe('visible text of HTML', () => {
  it('keeps what a reader sees and drops scripts, styles and form fields', () => {
    const html = `<h1>OpenAI  releases
      gpt-oss</h1><script>var Meta = 1</script><style>.Apple{}</style><noscript>Google</noscript>
      <template><p>Gemini</p></template><textarea>Claude</textarea><input value="Qwen"><select><option>DeepSeek</option></select>
      <p>Meta and <b>Google</b> follow.</p>`;
    expect(textOf(html)).toBe('OpenAI releases gpt-oss\nMeta and Google follow.');
  });

  it('skips editable regions and hidden elements', () => {
    expect(textOf('<div contenteditable="true">Meta</div><div contenteditable="false">Apple</div><p hidden>Chrome</p>')).toBe('Apple');
  });

  it('puts blocks and line breaks on their own lines, so names never join across them', () => {
    expect(textOf('<ul><li>Open</li><li>AI</li></ul><p>ميتا<br>لاما</p>')).toBe('Open\nAI\nميتا\nلاما');
  });

  it('keeps inline elements in the same line and preformatted text as written', () => {
    expect(textOf('<p>لـ<a href="#">OpenAI</a> <em>و</em>Meta</p><pre>a  b\nc</pre>')).toBe('لـOpenAI وMeta\na  b\nc');
  });
});
