/** Image type detection by content, since a file name can lie. */

export type ImageType = 'png' | 'svg';

export type SniffResult = { type: ImageType } | { other: string };

const SIGNATURES: { name: string; bytes: number[] }[] = [
  { name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'WebP', bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: 'BMP', bytes: [0x42, 0x4d] },
  { name: 'TIFF', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'TIFF', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'ICO', bytes: [0x00, 0x00, 0x01, 0x00] },
  { name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46] },
];

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** An XML prolog, comments and a doctype may come before the `<svg` root element. */
const SVG_START = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)\s*)*<(?:[A-Za-z_][\w.-]*:)?svg[\s>/]/;

const MEDIA_TYPES: Record<ImageType, string> = { png: 'image/png', svg: 'image/svg+xml' };

export function sniffImage(bytes: Uint8Array): SniffResult {
  if (startsWith(bytes, PNG_SIGNATURE)) return { type: 'png' };

  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  if (SVG_START.test(head)) return { type: 'svg' };

  for (const signature of SIGNATURES) {
    if (startsWith(bytes, signature.bytes)) return { other: signature.name };
  }
  return { other: bytes.length === 0 ? 'an empty file' : 'an unknown format' };
}

export function mediaType(type: ImageType): string {
  return MEDIA_TYPES[type];
}

export function dataUri(type: ImageType, bytes: Uint8Array): string {
  return `data:${MEDIA_TYPES[type]};base64,${Buffer.from(bytes).toString('base64')}`;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, index) => bytes[index] === byte);
}
