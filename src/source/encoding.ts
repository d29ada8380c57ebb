/**
 * Works out how a sheet's bytes are encoded and converts them to UTF-8, so every reader
 * downstream deals with one encoding. A byte order mark decides UTF-8 or UTF-16 (what Excel
 * saves as "Unicode text"); without one, bytes that are not valid UTF-8 are read as
 * Windows-1252, the encoding Excel uses for "CSV" on Western European Windows.
 */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  encoding: TextEncoding;
  /** Whether the bytes started with a byte order mark. */
  bom: boolean;
  /** The text, without a byte order mark. */
  text: string;
  /** The same text as UTF-8 bytes, without a byte order mark. */
  utf8: Uint8Array;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, UTF8_BOM)) return fromUtf8(bytes.subarray(3), true);
  if (startsWith(bytes, [0xff, 0xfe])) return converted('utf-16le', bytes.subarray(2), true);
  if (startsWith(bytes, [0xfe, 0xff])) return converted('utf-16be', bytes.subarray(2), true);
  if (isValidUtf8(bytes)) return fromUtf8(bytes, false);
  return converted('windows-1252', bytes, false);
}

/**
 * Tells UTF-16 text saved without a byte order mark, which `decodeText` would read as UTF-8
 * with a NUL byte after or before every ASCII character. It looks at the first 512 bytes:
 * at least 8, and NUL in at least 3 of every 4 bytes on one side and in none on the other.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, 512) & ~1);
  if (sample.length < 8) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let index = 0; index < sample.length; index += 2) {
    if (sample[index] === 0) evenNul++;
    if (sample[index + 1] === 0) oddNul++;
  }
  const pairs = sample.length / 2;
  if (oddNul >= pairs * 0.75 && evenNul === 0) return 'utf-16le';
  if (evenNul >= pairs * 0.75 && oddNul === 0) return 'utf-16be';
  return undefined;
}

/** A name for messages: `UTF-16 LE`, `Windows-1252`. */
export function encodingLabel(encoding: TextEncoding): string {
  switch (encoding) {
    case 'utf-16le':
      return 'UTF-16 LE';
    case 'utf-16be':
      return 'UTF-16 BE';
    case 'windows-1252':
      return 'Windows-1252';
    default:
      return 'UTF-8';
  }
}

function fromUtf8(bytes: Uint8Array, bom: boolean): DecodedText {
  return { encoding: 'utf-8', bom, text: new TextDecoder('utf-8').decode(bytes), utf8: bytes };
}

function converted(encoding: TextEncoding, bytes: Uint8Array, bom: boolean): DecodedText {
  const text = encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
  return { encoding, bom, text, utf8: new TextEncoder().encode(text) };
}

/**
 * The characters Windows-1252 puts at 0x80–0x9F, where ISO-8859-1 has control codes. The
 * five bytes Windows-1252 leaves undefined keep their ISO-8859-1 meaning, as the WHATWG
 * Encoding Standard says.
 */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Decodes Windows-1252 by hand: Node 20's TextDecoder accepts the label but decodes
 * ISO-8859-1, which turns curly quotes, dashes and the euro sign into invisible control codes.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (character) => WINDOWS_1252_HIGH[character.charCodeAt(0) - 0x80] as string);
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}
