/** Decodes UTF-8 bytes, dropping a byte order mark; invalid bytes become U+FFFD. */
export function decodeUtf8(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Splits text into lines on LF, CRLF or CR, without the line breaks and without the empty line after a final break. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** `1 error`, `2 errors`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** Joins names as `a, b and c`. */
export function listNames(names: readonly string[], conjunction = 'and'): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${conjunction} ${names[names.length - 1]}`;
}

/** Formats a share from 0 to 1 as a percentage, `42.5%`, or `–` when there is none. */
export function formatPercent(share: number | null, decimals = 1): string {
  return share === null ? '–' : `${(share * 100).toFixed(decimals)}%`;
}

/** Upper-cases the first character: `quarter` becomes `Quarter`. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
