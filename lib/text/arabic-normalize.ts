/**
 * Arabic letter folding, one UTF-16 code unit at a time.
 *
 * News text writes the same name with or without hamza on the alef, with
 * alef maqsura or yeh, teh marbuta or heh, with or without short vowels and
 * tatweel, and with Arabic-Indic or Persian digits. Folding these away (the
 * Lucene ArabicNormalizer / CAMeL Tools practice) lets one alias match every
 * spelling. A table keeps this to one array read per character.
 */

/** The unit is removed from the normalized text. */
export const DROP = -1;
/** The unit needs the general Unicode path (it changes under NFKC). */
export const GENERIC = -2;

const BLOCK_START = 0x0600;
const BLOCK_END = 0x06ff;

const ALEF = 0x0627;
const YEH = 0x064a;
const HEH = 0x0647;
const KAF = 0x0643;

function buildTable(): Int32Array {
  const table = new Int32Array(BLOCK_END - BLOCK_START + 1);
  for (let i = 0; i < table.length; i++) table[i] = BLOCK_START + i;
  const set = (code: number, value: number) => {
    table[code - BLOCK_START] = value;
  };
  const range = (from: number, to: number, value: number) => {
    for (let c = from; c <= to; c++) set(c, value);
  };

  // Alef with madda, hamza above, hamza below, wasla, wavy hamza: bare alef.
  for (const c of [0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673]) set(c, ALEF);
  set(0x0649, YEH); // alef maqsura
  set(0x06cc, YEH); // Farsi yeh, common in text typed on Persian keyboards
  set(0x0629, HEH); // teh marbuta
  set(0x06a9, KAF); // keheh, the Persian kaf
  // Letters added to write foreign sounds: «ڤيو» (Veo) and «پرپلكسيتي» are
  // spelt «فيو» and «بربلكسيتي» by most writers. Gaf (گ) is left alone: some
  // write its g as غ, others as ج or ك, so no single fold is right.
  set(0x06a4, 0x0641); // veh, a v: feh
  set(0x067e, 0x0628); // peh, a p: beh

  range(0x064b, 0x065f, DROP); // tanween, short vowels, shadda, sukun, madda/hamza marks
  set(0x0670, DROP); // superscript alef
  set(0x0640, DROP); // tatweel
  range(0x0610, 0x061a, DROP); // honorific and Quranic signs
  range(0x06d6, 0x06dc, DROP); // Quranic annotation marks
  range(0x06df, 0x06e4, DROP);
  range(0x06e7, 0x06e8, DROP);
  range(0x06ea, 0x06ed, DROP);
  set(0x061c, DROP); // Arabic letter mark (a bidi control)

  for (let d = 0; d <= 9; d++) {
    set(0x0660 + d, 0x30 + d); // Arabic-Indic digits
    set(0x06f0 + d, 0x30 + d); // Persian digits
  }
  set(0x066b, 0x2e); // Arabic decimal separator: "٣٫١" is "3.1"
  set(0x066c, 0x2c); // Arabic thousands separator
  set(0x066a, 0x25); // Arabic percent sign

  range(0x0675, 0x0678, GENERIC); // high-hamza letters decompose under NFKC
  return table;
}

const TABLE = buildTable();

/**
 * The folded form of one code unit of the Arabic block: a code unit, DROP,
 * or GENERIC. Units outside the block come back unchanged.
 */
export function foldArabicCode(code: number): number {
  if (code < BLOCK_START || code > BLOCK_END) return code;
  return TABLE[code - BLOCK_START]!;
}

/**
 * Arabic folding of a whole string, without offsets: for keys and display.
 * Scanning uses normalizeWithMap, which applies the same table.
 */
export function normalizeArabic(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = foldArabicCode(code);
    if (folded === DROP) continue;
    if (folded === GENERIC) out += text[i]!.normalize('NFKC');
    else out += String.fromCharCode(folded);
  }
  return out;
}
