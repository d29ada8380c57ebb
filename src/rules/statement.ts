/**
 * Reads a competency statement the way the wording rules need it: the leading frame removed,
 * the action verb found and looked up, vague phrases recognised, further actions listed.
 * Shared by measurable-verb, bloom-level, broad-competency and compound-competency so that
 * they agree on what the verb is.
 */
import type { Config } from '../config/types.js';
import { frameStages, isClearlyNotVerb, isLeadingAdverb, isNounLike, isVerbByPosition } from './lexicon/frames.js';
import { matchVaguePhrase, type VagueKind } from './lexicon/vague.js';
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
  /**
   * Whether the lead word acts as a verb: a verb of the lexicon, or a word the lexicon lacks
   * that an article or possessive follows ("Balance the hydraulics…", "Sequence the genome").
   */
  leadIsVerb: boolean;
  vague?: { phrase: string; suggestions: readonly string[]; kind: VagueKind };
}

const NO_EXTRA_VERBS: ReadonlySet<string> = new Set();
const analysisCache = new WeakMap<ReadonlySet<string>, Map<string, StatementAnalysis>>();

/**
 * Analyses a statement once per set of extra verbs: four rules ask about the same statements,
 * and large frameworks repeat statements across grades.
 */
export function analyseStatement(statement: string, extraVerbs: ReadonlySet<string> = NO_EXTRA_VERBS): StatementAnalysis {
  let cache = analysisCache.get(extraVerbs);
  if (cache === undefined) {
    cache = new Map();
    analysisCache.set(extraVerbs, cache);
  }
  let analysis = cache.get(statement);
  if (analysis === undefined) {
    analysis = analyse(statement, extraVerbs);
    cache.set(statement, analysis);
  }
  return analysis;
}

function analyse(statement: string, extraVerbs: ReadonlySet<string>): StatementAnalysis {
  const normalised = statement
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u00a0\u2007\u202f\s]+/g, ' ')
    .trim();
  const stages = frameStages(normalised);
  const rest = stages[stages.length - 1] as string;
  const words = wordsOf(rest);

  // The earliest stage wins, so "is familiar with" keeps the "is" that a frame would remove.
  for (const stage of stages) {
    const vague = matchVaguePhrase(stage);
    if (vague !== undefined) return { rest: stage, words: wordsOf(stage), leadWord: wordsOf(stage)[0] ?? '', leadIsVerb: true, vague };
  }

  let index = 0;
  while (index < words.length - 1 && isLeadingAdverb(words[index] as string)) index++;
  const leadWord = words[index];
  if (leadWord === undefined) return { rest, words, leadIsVerb: false };
  const verb = verbBase(leadWord, extraVerbs);
  if (verb !== undefined) return { rest, words, leadWord, verb, leadIsVerb: true };
  return { rest, words, leadWord, leadIsVerb: isVerbByPosition(leadWord, words[index + 1]) };
}

export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? [];
}

/** Returns whether a definition is in English, by its own language or else the config's. */
export function isEnglish(language: string | undefined, configLanguage: string): boolean {
  const tag = (language ?? configLanguage).toLowerCase();
  return tag === 'en' || tag.startsWith('en-');
}

const extraVerbCache = new WeakMap<Config, ReadonlySet<string>>();

/** Returns the config's `vocabulary.verbs` in lower case: observable verbs of a field that the lexicon lacks. */
export function extraVerbs(config: Config): ReadonlySet<string> {
  let verbs = extraVerbCache.get(config);
  if (verbs === undefined) {
    verbs = new Set(config.vocabulary.verbs.map((verb) => verb.toLowerCase()));
    extraVerbCache.set(config, verbs);
  }
  return verbs;
}

/**
 * Returns whether a statement without a recognised verb reads as a topic: up to three words,
 * or up to `maxWords` when its first word cannot be a verb ("Key Ideas and Details") or its
 * second is a noun by its ending ("Project management"). A lone gerund is a topic too.
 */
export function isTopic(analysis: StatementAnalysis, maxWords: number): boolean {
  if (analysis.vague !== undefined || analysis.words.length === 0) return false;
  // A lone gerund ("Reading", "Writing") is a heading, not an action.
  if (analysis.words.length === 1 && analysis.words[0]?.endsWith('ing')) return true;
  if (analysis.leadIsVerb) return false;
  if (analysis.words.length <= Math.min(3, maxWords)) return true;
  const [first = '', second = ''] = analysis.words;
  return analysis.words.length <= maxWords && (isClearlyNotVerb(first) || isNounLike(second));
}
