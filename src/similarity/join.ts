/**
 * Finds every pair of statements whose similarity reaches a threshold without scoring all
 * pairs: an all-pairs similarity join with prefix filtering (Bayardo, Ma and Srikant, "Scaling
 * Up All Pairs Similarity Search", WWW 2007), adapted to weighted Jaccard.
 *
 * Each statement's terms are ordered rarest first. Its prefix is the shortest run of them
 * whose remainder weighs less than threshold × its total weight. Two statements that reach the
 * threshold share weight of at least threshold × either total, so the first term they share
 * lies in both prefixes: indexing and probing prefixes alone misses no pair. Rare terms make
 * short prefixes and short posting lists, which keeps the work far below quadratic.
 */
import { similarity, type TermVector } from './vectors.js';

export interface SimilarPair {
  /** Indexes into the vectors, a < b. */
  a: number;
  b: number;
  score: number;
}

/** Rounding slack: a prefix is made a little longer rather than a little too short. */
const EPSILON = 1e-9;

export function similarPairs(vectors: readonly TermVector[], threshold: number): SimilarPair[] {
  // Light statements first: a statement can only reach the threshold with one whose total
  // weight is at least threshold × its own, so posting lists are trimmed from the front.
  const order = vectors
    .map((vector, index) => ({ vector, index }))
    .filter(({ vector }) => vector.total > 0)
    .sort((x, y) => x.vector.total - y.vector.total || x.index - y.index);

  const postings = new Map<number, { entries: number[]; start: number }>();
  const seenBy = new Int32Array(order.length).fill(-1);
  const pairs: SimilarPair[] = [];

  order.forEach(({ vector, index }, position) => {
    const minimumTotal = threshold * vector.total * (1 - EPSILON);
    const prefix = prefixLength(vector, threshold);
    const candidates: number[] = [];

    for (let k = 0; k < prefix; k++) {
      const posting = postings.get(vector.ids[k] as number);
      if (posting === undefined) continue;
      while (posting.start < posting.entries.length && (order[posting.entries[posting.start] as number]?.vector.total ?? 0) < minimumTotal) {
        posting.start++;
      }
      for (let e = posting.start; e < posting.entries.length; e++) {
        const other = posting.entries[e] as number;
        if (seenBy[other] === position) continue;
        seenBy[other] = position;
        candidates.push(other);
      }
    }

    for (const other of candidates) {
      const entry = order[other] as { vector: TermVector; index: number };
      const score = similarity(vector, entry.vector);
      if (score < threshold - EPSILON) continue;
      pairs.push({ a: Math.min(index, entry.index), b: Math.max(index, entry.index), score });
    }

    for (let k = 0; k < prefix; k++) {
      const id = vector.ids[k] as number;
      const posting = postings.get(id);
      if (posting === undefined) postings.set(id, { entries: [position], start: 0 });
      else posting.entries.push(position);
    }
  });

  return pairs.sort((x, y) => x.a - y.a || x.b - y.b);
}

/** How many of the rarest terms a statement must share with any statement that reaches the threshold. */
export function prefixLength(vector: TermVector, threshold: number): number {
  const limit = threshold * vector.total - EPSILON * vector.total;
  let remaining = vector.total;
  for (let k = 0; k < vector.weights.length; k++) {
    remaining -= vector.weights[k] as number;
    if (remaining < limit) return k + 1;
  }
  return vector.weights.length;
}
