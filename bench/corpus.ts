/**
 * A generated news corpus in Arabic and English with known mentions.
 *
 * Paragraphs alternate between the two languages the way bilingual news
 * sites and Arabic tech coverage do: Arabic prose with Latin product names in
 * it, English prose, names with Arabic proclitics (وOpenAI, لـ, بـ), version
 * suffixes, possessives and brackets. Traps that must not match are mixed in:
 * a case-sensitive name in lower case ("apple"), names glued into longer
 * words ("Metaverse", ميتافيرس). Every planted mention is recorded with its
 * offsets, so tests can check a matcher against the truth and the bench can
 * say how many mentions a page holds.
 */
import { seededRandom, type Random } from './random';
import { isArabicAlias, isLatinAlias, type BenchAlias } from './seed-aliases';

export type Lang = 'ar' | 'en';

export interface PlantedMention {
  entity: string;
  alias: string;
  /** UTF-16 offsets of the name as written, version suffix included, proclitic excluded. */
  start: number;
  end: number;
  script: 'latin' | 'arabic';
  /** A proclitic is glued right before it (وOpenAI): a plain word-boundary regex cannot see it. */
  attached: boolean;
  version?: string;
}

export interface CorpusParagraph {
  lang: Lang;
  text: string;
  /** Offsets relative to this paragraph. */
  mentions: PlantedMention[];
}

export interface Corpus {
  paragraphs: CorpusParagraph[];
  /** Paragraphs joined by "\n". */
  text: string;
  /** Offsets relative to `text`. */
  planted: PlantedMention[];
  utf8Bytes: number;
}

export interface CorpusOptions {
  /** Stop once the text reaches this many UTF-8 bytes... */
  targetBytes: number;
  /** ...and this many UTF-16 characters (default 0). */
  targetChars?: number;
  aliases: readonly BenchAlias[];
  arabicWords: readonly string[];
  englishWords: readonly string[];
  seed?: number;
  /** Chance that a word slot holds a mention (default 1/22). */
  mentionRate?: number;
  /** Chance that a word slot holds a trap (default 1/90). */
  trapRate?: number;
  /** Share of Arabic paragraphs (default 0.55). */
  arabicShare?: number;
}

const VERSIONS = ['2', '3', '3.1', '4', '5', '2.5', '1.5'];
const GLUE_EN = ['verse', 'ware', 'ing', 'ism'];
const GLUE_AR = ['\u064A\u0629', '\u064A\u0648\u0646', '\u0641\u064A\u0631\u0633']; // ية، يون، فيرس
const TATWEEL = '\u0640';

/** Length of a string in UTF-8 bytes, without allocating. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

interface Pools {
  latin: BenchAlias[];
  arabic: BenchAlias[];
  /** Case-sensitive one-word Latin names: lower-cased, they are ordinary words. */
  casedWords: BenchAlias[];
  /** One-word names (either script) that a glued suffix turns into another word. */
  latinWords: BenchAlias[];
  arabicWords: BenchAlias[];
}

function pools(aliases: readonly BenchAlias[]): Pools {
  const oneWord = (a: BenchAlias) => !/[\s-]/.test(a.text);
  const latin = aliases.filter((a) => isLatinAlias(a.text));
  const arabic = aliases.filter((a) => isArabicAlias(a.text));
  return {
    latin,
    arabic,
    casedWords: latin.filter((a) => a.caseSensitive && oneWord(a) && a.text !== a.text.toLowerCase()),
    latinWords: latin.filter((a) => oneWord(a) && /[A-Za-z]$/.test(a.text)),
    arabicWords: arabic.filter(oneWord),
  };
}

/** Builds one paragraph piece by piece, recording planted mentions as it goes. */
class ParagraphWriter {
  text = '';
  mentions: PlantedMention[] = [];
  private atSentenceStart = true;

  word(w: string): void {
    this.space();
    this.text += this.atSentenceStart && /^[a-z]/.test(w) ? w[0]!.toUpperCase() + w.slice(1) : w;
    this.atSentenceStart = false;
  }

  mention(alias: BenchAlias, written: string, opts: { prefix?: string; before?: string; after?: string; version?: string }): void {
    this.space();
    this.text += (opts.before ?? '') + (opts.prefix ?? '');
    const start = this.text.length;
    this.text += written + (opts.version ? ' ' + opts.version : '');
    const end = this.text.length;
    this.text += opts.after ?? '';
    this.mentions.push({
      entity: alias.entity,
      alias: alias.text,
      start,
      end,
      script: isArabicAlias(alias.text) ? 'arabic' : 'latin',
      attached: Boolean(opts.prefix),
      version: opts.version,
    });
    this.atSentenceStart = false;
  }

