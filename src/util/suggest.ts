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
