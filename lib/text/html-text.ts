/**
 * The visible text of a parsed HTML document, as the scan command reads it.
 *
 * It follows the content script's skip rules: no text from script, style,
 * noscript, template, textarea, input, select, head, hidden elements or
 * editable regions (what the user types is never scanned), and block
 * elements end a line so a name never runs from one paragraph into the next.
 * Whitespace collapses the way a browser renders it, except inside <pre>.
 *
 * It only uses standard DOM calls, so it runs on a browser document or on
 * one parsed in Node (happy-dom).
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;

const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'head', 'iframe', 'object', 'embed', 'canvas',
]);

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul',
]);

function isSkipped(element: Element): boolean {
  if (SKIPPED.has(element.localName)) return true;
  if (element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

class LineWriter {
  private lines: string[] = [];
  private current = '';

  text(data: string, preformatted: boolean): void {
    if (preformatted) {
      const parts = data.split(/\r\n|\r|\n/);
      parts.forEach((part, i) => {
        if (i > 0) this.endLine();
        this.current += part;
      });
      return;
    }
    let collapsed = data.replace(/[ \t\n\r\f]+/g, ' ');
    if ((this.current === '' || this.current.endsWith(' ')) && collapsed.startsWith(' ')) collapsed = collapsed.slice(1);
    this.current += collapsed;
  }

  endLine(): void {
    const line = this.current.replace(/^[ \t]+|[ \t]+$/g, '');
    if (line) this.lines.push(line);
    this.current = '';
  }

  result(): string {
    this.endLine();
    return this.lines.join('\n');
  }
}

function walk(node: Node, writer: LineWriter, preformatted: boolean): void {
  if (node.nodeType === TEXT_NODE) {
    writer.text((node as Text).data, preformatted);
    return;
  }
  if (node.nodeType !== ELEMENT_NODE && node.nodeType !== DOCUMENT_NODE) return;
  let pre = preformatted;
  let block = false;
  if (node.nodeType === ELEMENT_NODE) {
    const element = node as Element;
    if (isSkipped(element)) return;
    const name = element.localName;
    if (name === 'br') {
      writer.endLine();
      return;
    }
    block = BLOCKS.has(name);
    pre ||= name === 'pre';
  }
  if (block) writer.endLine();
  for (let child = node.firstChild; child; child = child.nextSibling) walk(child, writer, pre);
  if (block) writer.endLine();
}

/** The text a reader sees in `root`, one line per block. */
export function visibleText(root: Node): string {
  const writer = new LineWriter();
  walk(root, writer, false);
  return writer.result();
}