  raw(piece: string): void {
    this.space();
    this.text += piece;
    this.atSentenceStart = false;
  }

  endSentence(mark: string): void {
    this.text += mark;
    this.atSentenceStart = true;
  }

  private space(): void {
    if (this.text.length > 0) this.text += ' ';
  }
}

function writeMention(w: ParagraphWriter, lang: Lang, p: Pools, r: Random): void {
  const useArabicName = lang === 'ar' && p.arabic.length > 0 && (p.latin.length === 0 || r.chance(0.7));
  const pool = useArabicName ? p.arabic : p.latin;
  if (pool.length === 0) return;
  const alias = r.pick(pool);
  const version = alias.versioned && r.chance(0.35) ? r.pick(VERSIONS) : undefined;
  if (useArabicName) {
    const roll = r.next();
    const prefix =
      alias.article && roll < 0.2 ? '\u0627\u0644' : roll < 0.35 ? '\u0648' : roll < 0.4 ? '\u0628' : roll < 0.45 ? '\u0644' : undefined;
    w.mention(alias, alias.text, { prefix, version });
    return;
  }
  if (lang === 'ar') {
    const roll = r.next();
    const prefix = roll < 0.08 ? '\u0648' : roll < 0.12 ? '\u0644' + TATWEEL : undefined;
    w.mention(alias, alias.text, { prefix, version });
    return;
  }
  let written = alias.text;
  if (!alias.caseSensitive) {
    const roll = r.next();
    if (roll < 0.05) written = written.toUpperCase();
    else if (roll < 0.1) written = written.toLowerCase();
  }
  const roll = r.next();
  if (roll < 0.1) w.mention(alias, written, { version, after: "'s" });
  else if (roll < 0.16) w.mention(alias, written, { version, before: '(', after: ')' });
  else if (roll < 0.2) w.mention(alias, written, { version, before: '"', after: '"' });
  else w.mention(alias, written, { version });
}

function writeTrap(w: ParagraphWriter, lang: Lang, p: Pools, r: Random): void {
  if (lang === 'en') {
    if (p.casedWords.length > 0 && r.chance(0.5)) w.raw(r.pick(p.casedWords).text.toLowerCase());
    else if (p.latinWords.length > 0) w.raw(r.pick(p.latinWords).text + r.pick(GLUE_EN));
  } else if (p.arabicWords.length > 0) {
    w.raw(r.pick(p.arabicWords).text + r.pick(GLUE_AR));
  }
}

function writeParagraph(lang: Lang, o: CorpusOptions, p: Pools, r: Random): CorpusParagraph {
  const words = lang === 'ar' ? o.arabicWords : o.englishWords;
  const mentionRate = o.mentionRate ?? 1 / 22;
  const trapRate = o.trapRate ?? 1 / 90;
  const w = new ParagraphWriter();
  const sentences = r.int(2, 5);
  for (let s = 0; s < sentences; s++) {
    const length = r.int(8, 18);
    for (let i = 0; i < length; i++) {
      const roll = r.next();
      if (roll < mentionRate) writeMention(w, lang, p, r);
      else if (roll < mentionRate + trapRate) writeTrap(w, lang, p, r);
      else w.word(r.pick(words));
      if (i < length - 1 && r.chance(0.06)) w.endSentence(lang === 'ar' ? '\u060C' : ',');
    }
    w.endSentence(lang === 'ar' ? r.pick(['.', '.', '.', '\u061F']) : r.pick(['.', '.', '.', '?']));
  }
  return { lang, text: w.text, mentions: w.mentions };
}

/** Generates paragraphs until the text reaches its target size. Same options, same corpus. */
export function generateCorpus(o: CorpusOptions): Corpus {
  const r = seededRandom(o.seed ?? 20250805);
  const p = pools(o.aliases);
  const arabicShare = o.arabicShare ?? 0.55;
  const paragraphs: CorpusParagraph[] = [];
  const planted: PlantedMention[] = [];
  const parts: string[] = [];
  let offset = 0;
  let bytes = 0;
  while (bytes < o.targetBytes || offset < (o.targetChars ?? 0)) {
    const lang: Lang = o.arabicWords.length > 0 && r.chance(arabicShare) ? 'ar' : 'en';
    const para = writeParagraph(lang, o, p, r);
    if (paragraphs.length > 0) {
      offset += 1; // the "\n" between paragraphs
      bytes += 1;
    }
    for (const m of para.mentions) planted.push({ ...m, start: m.start + offset, end: m.end + offset });
    paragraphs.push(para);
    parts.push(para.text);
    offset += para.text.length;
    bytes += utf8Length(para.text);
  }
  return { paragraphs, text: parts.join('\n'), planted, utf8Bytes: bytes };
}
