/**
 * Do the scanner and the naive baseline find the same Latin-script mentions?
 *
 * Only Latin script is compared: the baseline has no Arabic normalization or
 * proclitics by design. Known, intended differences are counted apart rather
 * than as disagreements: a Latin name glued to an Arabic proclitic (وOpenAI),
 * which only the scanner reads, and a version suffix the scanner keeps
 * ("Llama 3.1") where the baseline stops at the name, and a baseline match
 * inside a longer scanner mention the baseline could not read whole.
 */
export interface Found {
  entity: string;
  start: number;
  end: number;
  text: string;
  version?: string;
}

export interface Sample {
  kind: 'scanner-only' | 'naive-only' | 'entity' | 'end';
  start: number;
  scanner?: string;
  naive?: string;
  context: string;
}

export interface Agreement {
  scannerLatin: number;
  naiveLatin: number;
  /** Same start offset in both. */
  both: number;
  /** Of `both`: the scanner's mention also covers a version suffix. */
  versionSuffix: number;
  /** Of `both`: different end, not explained by a version. */
  endDiffers: number;
  /** Of `both`: a different entity. */
  entityDiffers: number;
  /** Scanner-only mentions glued to an Arabic proclitic: expected. */
  attached: number;
  /** Naive-only mentions inside a longer scanner mention (وGoogle Gemini: the baseline sees only "Gemini"). */
  naiveInside: number;
  scannerOnly: number;
  naiveOnly: number;
  /** both / (both + scannerOnly + naiveOnly). */
  ratio: number;
  samples: Sample[];
}

const LATIN = /[A-Za-z]/;
const ARABIC = /[\u0600-\u06FF]/;
const SAMPLES_PER_KIND = 8;

export function isLatinMention(text: string): boolean {
  return LATIN.test(text) && !ARABIC.test(text);
}

function context(text: string, start: number, end: number): string {
  return (text.slice(Math.max(0, start - 25), start) + '[' + text.slice(start, end) + ']' + text.slice(end, end + 25)).replace(/\n/g, ' ⏎ ');
}

export function compareLatin(text: string, scanner: readonly Found[], naive: readonly Found[]): Agreement {
  const s = scanner.filter((m) => isLatinMention(m.text));
  const n = naive.filter((m) => isLatinMention(m.text));
  const naiveByStart = new Map(n.map((m) => [m.start, m]));
  const a: Agreement = {
    scannerLatin: s.length,
    naiveLatin: n.length,
    both: 0,
    versionSuffix: 0,
    endDiffers: 0,
    entityDiffers: 0,
    attached: 0,
    naiveInside: 0,
    scannerOnly: 0,
    naiveOnly: 0,
    ratio: 1,
    samples: [],
  };
  const counts = new Map<Sample['kind'], number>();
  const sample = (x: Sample) => {
    const c = counts.get(x.kind) ?? 0;
    counts.set(x.kind, c + 1);
    if (c < SAMPLES_PER_KIND) a.samples.push(x);
  };
  const matchedStarts = new Set<number>();
  for (const m of s) {
    const other = naiveByStart.get(m.start);
    if (!other) {
      if (m.start > 0 && ARABIC.test(text[m.start - 1]!)) a.attached++;
      else {
        a.scannerOnly++;
        sample({ kind: 'scanner-only', start: m.start, scanner: `${m.text} → ${m.entity}`, context: context(text, m.start, m.end) });
      }
      continue;
    }
    matchedStarts.add(m.start);
    a.both++;
    if (other.entity !== m.entity) {
      a.entityDiffers++;
      sample({ kind: 'entity', start: m.start, scanner: `${m.text} → ${m.entity}`, naive: `${other.text} → ${other.entity}`, context: context(text, m.start, m.end) });
    }
    if (other.end !== m.end) {
      if (m.version && m.end > other.end) a.versionSuffix++;
      else {
        a.endDiffers++;
        sample({ kind: 'end', start: m.start, scanner: m.text, naive: other.text, context: context(text, m.start, Math.max(m.end, other.end)) });
      }
    }
  }
  const covering = [...scanner].sort((x, y) => x.start - y.start);
  const inside = (m: Found) => covering.some((c) => c.start <= m.start && m.end <= c.end && c.end - c.start > m.end - m.start);
  for (const m of n) {
    if (matchedStarts.has(m.start)) continue;
    if (inside(m)) {
      a.naiveInside++;
      continue;
    }
    a.naiveOnly++;
    sample({ kind: 'naive-only', start: m.start, naive: `${m.text} → ${m.entity}`, context: context(text, m.start, m.end) });
  }
  const union = a.both + a.scannerOnly + a.naiveOnly;
  a.ratio = union === 0 ? 1 : a.both / union;
  return a;
}
