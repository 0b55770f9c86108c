// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createMutationBatcher } from '../../../lib/dom/mutation-batcher';

/** A manual frame clock: flushes run only when the test says a frame passed. */
function manualFrames() {
  const queue: Array<() => void> = [];
  return {
    schedule: (fn: () => void) => void queue.push(fn),
    frame: () => queue.splice(0).forEach((fn) => fn()),
    scheduled: () => queue.length,
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('createMutationBatcher', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('hands over many changes made within one frame as one batch', async () => {
    const frames = manualFrames();
    const batches: MutationRecord[][] = [];
    const b = createMutationBatcher({ onBatch: (r) => batches.push(r), schedule: frames.schedule });
    b.observe(document.body);
    for (let i = 0; i < 50; i++) document.body.appendChild(document.createElement('p')).textContent = `p${i}`;
    document.body.firstChild!.firstChild!.nodeValue = 'changed';
    await settle();
    expect(batches).toHaveLength(0);
    expect(frames.scheduled()).toBe(1);
    frames.frame();
    expect(batches).toHaveLength(1);
    expect(batches[0]!.length).toBeGreaterThanOrEqual(51);
    expect(batches[0]!.some((r) => r.type === 'characterData')).toBe(true);
    b.disconnect();
  });

  it('starts a new batch for changes after the flush', async () => {
    const frames = manualFrames();
    const batches: MutationRecord[][] = [];
    const b = createMutationBatcher({ onBatch: (r) => batches.push(r), schedule: frames.schedule });
    b.observe(document.body);
    document.body.append('one');
    await settle();
    frames.frame();
    document.body.append('two');
    await settle();
    frames.frame();
    expect(batches.map((x) => x.length)).toEqual([1, 1]);
    b.disconnect();
  });

  it('drops the changes made inside ignoring() but keeps the page\'s own earlier ones', async () => {
    const frames = manualFrames();
    const batches: MutationRecord[][] = [];
    const b = createMutationBatcher({ onBatch: (r) => batches.push(r), schedule: frames.schedule });
    b.observe(document.body);
    const pageNode = document.createElement('p');
    document.body.appendChild(pageNode); // the page's change, still undelivered
    b.ignoring(() => {
      document.body.appendChild(document.createElement('ol-mark'));
      document.body.appendChild(document.createElement('ol-mark'));
    });
    await settle();
    frames.frame();
    expect(batches).toHaveLength(1);
    expect(batches[0]!.flatMap((r) => [...r.addedNodes])).toEqual([pageNode]);
    // The count of changes seen follows the page's changes only.
    expect(b.changes()).toBe(1);
    b.disconnect();
  });

  it('reports nothing after disconnect', async () => {
    const frames = manualFrames();
    const batches: MutationRecord[][] = [];
    const b = createMutationBatcher({ onBatch: (r) => batches.push(r), schedule: frames.schedule });
    b.observe(document.body);
    document.body.append('x');
    b.disconnect();
    document.body.append('y');
    await settle();
    frames.frame();
    expect(batches).toHaveLength(0);
  });
});
