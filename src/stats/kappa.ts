/**
 * Cohen's kappa and its quadratic-weighted form, for two raters who scored the same items
 * on one scale of categories.
 *
 * Unweighted: κ = (p_o − p_e) / (1 − p_e), p_o the observed share of agreement and p_e the
 * agreement expected from each rater's own marginal shares (Cohen 1960, as scikit-learn's
 * `cohen_kappa_score` documents it).
 *
 * Weighted: κ_w = 1 − Σ w_ij O_ij / Σ w_ij E_ij, with O the observed confusion matrix, E the
 * outer product of its marginals divided by the item count, and quadratic weights
 * w_ij = (i − j)² / (k − 1)² over the k ordered categories (Cohen 1968; the form of R's
 * Metrics::ScoreQuadraticWeightedKappa, whose scale runs from min.rating to max.rating).
 */

export interface KappaResult {
  /** `null` when kappa is undefined: no items, or no disagreement could be expected. */
  kappa: number | null;
  items: number;
}

/** Unweighted kappa over paired labels; any label values, compared with `===`. */
export function cohenKappa<T>(first: readonly T[], second: readonly T[]): KappaResult {
  const items = Math.min(first.length, second.length);
  const labels = [...new Set([...first.slice(0, items), ...second.slice(0, items)])];
  const position = new Map(labels.map((label, index) => [label, index]));
  const pairs = pairPositions(first, second, items, (label) => position.get(label) as number);
  return weightedKappa(pairs, labels.length, (i, j) => (i === j ? 0 : 1));
}

/**
 * Quadratic-weighted kappa over paired positions on a scale of `categories` ordered
 * categories (0 … categories − 1), so categories nobody used still count in the weights.
 */
export function quadraticWeightedKappa(first: readonly number[], second: readonly number[], categories: number): KappaResult {
  const items = Math.min(first.length, second.length);
  const pairs = pairPositions(first, second, items, (value) => value);
  const span = Math.max(1, categories - 1);
  return weightedKappa(pairs, categories, (i, j) => ((i - j) / span) ** 2);
}

function pairPositions<T>(first: readonly T[], second: readonly T[], items: number, positionOf: (value: T) => number): [number, number][] {
  const pairs: [number, number][] = [];
  for (let item = 0; item < items; item++) pairs.push([positionOf(first[item] as T), positionOf(second[item] as T)]);
  return pairs;
}

function weightedKappa(pairs: readonly [number, number][], categories: number, weight: (i: number, j: number) => number): KappaResult {
  const items = pairs.length;
  if (items === 0 || categories < 1) return { kappa: null, items };

  const observed = Array.from({ length: categories }, () => new Array<number>(categories).fill(0));
  const rowTotals = new Array<number>(categories).fill(0);
  const columnTotals = new Array<number>(categories).fill(0);
  for (const [i, j] of pairs) {
    (observed[i] as number[])[j] = ((observed[i] as number[])[j] ?? 0) + 1;
    rowTotals[i] = (rowTotals[i] ?? 0) + 1;
    columnTotals[j] = (columnTotals[j] ?? 0) + 1;
  }

  let observedDisagreement = 0;
  let expectedDisagreement = 0;
  for (let i = 0; i < categories; i++) {
    for (let j = 0; j < categories; j++) {
      const w = weight(i, j);
      observedDisagreement += w * ((observed[i] as number[])[j] ?? 0);
      expectedDisagreement += (w * (rowTotals[i] ?? 0) * (columnTotals[j] ?? 0)) / items;
    }
  }

  if (expectedDisagreement === 0) return { kappa: null, items };
  return { kappa: 1 - observedDisagreement / expectedDisagreement, items };
}
