/**
 * Weighs each statement's terms by how rare they are in the repository (inverse document
 * frequency), and scores a pair by weighted Jaccard similarity. The score is the weight of the
 * shared terms over the weight of all terms of either statement, from 0 to 1.
 */
import { compareText } from '../finding.js';
import type { Term } from './analyzer.js';

export interface WeightingOptions {
  /** Factor on terms with digits, because grade 1 and grade 2 are different competencies. */
  numberWeight: number;
}

export interface TermVector {
  /** Term ids in ascending order; lower ids are rarer terms. */
  ids: Int32Array;
  /** The weight of each id, at the same index. */
  weights: Float64Array;
  total: number;
  /** The terms in statement order, for explaining a score. */
  terms: readonly Term[];
}

export function weighTerms(statements: readonly (readonly Term[])[], options: WeightingOptions): TermVector[] {
  const frequency = new Map<string, number>();
  for (const terms of statements) {
    for (const term of terms) frequency.set(term.key, (frequency.get(term.key) ?? 0) + 1);
  }

  // Rarest first, so that the candidate index (see join.ts) looks at the most telling terms.
  const order = [...frequency.keys()].sort((a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || compareText(a, b));
  const idOf = new Map(order.map((key, id) => [key, id]));
  const weightOf = Float64Array.from(order, (key) => {
    const rarity = inverseDocumentFrequency(frequency.get(key) ?? 1, statements.length);
    // A term with a digit is a grade, level or version number.
    return /\p{N}/u.test(key) ? rarity * options.numberWeight : rarity;
  });

  return statements.map((terms) => {
    const ids = Int32Array.from(terms, (term) => idOf.get(term.key) as number).sort();
    const weights = ids.length === 0 ? new Float64Array(0) : Float64Array.from(ids, (id) => weightOf[id] as number);
    let total = 0;
    for (const weight of weights) total += weight;
    return { ids, weights, total, terms };
  });
}

/**
 * Computes the smoothed form ln((1 + N) / (1 + df)) + 1. A term in every statement still
 * weighs 1, and in a repository of a handful of statements all terms weigh about the same.
 */
export function inverseDocumentFrequency(documentFrequency: number, documentCount: number): number {
  return Math.log((1 + documentCount) / (1 + documentFrequency)) + 1;
}

/** Weighted Jaccard similarity: Σ min(weights) over Σ max(weights), across both statements' terms. */
export function similarity(a: TermVector, b: TermVector): number {
  let shared = 0;
  let union = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const idA = a.ids[i] as number;
    const idB = b.ids[j] as number;
    if (idA === idB) {
      const weightA = a.weights[i++] as number;
      const weightB = b.weights[j++] as number;
      shared += Math.min(weightA, weightB);
      union += Math.max(weightA, weightB);
    } else if (idA < idB) {
      union += a.weights[i++] as number;
    } else {
      union += b.weights[j++] as number;
    }
  }
  while (i < a.ids.length) union += a.weights[i++] as number;
  while (j < b.ids.length) union += b.weights[j++] as number;
  return union === 0 ? 0 : shared / union;
}

export interface Comparison {
  /** Shared terms as statement A writes them; "A's/B's" where the two write a term differently. */
  shared: string[];
  onlyA: string[];
  onlyB: string[];
}

/** Lists the terms two statements share and the ones only one of them has, each in statement order. */
export function compareTerms(a: readonly Term[], b: readonly Term[]): Comparison {
  const inB = new Map(b.map((term) => [term.key, term]));
  const inA = new Set(a.map((term) => term.key));
  const shared: string[] = [];
  const onlyA: string[] = [];

  for (const term of a) {
    const other = inB.get(term.key);
    if (other === undefined) onlyA.push(term.display);
    else shared.push(other.display === term.display ? term.display : `${term.display}/${other.display}`);
  }
  const onlyB = b.filter((term) => !inA.has(term.key)).map((term) => term.display);
  return { shared, onlyA, onlyB };
}
