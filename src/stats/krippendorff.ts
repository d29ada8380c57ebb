/**
 * Krippendorff's alpha, the reliability coefficient for any number of coders, missing values
 * and nominal, ordinal or interval data.
 *
 * Formulas from Klaus Krippendorff, "Computing Krippendorff's Alpha-Reliability" (Annenberg
 * School for Communication, University of Pennsylvania, 2011):
 *
 *   o_ck = Σ_u (number of c-k pairs in unit u) / (m_u − 1)     the coincidence matrix
 *   n_c  = Σ_k o_ck,  n = Σ_c n_c                               pairable values
 *   D_o  = (1 / n) Σ_c Σ_k o_ck δ²_ck                            observed disagreement
 *   D_e  = (1 / (n (n − 1))) Σ_c Σ_k n_c n_k δ²_ck               expected disagreement
 *   α    = 1 − D_o / D_e
 *
 * Units with fewer than two values are not pairable and drop out. α is undefined when no
 * unit is pairable or when D_e is 0 (every pairable value is the same).
 */

export type AlphaMetric = 'nominal' | 'ordinal' | 'interval';

export type NotComputable = 'no-pairable-values' | 'no-variation';

export interface AlphaResult {
  /** `null` when alpha is not computable; `reason` then says why. */
  alpha: number | null;
  reason?: NotComputable;
  /** n: the number of pairable values. */
  pairable: number;
  observedDisagreement: number;
  expectedDisagreement: number;
}

/**
 * Computes alpha over units, each the list of values its coders gave. `null` and
 * `undefined` are missing values. For the ordinal metric only the order of the values
 * matters; for the interval metric their differences do.
 */
export function krippendorffAlpha(
  units: readonly (readonly (number | null | undefined)[])[],
  metric: AlphaMetric,
): AlphaResult {
  const values = distinctValues(units);
  const index = new Map(values.map((value, position) => [value, position]));
  const coincidences = coincidenceMatrix(units, index);
  const marginals = coincidences.map((row) => row.reduce((sum, cell) => sum + cell, 0));
  const pairable = marginals.reduce((sum, count) => sum + count, 0);

  if (pairable < 2) {
    return { alpha: null, reason: 'no-pairable-values', pairable, observedDisagreement: 0, expectedDisagreement: 0 };
  }

  const delta = differenceFunction(metric, values, marginals);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < values.length; c++) {
    for (let k = 0; k < values.length; k++) {
      const squared = delta(c, k);
      observed += (coincidences[c]?.[k] ?? 0) * squared;
      expected += (marginals[c] ?? 0) * (marginals[k] ?? 0) * squared;
    }
  }
  const observedDisagreement = observed / pairable;
  const expectedDisagreement = expected / (pairable * (pairable - 1));

  if (expectedDisagreement === 0) {
    return { alpha: null, reason: 'no-variation', pairable, observedDisagreement, expectedDisagreement };
  }
  return { alpha: 1 - observedDisagreement / expectedDisagreement, pairable, observedDisagreement, expectedDisagreement };
}

function distinctValues(units: readonly (readonly (number | null | undefined)[])[]): number[] {
  const values = new Set<number>();
  for (const unit of units) {
    for (const value of unit) if (value !== null && value !== undefined) values.add(value);
  }
  return [...values].sort((a, b) => a - b);
}

/** o_ck, with each pairable unit contributing its c-k pairs weighted by 1 / (m_u − 1). */
function coincidenceMatrix(
  units: readonly (readonly (number | null | undefined)[])[],
  index: ReadonlyMap<number, number>,
): number[][] {
  const size = index.size;
  const matrix = Array.from({ length: size }, () => new Array<number>(size).fill(0));

  for (const unit of units) {
    const counts = new Map<number, number>();
    let present = 0;
    for (const value of unit) {
      if (value === null || value === undefined) continue;
      const position = index.get(value) as number;
      counts.set(position, (counts.get(position) ?? 0) + 1);
      present++;
    }
    if (present < 2) continue;

    for (const [c, countC] of counts) {
      const row = matrix[c] as number[];
      for (const [k, countK] of counts) {
        const pairs = c === k ? countC * (countC - 1) : countC * countK;
        row[k] = (row[k] ?? 0) + pairs / (present - 1);
      }
    }
  }
  return matrix;
}

/**
 * δ²_ck for each metric, from the same paper: nominal 0 or 1; ordinal the squared sum of
 * the marginals from c to k minus half of the two end marginals; interval (c − k)².
 */
function differenceFunction(
  metric: AlphaMetric,
  values: readonly number[],
  marginals: readonly number[],
): (c: number, k: number) => number {
  if (metric === 'nominal') return (c, k) => (c === k ? 0 : 1);
  if (metric === 'interval') return (c, k) => ((values[c] ?? 0) - (values[k] ?? 0)) ** 2;

  const cumulative = [0];
  for (const count of marginals) cumulative.push((cumulative[cumulative.length - 1] ?? 0) + count);
  return (c, k) => {
    if (c === k) return 0;
    const low = Math.min(c, k);
    const high = Math.max(c, k);
    const between = (cumulative[high + 1] ?? 0) - (cumulative[low] ?? 0);
    const sum = between - ((marginals[low] ?? 0) + (marginals[high] ?? 0)) / 2;
    return sum * sum;
  };
}
