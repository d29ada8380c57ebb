/**
 * Learns which acronyms of a repository stand for which phrases, so that "Performs CPR" and
 * "Performs cardiopulmonary resuscitation" share a word.
 *
 * An expansion is a run of words whose initials spell an acronym that some statement of the
 * same repository uses. Where a statement writes a phrase right before the acronym
 * ("structured query language (SQL)"), only such phrases count for that acronym. Otherwise
 * every phrase that spells an acronym of three or more letters counts: a phrase that spells
 * it by chance ("author's purpose in an informational text" spells API) only makes its
 * statement share a term with statements using the acronym, which matters only when the rest
 * of the two statements matches too. Two-letter acronyms need the written-before form, since
 * too many word pairs spell them by chance. Stop words are skipped before matching, so
 * "information and communication technology" spells ICT.
 */
import { compareText } from '../finding.js';

export interface ContentWord {
  /** The lower-case word. */
  word: string;
  /** The key it is compared by (its stem). */
  key: string;
  acronym: boolean;
}

export interface AcronymExpansion {
  acronym: string;
  /** The keys of the phrase's words. */
  phrase: string[];
}

const MAX_LETTERS = 8;

interface LetterNode {
  children: Map<string, LetterNode>;
  acronym?: string;
}

interface Candidates {
  phrases: Map<string, string[]>;
  defined: Map<string, string[]>;
}

export function learnAcronyms(statements: readonly (readonly ContentWord[])[]): AcronymExpansion[] {
  const trie = acronymTrie(statements);
  if (trie.children.size === 0) return [];

  const candidates = new Map<string, Candidates>();
  for (const words of statements) collectExpansions(words, trie, candidates);

  const learned: AcronymExpansion[] = [];
  for (const [acronym, { phrases, defined }] of candidates) {
    const chosen = defined.size > 0 ? defined : acronym.length >= 3 ? phrases : new Map<string, string[]>();
    for (const phrase of chosen.values()) learned.push({ acronym, phrase });
  }
  return learned.sort((a, b) => compareText(a.acronym, b.acronym) || compareText(a.phrase.join(' '), b.phrase.join(' ')));
}

/** A trie over the letters of every acronym the statements use. */
function acronymTrie(statements: readonly (readonly ContentWord[])[]): LetterNode {
  const root: LetterNode = { children: new Map() };
  for (const words of statements) {
    for (const { word, acronym } of words) {
      if (!acronym || !/^\p{Ll}{2,}$/u.test(word) || word.length > MAX_LETTERS) continue;
      let node = root;
      for (const letter of word) {
        let child = node.children.get(letter);
        if (child === undefined) {
          child = { children: new Map() };
          node.children.set(letter, child);
        }
        node = child;
      }
      node.acronym = word;
    }
  }
  return root;
}

function collectExpansions(words: readonly ContentWord[], trie: LetterNode, candidates: Map<string, Candidates>): void {
  for (let start = 0; start < words.length; start++) {
    let node: LetterNode | undefined = trie;
    for (let end = start; end < words.length && end - start < MAX_LETTERS; end++) {
      const word = words[end] as ContentWord;
      if (word.acronym) break;
      node = node.children.get([...word.word][0] ?? '');
      if (node === undefined) break;
      if (node.acronym === undefined || end === start) continue;

      const phrase = words.slice(start, end + 1).map((part) => part.key);
      const entry = candidates.get(node.acronym) ?? { phrases: new Map(), defined: new Map() };
      candidates.set(node.acronym, entry);
      const key = phrase.join(' ');
      entry.phrases.set(key, phrase);
      const next = words[end + 1];
      if (next?.acronym === true && next.word === node.acronym) entry.defined.set(key, phrase);
    }
  }
}
