/**
 * Simple agreement measures on an ordinal scale, where each score is a level position
 * (0 for the lowest level).
 */

export interface AgreementCounts {
  /** Pairs compared. */
  pairs: number;
  /** Pairs on the same level. */
  exact: number;
  /** Pairs at most one level apart, the exact ones included. */
  adjacent: number;
}

/** Counts exact and adjacent agreement between one score and each of several others. */
export function countAgreement(score: number, others: readonly number[], counts: AgreementCounts): void {
  for (const other of others) {
    const distance = Math.abs(score - other);
    counts.pairs++;
    if (distance === 0) counts.exact++;
    if (distance <= 1) counts.adjacent++;
  }
}

/** The share `part / whole`, or `null` when there is nothing to divide. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/**
 * The median of level positions. With an even count the lower of the two middle levels is
 * taken, so the result is always a level of the scale and never depends on input order.
 */
export function lowerMedian(positions: readonly number[]): number | undefined {
  if (positions.length === 0) return undefined;
  const sorted = [...positions].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}
