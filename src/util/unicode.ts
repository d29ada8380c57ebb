/**
 * Reads text in any of the encodings YAML 1.2 requires a parser to accept (section 5.2):
 * UTF-8, UTF-16 and UTF-32, either byte order, with or without a byte order mark.
 */

export type UnicodeEncoding = 'UTF-8' | 'UTF-16 LE' | 'UTF-16 BE' | 'UTF-32 LE' | 'UTF-32 BE';

export interface DetectedEncoding {
  encoding: UnicodeEncoding;
  /** Bytes of byte order mark to skip; 0 when there is none. */
  bomLength: number;
}

/**
 * Detects the encoding as YAML 1.2 does: by the byte order mark, else by the zero bytes of
 * the first character, which YAML 1.2 assumes is ASCII. Anything else is UTF-8.
 */
export function detectUnicodeEncoding(bytes: Uint8Array): DetectedEncoding {
  const [b0, b1, b2, b3] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (b0 === 0x00 && b1 === 0x00 && b2 === 0xfe && b3 === 0xff) return { encoding: 'UTF-32 BE', bomLength: 4 };
  if (b0 === 0xff && b1 === 0xfe && b2 === 0x00 && b3 === 0x00) return { encoding: 'UTF-32 LE', bomLength: 4 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'UTF-16 BE', bomLength: 2 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'UTF-16 LE', bomLength: 2 };
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'UTF-8', bomLength: 3 };
  if (bytes.length >= 4 && b0 === 0x00 && b1 === 0x00 && b2 === 0x00 && b3 !== 0x00) return { encoding: 'UTF-32 BE', bomLength: 0 };
  if (bytes.length >= 4 && b0 !== 0x00 && b1 === 0x00 && b2 === 0x00 && b3 === 0x00) return { encoding: 'UTF-32 LE', bomLength: 0 };
  if (bytes.length >= 2 && b0 === 0x00 && b1 !== 0x00) return { encoding: 'UTF-16 BE', bomLength: 0 };
  if (bytes.length >= 2 && b0 !== 0x00 && b1 === 0x00) return { encoding: 'UTF-16 LE', bomLength: 0 };
  return { encoding: 'UTF-8', bomLength: 0 };
}

/** Decodes text in a detected encoding, without its byte order mark; invalid bytes become U+FFFD. */
export function decodeUnicode(bytes: Uint8Array, detected: DetectedEncoding = detectUnicodeEncoding(bytes)): string {
  const body = bytes.subarray(detected.bomLength);
  switch (detected.encoding) {
    case 'UTF-16 LE':
      return new TextDecoder('utf-16le').decode(body);
    case 'UTF-16 BE':
      return new TextDecoder('utf-16be').decode(body);
    case 'UTF-32 LE':
      return decodeUtf32(body, true);
    case 'UTF-32 BE':
      return decodeUtf32(body, false);
    default:
      return new TextDecoder('utf-8').decode(body);
  }
}

/** Decodes UTF-32 by hand, because TextDecoder does not support it. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const characters: string[] = [];
  for (let offset = 0; offset + 4 <= bytes.byteLength; offset += 4) {
    const codePoint = view.getUint32(offset, littleEndian);
    const valid = codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff);
    characters.push(valid ? String.fromCodePoint(codePoint) : '\ufffd');
  }
  // A final one to three bytes cannot form a character.
  if (bytes.byteLength % 4 !== 0) characters.push('\ufffd');
  return characters.join('');
}
