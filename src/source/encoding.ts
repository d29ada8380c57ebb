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
  // Node's TextDecoder covers UTF-16 and Windows-1252 (the WHATWG Encoding Standard's set).
  const text = new TextDecoder(encoding).decode(bytes);
  return { encoding, bom, text, utf8: new TextEncoder().encode(text) };
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
