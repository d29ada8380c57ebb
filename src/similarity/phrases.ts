/**
 * Replaces phrases in a sequence of word keys by one key, longest match first: a synonym
 * group's phrases by the group's key, an acronym's expansion by the acronym.
 */

interface TrieNode {
  children: Map<string, TrieNode>;
  /** The key a phrase ending here is replaced by. */
  replacement?: string;
}

export interface PhraseMatch {
  start: number;
  /** One past the last word of the phrase. */
  end: number;
  replacement: string;
}

export class PhraseMatcher {
  private readonly root: TrieNode = { children: new Map() };
  private size = 0;

  /** Adds a phrase; the first replacement given for a phrase wins. */
  add(words: readonly string[], replacement: string): void {
    if (words.length === 0) return;
    let node = this.root;
    for (const word of words) {
      let child = node.children.get(word);
      if (child === undefined) {
        child = { children: new Map() };
        node.children.set(word, child);
      }
      node = child;
    }
    if (node.replacement === undefined) {
      node.replacement = replacement;
      this.size++;
    }
  }

  get isEmpty(): boolean {
    return this.size === 0;
  }

  /** The phrases found in `words`, left to right, none overlapping, each the longest at its start. */
  matches(words: readonly string[]): PhraseMatch[] {
    const found: PhraseMatch[] = [];
    if (this.isEmpty) return found;

    let start = 0;
    while (start < words.length) {
      const match = this.longestAt(words, start);
      if (match === undefined) {
        start++;
        continue;
      }
      found.push(match);
      start = match.end;
    }
    return found;
  }

  private longestAt(words: readonly string[], start: number): PhraseMatch | undefined {
    let node: TrieNode | undefined = this.root;
    let best: PhraseMatch | undefined;
    for (let index = start; index < words.length; index++) {
      node = node.children.get(words[index] as string);
      if (node === undefined) break;
      if (node.replacement !== undefined) best = { start, end: index + 1, replacement: node.replacement };
    }
    return best;
  }
}
