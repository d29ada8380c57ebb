/**
 * The facts about a language that statement comparison needs: a Snowball stemmer and a list
 * of stop words where one exists, and whether British spellings are folded (English).
 */
import { createRequire } from 'node:module';

import type * as Snowball from 'snowball-stemmers';

import { foldBritishSpelling } from './spelling.js';

// Both packages are large CommonJS files (0.9 MB and 0.2 MB). They are loaded on first use,
// so that commands and repositories that compare no statements do not pay for them.
const require = createRequire(import.meta.url);
let snowball: typeof Snowball | undefined;
let stopwordLists: Record<string, unknown> | undefined;

export interface LanguageTools {
  /** The primary subtag of the BCP 47 tag, lower-cased: `en` for `en-GB`. */
  code: string;
  /** Whether the English-only steps apply: British spelling folded to American. */
  english: boolean;
  /** Whether a Snowball stemmer exists for the language; without one, words are compared whole. */
  stemmed: boolean;
  /** The key a lower-case word is compared by: folded to American spelling (English), then stemmed. */
  keyOf(word: string): string;
  isStopWord(word: string): boolean;
}

/** Primary subtag → Snowball algorithm, for every language snowball-stemmers 0.6 implements. */
const SNOWBALL: Record<string, string> = {
  ar: 'arabic',
  ca: 'catalan',
  cs: 'czech',
  da: 'danish',
  de: 'german',
  en: 'english',
  es: 'spanish',
  eu: 'basque',
  fi: 'finnish',
  fr: 'french',
  ga: 'irish',
  hu: 'hungarian',
  hy: 'armenian',
  it: 'italian',
  nb: 'norwegian',
  nl: 'dutch',
  nn: 'norwegian',
  no: 'norwegian',
  pt: 'portuguese',
  ro: 'romanian',
  ru: 'russian',
  sl: 'slovene',
  sv: 'swedish',
  ta: 'tamil',
  tr: 'turkish',
};

/** Primary subtag → the ISO 639-3 name of its list in the stopword package. */
const STOP_WORD_LISTS: Record<string, string> = {
  af: 'afr', ar: 'ara', bg: 'bul', bn: 'ben', br: 'bre', ca: 'cat', cs: 'ces', da: 'dan',
  de: 'deu', el: 'ell', eo: 'epo', es: 'spa', et: 'est', eu: 'eus', fa: 'fas', fi: 'fin',
  fr: 'fra', ga: 'gle', gl: 'glg', gu: 'guj', ha: 'hau', he: 'heb', hi: 'hin', hr: 'hrv',
  hu: 'hun', hy: 'hye', id: 'ind', it: 'ita', ko: 'kor', ku: 'kur', la: 'lat', lt: 'lit',
  lv: 'lav', mr: 'mar', ms: 'msa', my: 'mya', nb: 'nob', nl: 'nld', nn: 'nob', no: 'nob',
  pa: 'panGu', pl: 'pol', pt: 'por', ro: 'ron', ru: 'rus', sk: 'slk', sl: 'slv', so: 'som',
  st: 'sot', sv: 'swe', sw: 'swa', tl: 'tgl', tr: 'tur', uk: 'ukr', ur: 'urd', vi: 'vie',
  yo: 'yor', zu: 'zul',
};

/**
 * English function words, plus the frames that competency statements open with ("The learner
 * will be able to", "Students can"). Negations (not, no, never, without) are kept, because
 * they reverse a statement's meaning. The stopword package's English list drops some of them
 * and also drops verbs such as "make" and "take", so badgemap keeps its own list.
 */
const ENGLISH_STOP_WORDS = new Set(
  `a about above across after against all along also am among an and any are as at be because
  been before being below between both but by can could did do does doing done during each either every
  etc for from had has have having he her here hers him his how i if in including into is it its
  itself may me might more most must my neither nor of on once onto or other others our ours
  out over own per shall she should so some such than that the their theirs them then there these
  they this those through throughout thus to too toward towards under until upon us using via
  was we were what when where whether which while who whom whose will with within would yet you
  your yours able ability learner learners student students participant participants candidate
  candidates trainee trainees apprentice apprentices successfully effectively appropriately`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

/**
 * Negations in the languages the stopword package covers: kept as words, because "sans
 * spécialisation" and "avec spécialisation" are opposites, not duplicates.
 */
const NEGATIONS = new Set(
  `not no never without nor sans ne pas non ni jamais aucun aucune sin nunca ningún ninguna ohne nicht
  kein keine keinen nie senza mai nessuno sem não nenhum zonder niet geen nooit utan inte ingen aldrig
  uden ikke ingen aldri ilman ei bez nie nigdy без не нет ни никогда`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

/** Languages written without spaces between words; their text is compared in character pairs. */
export const UNSPACED_LANGUAGES = new Set(['ja', 'lo', 'km', 'my', 'th', 'zh']);

const cache = new Map<string, LanguageTools>();

/** Returns the tools for a BCP 47 tag such as `en`, `en-GB` or `fr`; tags are matched by primary subtag. */
export function languageTools(tag: string): LanguageTools {
  const code = primarySubtag(tag);
  let tools = cache.get(code);
  if (tools === undefined) {
    tools = buildTools(code);
    cache.set(code, tools);
  }
  return tools;
}

export function primarySubtag(tag: string): string {
  return (tag.trim().toLowerCase().split(/[-_]/)[0] ?? '') || 'und';
}

function buildTools(code: string): LanguageTools {
  const algorithm = SNOWBALL[code];
  if (algorithm !== undefined) snowball ??= require('snowball-stemmers') as typeof Snowball;
  const stemmer = algorithm === undefined ? undefined : snowball?.newStemmer(algorithm);
  const english = code === 'en';
  const keys = new Map<string, string>();
  const stopWords = english ? ENGLISH_STOP_WORDS : stopWordsOf(code);

  return {
    code,
    english,
    stemmed: stemmer !== undefined,
    keyOf(word) {
      // Repositories repeat words far more than they vary them, so each word is worked out once.
      let key = keys.get(word);
      if (key === undefined) {
        const folded = english ? foldBritishSpelling(word) : word;
        key = stemmer === undefined ? folded : stemmer.stem(folded);
        keys.set(word, key);
      }
      return key;
    },
    isStopWord: (word) => stopWords.has(word),
  };
}

function stopWordsOf(code: string): Set<string> {
  const name = STOP_WORD_LISTS[code];
  if (name === undefined) return new Set();
  stopwordLists ??= require('stopword') as Record<string, unknown>;
  const list = stopwordLists[name];
  const words = Array.isArray(list) ? list.map((word: string) => word.normalize('NFKC').toLowerCase()) : [];
  return new Set(words.filter((word) => !NEGATIONS.has(word)));
}
