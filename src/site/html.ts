/**
 * HTML built so that no value from the definitions can become markup. The `html` template
 * escapes every interpolated value unless it is already `Html`. `Html` is only made by this
 * template, by the Markdown renderer, or by `trustedHtml` for markup that badgemap writes
 * itself (its style sheet, Graphviz's SVG).
 */

export class Html {
  constructor(readonly text: string) {}

  toString(): string {
    return this.text;
  }
}

export type HtmlValue = Html | string | number | undefined | null | false | readonly HtmlValue[];

/** Escapes the five characters that can end text or an attribute value, so both contexts are safe. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] as string);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Builds HTML from a template, escaping each value unless it is `Html` or a list of `Html`. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let text = strings[0] ?? '';
  values.forEach((value, index) => {
    text += render(value) + (strings[index + 1] ?? '');
  });
  return new Html(text);
}

/** Markup that badgemap wrote itself or received from a renderer that escapes. Never pass definition text. */
export function trustedHtml(text: string): Html {
  return new Html(text);
}

/** Joins parts with a separator, escaping those that are not `Html`. */
export function joinHtml(parts: readonly HtmlValue[], separator: string): Html {
  return new Html(parts.map(render).filter((part) => part !== '').join(escapeHtml(separator)));
}

function render(value: HtmlValue): string {
  if (value === undefined || value === null || value === false) return '';
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/**
 * Checks a URL for `href` or `src`: http, https and mailto URLs and relative ones pass.
 * Anything else, such as `javascript:` or `data:`, gives `undefined`, so the caller shows text.
 */
export function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  // Browsers drop tabs and line breaks inside a URL and read `\` as `/`, so neither may hide a
  // scheme or make a protocol-relative URL, not even percent-encoded.
  const compact = percentDecoded(url).replace(/[\u0000-\u0020\u007f]+/g, '').replace(/\\/g, '/').toLowerCase();
  if (/^(https?|mailto):/.test(compact)) return url.trim();
  return /^[a-z][a-z0-9+.-]*:/.test(compact) || compact.startsWith('//') ? undefined : url.trim();
}

function percentDecoded(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}
