/**
 * Turns the statements of one language into the terms they are compared by. The terms are the
 * words without stop words or a leading "By the end of the module," (English), with British
 * spellings folded (English), stemmed, and with synonyms and acronym expansions replaced by
 * one key. Each term comes once, in the order the statement first uses it.
 */
import { learnAcronyms, type ContentWord } from './acronyms.js';
import { stripLeadingFrame } from './frames.js';
import { languageTools, type LanguageTools } from './language.js';
import { PhraseMatcher } from './phrases.js';
import { tokenize } from './tokens.js';

export interface Term {
  /** The stem, acronym or synonym group key that terms are matched by. */
  key: string;
  /** The words as the statement writes them, for messages. */
  display: string;
}

export interface AnalyzerOptions {
  /** Groups of words or phrases that mean the same; each group compares as one term. */
  synonyms: readonly (readonly string[])[];
  /** Words that never count, in addition to the language's stop words. */
  ignoreWords: readonly string[];
  /** Whether acronyms are matched with their expansions found in the same repository. */
  acronyms: boolean;
}

interface Word extends ContentWord {
  display: string;
}

export function analyzeStatements(texts: readonly string[], language: string, options: AnalyzerOptions): Term[][] {
  const tools = languageTools(language);
  const ignored = new Set(options.ignoreWords.flatMap((word) => keyVariants(word, tools).flat()));
  const statements = texts.map((text) =>
    contentWords(tools.english ? stripLeadingFrame(text) : text, tools).filter((word) => !ignored.has(word.key)),
  );

  const matcher = new PhraseMatcher();
  for (const group of options.synonyms) addSynonymGroup(matcher, group, tools);
  if (options.acronyms) {
    for (const { acronym, phrase } of learnAcronyms(statements)) matcher.add(phrase, acronym);
  }

  return statements.map((words) => termsOf(words, matcher));
}

/** Returns the words of a text that count, each with the key it is compared by. */
function contentWords(text: string, tools: LanguageTools): Word[] {
  const words: Word[] = [];
  for (const token of tokenize(text, tools.code)) {
    if (!token.acronym && tools.isStopWord(token.word)) continue;
    const key = token.acronym ? token.word : tools.keyOf(token.word);
    words.push({ word: token.word, key, acronym: token.acronym, display: token.acronym ? token.text : token.word });
  }
  return words;
}

/**
 * The keys a word or phrase from the config can take in a statement: as written, and with its
 * acronyms as ordinary words, since "AWS" in the config must also match "aws" in a statement.
 */
function keyVariants(phrase: string, tools: LanguageTools): string[][] {
  const words = contentWords(phrase, tools);
  const asWritten = words.map((word) => word.key);
  const lowered = words.map((word) => (word.acronym ? tools.keyOf(word.word) : word.key));
  return asWritten.join(' ') === lowered.join(' ') ? [asWritten] : [asWritten, lowered];
}

/** Adds a synonym group: every phrase of it is replaced by the first phrase's keys, so all compare as one term. */
function addSynonymGroup(matcher: PhraseMatcher, group: readonly string[], tools: LanguageTools): void {
  const phrases = group.map((phrase) => keyVariants(phrase, tools)).filter((variants) => (variants[0] ?? []).length > 0);
  const canonical = phrases[0]?.[0]?.join(' ');
  if (canonical === undefined) return;
  for (const variants of phrases) {
    for (const keys of variants) matcher.add(keys, canonical);
  }
}

function termsOf(words: readonly Word[], matcher: PhraseMatcher): Term[] {
  const terms: Term[] = [];
  const seen = new Set<string>();
  const push = (key: string, display: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    terms.push({ key, display });
  };

  let next = 0;
  for (const match of matcher.matches(words.map((word) => word.key))) {
    for (const word of words.slice(next, match.start)) push(word.key, word.display);
    push(match.replacement, words.slice(match.start, match.end).map((word) => word.display).join(' '));
    next = match.end;
  }
  for (const word of words.slice(next)) push(word.key, word.display);
  return terms;
}
