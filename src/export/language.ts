/**
 * Open Badges 3.0 `inLanguage` takes a BCP 47 tag of a language, an optional script and an
 * optional region, each in its conventional case (`en`, `en-GB`, `zh-Hant-TW`). Tags of that
 * shape are normalised to that case; other tags (variants, extensions, private use) cannot
 * be written.
 */
import { LANGUAGE_PATTERN } from '../openbadges/ob3/vocabulary.js';

const ACCEPTED = new RegExp(LANGUAGE_PATTERN);

/** The tag in the case 3.0 requires, or `undefined` when its shape cannot match. */
export function ob3Language(tag: string): string | undefined {
  const [language = '', ...rest] = tag.trim().split(/[-_]/);
  const parts = [language.toLowerCase()];
  for (const subtag of rest) {
    if (/^[A-Za-z]{4}$/.test(subtag)) parts.push(subtag.charAt(0).toUpperCase() + subtag.slice(1).toLowerCase());
    else parts.push(subtag.toUpperCase());
  }
  const normalised = parts.join('-');
  return ACCEPTED.test(normalised) ? normalised : undefined;
}
