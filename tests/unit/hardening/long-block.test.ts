// @vitest-environment happy-dom
/**
 * A page whose text is one huge node: the annotator reads it in pieces,
 * yielding to the page between them, and still finds every name in it, at
 * its start, in its middle and at its end; text added to it later too.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createAnnotator, type Annotator } from '../../../lib/dom/annotator';
import { createPainter } from '../../../lib/dom/highlight-painter';
import { LONG_BLOCK_CHARS, MARGIN_CHARS, PIECE_CHARS } from '../../../lib/dom/scan-in-pieces';
import { buildAliasIndex, statusOf } from '../../../lib/match/alias-index';
import { scanText } from '../../../lib/match/scanner';

const index = buildAliasIndex([
  { id: 'openai', status: 'closed', aliases: [{ text: 'OpenAI' }] },
  { id: 'qwen', status: 'open-weights', aliases: [{ text: 'Qwen' }] },
]);
const FILLER = 'The committee met again on Tuesday and discussed the roads. ';

describe('a very long text node', () => {
  let annotator: Annotator | undefined;
  afterEach(() => annotator?.stop());

  function start(onScan: (text: string) => void, onYield: () => void) {
    const queue: Array<() => void> = [];
    annotator = createAnnotator({
      doc: document,
      scan: (text) => {
        onScan(text);
        return scanText(index, text);
      },
      statusOf: (id) => statusOf(index, id) ?? 'unknown',
      paints: () => true,
      painter: createPainter(document, { forceWrap: true }),
      // Every pause yields, so each piece is its own task.
      sliceMs: 0,
      yieldToPage: async () => {
        onYield();
        await new Promise((r) => setTimeout(r, 0));
      },
      batchSchedule: (flush) => void queue.push(flush),
    });
    annotator.start();
    return { frame: () => queue.splice(0).forEach((f) => f()) };
  }

  it('is scanned in pieces with pauses between them, and every name in it is found', async () => {
    const half = FILLER.repeat(Math.ceil((LONG_BLOCK_CHARS * 3) / FILLER.length));
    document.body.innerHTML = '<p id="big"></p>';
    document.getElementById('big')!.appendChild(document.createTextNode(`OpenAI opened. ${half} Then Qwen. ${half} Finally OpenAI.`));
    const lengths: number[] = [];
    let yields = 0;
    const clock = start((t) => lengths.push(t.length), () => yields++);
    await annotator!.idle();
    expect(annotator!.tally()).toEqual([
      { entity: 'openai', count: 2, status: 'closed' },
      { entity: 'qwen', count: 1, status: 'open-weights' },
    ]);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(PIECE_CHARS + 2 * MARGIN_CHARS);
    expect(yields).toBeGreaterThanOrEqual(Math.floor(half.length / PIECE_CHARS));

    // Text appended to the huge node later is read again, in pieces too.
    lengths.length = 0;
    document.getElementById('big')!.append(' And Qwen again.');
    await new Promise((r) => setTimeout(r, 0));
    clock.frame();
    await annotator!.idle();
    expect(annotator!.tally()).toEqual([
      { entity: 'openai', count: 2, status: 'closed' },
      { entity: 'qwen', count: 2, status: 'open-weights' },
    ]);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(PIECE_CHARS + 2 * MARGIN_CHARS);
  });
});
