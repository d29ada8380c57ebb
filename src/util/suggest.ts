/**
 * "Did you mean" suggestions, by Damerau-Levenshtein distance (adjacent swaps count as one
 * edit) with letter case ignored.
 */

/** The edit distance between two strings, or `limit + 1` once it is sure to exceed `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;

  let previousRow: number[] = [];
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);

  for (let i = 1; i <= a.length; i++) {
    const nextRow = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((row[j] ?? 0) + 1, (nextRow[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (previousRow[j - 2] ?? 0) + 1);
      }
      nextRow.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    previousRow = row;
    row = nextRow;
  }

  return row[b.length] ?? 0;
}

/** How many edits a suggestion may be away: about a third of the word, at least one. */
export function suggestionLimit(word: string): number {
  return Math.max(1, Math.floor(word.length / 3));
}

/**
 * Returns the candidate closest to `word`, or `undefined` when none is close enough.
 * A candidate that equals the word up to letter case always wins. Ties go to the candidate
 * that sorts first, so the answer does not depend on the order of `candidates`.
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  const folded = word.toLowerCase();
  const limit = suggestionLimit(word);
  let best: string | undefined;
  let bestDistance = limit + 1;

  for (const candidate of candidates) {
    if (candidate === word) continue;
    const distance =
      candidate.toLowerCase() === folded ? 0 : editDistance(folded, candidate.toLowerCase(), limit);
    const better =
      distance < bestDistance ||
      (distance === bestDistance && best !== undefined && candidate < best);
    if (better) {
      best = candidate;
      bestDistance = distance;
    }
  }

  return bestDistance <= limit ? best : undefined;
}

/** ` Did you mean "x"?` or the empty string, to append to a message. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const match = closestMatch(word, candidates);
  return match === undefined ? '' : ` Did you mean "${match}"?`;
}

/** How many of the candidates sharing the most trigrams are compared by edit distance. */
const SHORTLIST_SIZE = 200;

/** A trigram found in more candidates than this (or a twentieth of them) is too common to count. */
const COMMON_TRIGRAM_FLOOR = 500;

/** Words this short may share no trigram with a candidate one edit away. */
const SHORT_WORD = 4;

/**
 * "Did you mean" over a large, fixed set of candidates, such as every competency id of a
 * repository. Comparing each unknown word with every candidate is quadratic, so candidates
 * are indexed by their letter trigrams and only those sharing the most trigrams with the word
 * are compared. Words of up to four letters can be one substitution away from a candidate
 * without sharing a trigram, so they are also compared with every candidate of about their
 * length.
 */
export class SuggestionIndex {
  private readonly byFolded = new Map<string, string>();
  private readonly byTrigram = new Map<string, number[]>();
  private readonly byLength = new Map<number, number[]>();
  private readonly candidates: string[];

  constructor(candidates: Iterable<string>) {
    this.candidates = [...new Set(candidates)].sort();
    this.candidates.forEach((candidate, index) => {
      const folded = candidate.toLowerCase();
      if (!this.byFolded.has(folded)) this.byFolded.set(folded, candidate);
      const sameLength = this.byLength.get(folded.length);
      if (sameLength === undefined) this.byLength.set(folded.length, [index]);
      else sameLength.push(index);
      for (const trigram of new Set(trigramsOf(folded))) {
        const list = this.byTrigram.get(trigram);
        if (list === undefined) this.byTrigram.set(trigram, [index]);
        else list.push(index);
      }
    });
  }

  /** ` Did you mean "x"?` or the empty string, as `didYouMean` gives it. */
  hint(word: string): string {
    const match = this.closest(word);
    return match === undefined ? '' : ` Did you mean "${match}"?`;
  }

  closest(word: string): string | undefined {
    const folded = word.toLowerCase();
    const sameLetters = this.byFolded.get(folded);
    if (sameLetters !== undefined && sameLetters !== word) return sameLetters;
    return closestMatch(word, this.shortlist(folded));
  }

  private shortlist(folded: string): string[] {
    // A trigram most candidates share (a common prefix such as "comp-") tells nothing apart
    // and would make every lookup walk every candidate, so only the rarer ones are counted.
    const common = Math.max(COMMON_TRIGRAM_FLOOR, this.candidates.length / 20);
    const postings = [...new Set(trigramsOf(folded))]
      .map((trigram) => this.byTrigram.get(trigram) ?? [])
      .filter((list) => list.length > 0)
      .sort((a, b) => a.length - b.length);
    const rare = postings.filter((list) => list.length <= common);
    const counted = rare.length > 0 ? rare : postings.slice(0, 1);

    const shared = new Map<number, number>();
    for (const list of counted) {
      for (const index of list) shared.set(index, (shared.get(index) ?? 0) + 1);
    }
    const shortlist = [...shared]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, SHORTLIST_SIZE)
      .map(([index]) => index);

    if (folded.length <= SHORT_WORD) {
      const limit = suggestionLimit(folded);
      for (let length = Math.max(0, folded.length - limit); length <= folded.length + limit; length++) {
        shortlist.push(...(this.byLength.get(length) ?? []));
      }
    }
    return [...new Set(shortlist)].map((index) => this.candidates[index] as string);
  }
}

function trigramsOf(folded: string): string[] {
  const padded = `  ${folded} `;
  const trigrams: string[] = [];
  for (let start = 0; start + 3 <= padded.length; start++) trigrams.push(padded.slice(start, start + 3));
  return trigrams;
}
