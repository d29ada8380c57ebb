/**
 * Splits a statement into words, keeping what a comparison of competencies needs: the word as
 * written (for messages and acronyms), its lower-case form, and whether it is an acronym.
 */
import { UNSPACED_LANGUAGES } from './language.js';

export interface Token {
  /** The word as written, after Unicode NFKC normalisation. */
  text: string;
  /** The lower-case form; for an acronym, without a plural "s" ("APIs" gives "api"). */
  word: string;
  /** All capitals, such as SQL, CPR or HL7, in a statement that is not written in capitals throughout. */
  acronym: boolean;
}

/**
 * A word: a decimal number such as 2.1 whole, else letters, marks and digits, with `++` or `#`
 * kept after it so that C, C++ and C# stay three languages. Apostrophes and hyphens end a word.
 */
const WORD = /\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{M}\p{N}]+(?:\+\+|#(?![\p{L}\p{N}]))?/gu;

/** Letters of scripts written without spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Unspaced scripts all lie above U+2E80; a cheap test before the script test. */
const HIGH_CODE_POINT = /[\u2e80-\uffff]/;

const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]*\p{Lu}[\p{Lu}\p{N}]*s?$|^\p{Lu}\p{N}+$/u;

export function tokenize(statement: string, language: string): Token[] {
  let text = normalizeUnicode(statement);
  // Most statements have neither, and the rewrites below are the costly part of tokenising.
  if (text.includes('-')) text = joinSingleLetterCompounds(text);
  if (/['’‘`]/.test(text)) text = expandContractions(text.replace(/[’‘`]/g, "'"));
  const words = text.match(WORD) ?? [];
  const capitalised = mostlyCapitals(words);
  const tokens: Token[] = [];

  for (const written of words) {
    if (UNSPACED_LANGUAGES.has(language) || (HIGH_CODE_POINT.test(written) && UNSPACED.test(written))) {
      tokens.push(...characterPairs(written));
      continue;
    }

    const acronym = !capitalised && ACRONYM.test(written);
    const word = acronym ? written.replace(/s$/, '').toLowerCase() : written.toLowerCase();
    // A lone lower-case letter is what is left of "l'apprenant" or "patient's"; a capital
    // one ("C", "R", "Part B") names something.
    if (isOneCharacter(word) && !/^[\p{Lu}\p{N}]$/u.test(written)) continue;
    tokens.push({ text: written, word, acronym: acronym || isLetterName(written) });
  }
  return tokens;
}

/** Tells whether a word is one code point, without splitting every word into an array. */
function isOneCharacter(word: string): boolean {
  return word.length === 1 || (word.length === 2 && (word.codePointAt(0) as number) > 0xffff);
}

/** NFKC normalisation; ASCII text is already normal, and most statements are ASCII. */
export function normalizeUnicode(text: string): string {
  return /^[\x00-\x7f]*$/.test(text) ? text : text.normalize('NFKC');
}

/** Tells whether a word is a lone capital such as the C of "C programming" or the B of "Plan B". A and I are English words. */
function isLetterName(written: string): boolean {
  return written.length === 1 && written !== 'A' && written !== 'I' && /^\p{Lu}$/u.test(written);
}

/** e-mail → email, x-ray → xray, T-shirt → Tshirt: a one-letter part is no word on its own. */
function joinSingleLetterCompounds(text: string): string {
  return text.replace(/(?<![\p{L}\p{N}])(\p{L})-(?=\p{L})/gu, '$1').replace(/(?<=\p{L})-(\p{L})(?![\p{L}\p{N}])/gu, '$1');
}

/** can't → can not, won't → will not, doesn't → does not: the "not" must survive. */
function expandContractions(text: string): string {
  return text
    .replace(/\bcan't\b/gi, 'can not')
    .replace(/\bwon't\b/gi, 'will not')
    .replace(/n't\b/gi, ' not');
}

/** Tells whether a statement is written in capitals throughout, so that it has no acronyms to tell apart. */
function mostlyCapitals(words: readonly string[]): boolean {
  const long = words.filter((word) => /\p{L}{2}/u.test(word));
  const capitals = long.filter((word) => word === word.toUpperCase() && word !== word.toLowerCase());
  return long.length >= 3 && capitals.length * 2 > long.length;
}

/** Overlapping pairs of characters, the usual way to compare text without word boundaries. */
function characterPairs(run: string): Token[] {
  const characters = [...run.toLowerCase()];
  if (characters.length === 1) return [{ text: run, word: run.toLowerCase(), acronym: false }];
  const pairs: Token[] = [];
  for (let index = 0; index + 1 < characters.length; index++) {
    const pair = `${characters[index]}${characters[index + 1]}`;
    pairs.push({ text: pair, word: pair, acronym: false });
  }
  return pairs;
}
