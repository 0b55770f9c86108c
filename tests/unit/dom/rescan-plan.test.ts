// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { insideAny, leavesInlineTextAlone, planRescan } from '../../../lib/dom/rescan-plan';

/** The records a change makes, taken synchronously. */
function recordsOf(change: () => void): MutationRecord[] {
  const observer = new MutationObserver(() => {});
  observer.observe(document.body, { childList: true, characterData: true, subtree: true });
  change();
  const records = observer.takeRecords();
  observer.disconnect();
  return records;
}

function paragraphs(n: number, prefix = 'p'): DocumentFragment {
  const frag = document.createDocumentFragment();
  for (let i = 0; i < n; i++) {
    const p = document.createElement('p');
    p.textContent = `${prefix} ${i}`;
    frag.appendChild(p);
  }
  return frag;
}

describe('planRescan', () => {
  beforeEach(() => {
    document.body.innerHTML = '<main><div class="feed"></div></main>';
  });

  it('reads only the appended paragraphs of a feed, not the feed again', () => {
    const feed = document.querySelector('.feed')!;
    feed.appendChild(paragraphs(3, 'old'));
    const frag = paragraphs(4, 'new');
    const added = [...frag.childNodes];
    const plan = planRescan(recordsOf(() => feed.appendChild(frag)));
    expect(plan.full).toBe(false);
    expect(plan.shallow).toEqual([]);
    expect(plan.deep).toEqual(added);
  });

  it('rereads the container when added text joins its inline text', () => {
    const feed = document.querySelector('.feed')!;
    const plan = planRescan(recordsOf(() => feed.append('Open', document.createElement('b'))));
    expect(plan.shallow).toEqual([feed]);
  });

  it('rereads the container when a removed block joined two runs of its text', () => {
    const feed = document.querySelector('.feed')!;
    feed.innerHTML = 'Deep<div>x</div>Seek';
    const records = recordsOf(() => feed.querySelector('div')!.remove());
    expect(records.every((r) => leavesInlineTextAlone(r, new Set(records.flatMap((x) => [...x.addedNodes]))))).toBe(false);
    expect(planRescan(records).shallow).toEqual([feed]);
  });

  it('rereads the container when an added block splits a run of its text', () => {
    const feed = document.querySelector('.feed')!;
    feed.innerHTML = 'Deep<span>Seek</span>';
    const records = recordsOf(() => feed.insertBefore(document.createElement('div'), feed.lastChild));
    expect(planRescan(records).shallow).toEqual([feed]);
  });

  it('does not treat the edge of an inline element as a block boundary', () => {
    const feed = document.querySelector('.feed')!;
    feed.innerHTML = 'Deep<span>Seek</span> more';
    const span = feed.querySelector('span')!;
    const records = recordsOf(() => span.appendChild(document.createElement('div')));
    expect(records.every((r) => leavesInlineTextAlone(r, new Set(records.flatMap((x) => [...x.addedNodes]))))).toBe(false);
    expect(planRescan(records).shallow).toEqual([feed]);
  });

  it('keeps only the outermost of nested added blocks', () => {
    const main = document.querySelector('main')!;
    const outer = document.createElement('section');
    const records = recordsOf(() => {
      main.appendChild(outer);
      outer.appendChild(paragraphs(2));
    });
    expect(planRescan(records).deep).toEqual([outer]);
  });
});

describe('insideAny', () => {
  it('finds a proper ancestor in the set, across a shadow boundary', () => {
    document.body.innerHTML = '<div id="host"></div><p id="other"></p>';
    const host = document.getElementById('host')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>inside</p>';
    const inner = root.querySelector('p')!;
    expect(insideAny(new Set([host]), inner)).toBe(true);
    expect(insideAny(new Set([inner]), inner)).toBe(false);
    expect(insideAny(new Set([document.getElementById('other')!]), inner)).toBe(false);
  });
});
