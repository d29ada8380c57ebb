import { describe, expect, it } from 'vitest';

import { decodeUnicode, detectUnicodeEncoding, type UnicodeEncoding } from '../../src/util/unicode.js';

const TEXT = 'id: café 😀\n';

function utf32(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const codePoints = [...(bom ? '\ufeff' : ''), ...text].map((character) => character.codePointAt(0) as number);
  const bytes = new Uint8Array(codePoints.length * 4);
  const view = new DataView(bytes.buffer);
  codePoints.forEach((codePoint, index) => view.setUint32(index * 4, codePoint, littleEndian));
  return bytes;
}

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const full = (bom ? '\ufeff' : '') + text;
  const bytes = new Uint8Array(full.length * 2);
  const view = new DataView(bytes.buffer);
  for (let index = 0; index < full.length; index++) view.setUint16(index * 2, full.charCodeAt(index), littleEndian);
  return bytes;
}

const CASES: [UnicodeEncoding, boolean, Uint8Array][] = [
  ['UTF-8', true, new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)])],
  ['UTF-8', false, new TextEncoder().encode(TEXT)],
  ['UTF-16 LE', true, utf16(TEXT, true, true)],
  ['UTF-16 BE', true, utf16(TEXT, false, true)],
  ['UTF-16 LE', false, utf16(TEXT, true, false)],
  ['UTF-16 BE', false, utf16(TEXT, false, false)],
  ['UTF-32 LE', true, utf32(TEXT, true, true)],
  ['UTF-32 BE', true, utf32(TEXT, false, true)],
  ['UTF-32 LE', false, utf32(TEXT, true, false)],
  ['UTF-32 BE', false, utf32(TEXT, false, false)],
];

describe('decodeUnicode', () => {
  it.each(CASES)('reads %s (byte order mark: %s)', (encoding, bom, bytes) => {
    expect(detectUnicodeEncoding(bytes).encoding).toBe(encoding);
    expect(decodeUnicode(bytes)).toBe(TEXT);
  });

  it('replaces an invalid UTF-32 code point', () => {
    expect(decodeUnicode(new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0, 0, 0, 0x11, 0]))).toBe('A\ufffd');
  });

  it('reads an empty file as empty text', () => {
    expect(decodeUnicode(new Uint8Array())).toBe('');
  });
});
