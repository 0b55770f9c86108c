/**
 * Pages built to stress the annotator: one 5 MB text node, and 100,000 text
 * nodes. The hostile-page tests and the benchmark load the same pages.
 */
const FILLER = 'The committee met again on Tuesday and discussed the weather, the budget and the roads. ';

/**
 * One text node of about `bytes` characters, built by a script: an HTML
 * parser splits long text into several nodes, a script does not. Names sit
 * at its start, its middle and its end.
 */
export function bigTextNodePage(bytes = 5 * 1024 * 1024): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>One huge text node</title></head>
<body><h1>One huge text node</h1><p id="big"></p>
<script>
  const filler = ${JSON.stringify(FILLER)};
  const half = filler.repeat(Math.ceil(${bytes} / 2 / filler.length));
  document.getElementById('big').appendChild(
    document.createTextNode('OpenAI opened. ' + half + ' Then DeepSeek replied. ' + half + ' Finally Qwen.'),
  );
</script></body></html>`;
}

/**
 * 100,000 text nodes: 50,000 side by side in one block (a name split over
 * two of them), and 500 paragraphs of 100 nodes each.
 */
export function manyTextNodesPage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>100,000 text nodes</title></head>
<body><h1>100,000 text nodes</h1><div id="one-block"></div><div id="paragraphs"></div>
<script>
  const block = document.getElementById('one-block');
  for (let i = 0; i < 50000; i++) {
    block.appendChild(document.createTextNode(i === 25000 ? ' Open' : i === 25001 ? 'AI ' : 'word' + (i % 10) + ' '));
  }
  const paragraphs = document.getElementById('paragraphs');
  for (let p = 0; p < 500; p++) {
    const el = document.createElement('p');
    for (let i = 0; i < 100; i++) {
      el.appendChild(document.createTextNode(p === 250 && i === 50 ? 'Qwen ' : p === 499 && i === 99 ? 'Mixtral.' : 'text' + i + ' '));
    }
    paragraphs.appendChild(el);
  }
</script></body></html>`;
}
