/**
 * Reads a competency statement the way the wording rules need it: the leading frame removed,
 * the action verb found and looked up, vague phrases recognised, further actions listed.
 * Shared by measurable-verb, bloom-level, broad-competency and compound-competency so that
 * they agree on what the verb is.
 */
import type { Config } from '../config/types.js';
import { isLeadingAdverb, stripFrames } from './lexicon/frames.js';
import { matchVaguePhrase } from './lexicon/vague.js';
import { verbBase } from './lexicon/verbs.js';

export interface StatementAnalysis {
  /** The statement after the leading frame, lower case, quotes and spaces normalised. */
  rest: string;
  /** The words of `rest`. */
  words: string[];
  /** The word where the action verb is expected, as written in lower case. */
  leadWord?: string;
  /** Its base form when it is a verb of the lexicon. */
  verb?: string;
  vague?: { phrase: string; suggestions: readonly string[] };
}

export function analyseStatement(statement: string, extraVerbs: ReadonlySet<string> = new Set()): StatementAnalysis {
  const normalised = statement
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u00a0\u2007\u202f\s]+/g, ' ')
    .trim();
  const { rest } = stripFrames(normalised);
  const words = wordsOf(rest);

  const vague = matchVaguePhrase(rest);
  if (vague !== undefined) return { rest, words, leadWord: words[0] ?? '', vague };

  let index = 0;
  while (index < words.length - 1 && isLeadingAdverb(words[index] as string)) index++;
  const leadWord = words[index];
  if (leadWord === undefined) return { rest, words };
  const verb = verbBase(leadWord, extraVerbs);
  return { rest, words, leadWord, ...(verb === undefined ? {} : { verb }) };
}

export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? [];
}

/** Whether the statement is written in English: its own language, else the config's. */
export function isEnglish(language: string | undefined, configLanguage: string): boolean {
  const tag = (language ?? configLanguage).toLowerCase();
  return tag === 'en' || tag.startsWith('en-');
}

const extraVerbCache = new WeakMap<Config, ReadonlySet<string>>();

/** The config's `vocabulary.verbs`, in lower case: observable verbs of a field that the lexicon lacks. */
export function extraVerbs(config: Config): ReadonlySet<string> {
  let verbs = extraVerbCache.get(config);
  if (verbs === undefined) {
    verbs = new Set(config.vocabulary.verbs.map((verb) => verb.toLowerCase()));
    extraVerbCache.set(config, verbs);
  }
  return verbs;
}
