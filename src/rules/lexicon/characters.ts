/**
 * Characters that damage text without being visible, and the marks of mojibake: UTF-8 bytes
 * decoded as Windows-1252 or Latin-1, which turns "é" into "Ã©" and "’" into "â€™".
 */

/** Invisible characters by code point, with the name a message shows. */
export const INVISIBLE_CHARACTERS: ReadonlyMap<number, string> = new Map([
  [0x00ad, 'a soft hyphen'],
  [0x200b, 'a zero-width space'],
  [0x200c, 'a zero-width non-joiner'],
  [0x200d, 'a zero-width joiner'],
  [0x200e, 'a left-to-right mark'],
  [0x200f, 'a right-to-left mark'],
  [0x2060, 'a word joiner'],
  [0xfeff, 'a byte order mark'],
  [0x202a, 'a bidirectional embedding'],
  [0x202b, 'a bidirectional embedding'],
  [0x202c, 'a bidirectional pop'],
  [0x202d, 'a bidirectional override'],
  [0x202e, 'a bidirectional override'],
  [0x2066, 'a bidirectional isolate'],
  [0x2067, 'a bidirectional isolate'],
  [0x2068, 'a bidirectional isolate'],
  [0x2069, 'a bidirectional isolate'],
]);

export const NON_BREAKING_SPACES: ReadonlyMap<number, string> = new Map([
  [0x00a0, 'a non-breaking space'],
  [0x2007, 'a figure space'],
  [0x202f, 'a narrow non-breaking space'],
]);

/** Windows-1252 characters for the bytes 0x80–0x9F, where it differs from Latin-1. */
const WINDOWS_1252: Record<number, number> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87, 0x02c6: 0x88,
  0x2030: 0x89, 0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c, 0x017d: 0x8e, 0x2018: 0x91, 0x2019: 0x92, 0x201c: 0x93,
  0x201d: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98, 0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b,
  0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};

const CONTINUATION = '[\\u0080-\\u00bf\\u20ac\\u201a\\u0192\\u201e\\u2026\\u2020\\u2021\\u02c6\\u2030\\u0160\\u2039\\u0152\\u017d\\u2018\\u2019\\u201c\\u201d\\u2022\\u2013\\u2014\\u02dc\\u2122\\u0161\\u203a\\u0153\\u017e\\u0178]';

/** A UTF-8 lead byte read as one character, followed by one to three continuation bytes read the same way. */
const MOJIBAKE = new RegExp(`[\\u00c2-\\u00df]${CONTINUATION}|[\\u00e0-\\u00ef]${CONTINUATION}{2}|[\\u00f0-\\u00f4]${CONTINUATION}{3}`, 'g');

export interface Mojibake {
  text: string;
  /** The text before it was decoded wrongly. */
  repaired: string;
  index: number;
}

/** Finds the first run of mojibake whose bytes decode as valid UTF-8 again. */
export function findMojibake(text: string): Mojibake | undefined {
  return findAllMojibake(text)[0];
}

/** Finds every run of mojibake whose bytes decode as valid UTF-8 again, in text order. */
export function findAllMojibake(text: string): Mojibake[] {
  const found: Mojibake[] = [];
  for (const match of text.matchAll(MOJIBAKE)) {
    const repaired = repair(match[0]);
    if (repaired !== undefined) found.push({ text: match[0], repaired, index: match.index });
  }
  return found;
}

function repair(text: string): string | undefined {
  const bytes: number[] = [];
  for (const character of text) {
    const code = character.codePointAt(0) as number;
    const byte = code <= 0xff ? code : WINDOWS_1252[code];
    if (byte === undefined) return undefined;
    bytes.push(byte);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
  } catch {
    return undefined;
  }
}

/** Mac Roman characters for the bytes 0x80–0x9F. */
const MAC_ROMAN_HIGH = 'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü';

/**
 * Guesses what a C1 control character (U+0080–U+009F) was before text in a single-byte
 * encoding was read as Latin-1: "é" for U+008E in Mac Roman, "Ž" in Windows-1252.
 */
export function guessSingleByte(code: number): string | undefined {
  if (code < 0x80 || code > 0x9f) return undefined;
  const macRoman = MAC_ROMAN_HIGH[code - 0x80] as string;
  const windows = Object.entries(WINDOWS_1252).find(([, byte]) => byte === code)?.[0];
  const options = [`"${macRoman}" in Mac Roman`];
  if (windows !== undefined) options.push(`"${String.fromCodePoint(Number(windows))}" in Windows-1252`);
  return options.join(' or ');
}
