/**
 * The statistics against values published by their authors and by standard packages. Each
 * case names its source; the expected values are the published ones, compared to six
 * decimals.
 */
import { describe, expect, it } from 'vitest';

import { cohenKappa, quadraticWeightedKappa } from '../../src/stats/kappa.js';
import { krippendorffAlpha } from '../../src/stats/krippendorff.js';

const _ = null;

/**
 * Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011): four observers A to D,
 * twelve units, values 1 to 5, seven values missing. The paper prints α to three decimals
 * (nominal .743, ordinal .815, interval .849). The six-decimal values are the exact results of
 * its coincidence matrix (n = 40 pairable values, marginals 9, 13, 10, 5, 3): nominal
 * 113/152, ordinal 108577/133160, interval 951/1120. NLTK's agreement tests check the nominal
 * value on the same data as 0.743421052632.
 */
const OBSERVERS = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
];
const UNITS = (OBSERVERS[0] as (number | null)[]).map((__, unit) => OBSERVERS.map((observer) => observer[unit] ?? null));

describe('Krippendorff alpha on his 2011 reliability data', () => {
  it.each([
    ['nominal', 0.743, 113 / 152, 0.743421],
    ['ordinal', 0.815, 108577 / 133160, 0.815388],
    ['interval', 0.849, 951 / 1120, 0.849107],
  ] as const)('%s metric', (metric, printed, exact, sixDecimals) => {
    const result = krippendorffAlpha(UNITS, metric);
    expect(result.pairable).toBe(40);
    expect(round(result.alpha, 3)).toBe(printed);
    expect(round(result.alpha, 6)).toBe(round(exact, 6));
    expect(round(result.alpha, 6)).toBe(sixDecimals);
  });

  it('matches NLTK on the nominal metric', () => {
    expect(krippendorffAlpha(UNITS, 'nominal').alpha).toBeCloseTo(0.743421052632, 10);
  });

  it('ignores a unit with a single value', () => {
    const withExtra = [...UNITS, [4, _, _, _]];
    expect(krippendorffAlpha(withExtra, 'ordinal').alpha).toBe(krippendorffAlpha(UNITS, 'ordinal').alpha);
  });
});

describe('Krippendorff alpha edge cases', () => {
  it('is not computable without variation', () => {
    const result = krippendorffAlpha([[2, 2], [2, 2, 2]], 'ordinal');
    expect(result.alpha).toBeNull();
    expect(result.reason).toBe('no-variation');
  });

  it('is not computable without a pairable unit', () => {
    const result = krippendorffAlpha([[1, _], [_, 2], []], 'ordinal');
    expect(result.alpha).toBeNull();
    expect(result.reason).toBe('no-pairable-values');
  });

  it('is 1 for perfect agreement', () => {
    expect(krippendorffAlpha([[0, 0, 0], [1, 1], [2, 2, 2]], 'ordinal').alpha).toBe(1);
  });

  it('keeps only the order of values for the ordinal metric', () => {
    const spread = UNITS.map((unit) => unit.map((value) => (value === null ? null : value ** 3)));
    expect(krippendorffAlpha(spread, 'ordinal').alpha).toBeCloseTo(krippendorffAlpha(UNITS, 'ordinal').alpha as number, 12);
  });
});

describe('Cohen kappa', () => {
  it('reproduces the scikit-learn cohen_kappa_score example', () => {
    // scikit-learn documentation of sklearn.metrics.cohen_kappa_score, "Examples": 0.6875.
    const first = ['negative', 'positive', 'negative', 'neutral', 'positive'];
    const second = ['negative', 'positive', 'negative', 'neutral', 'negative'];
    expect(round(cohenKappa(first, second).kappa, 6)).toBe(0.6875);
  });

  it('is undefined when both raters use one label', () => {
    expect(cohenKappa(['a', 'a'], ['a', 'a']).kappa).toBeNull();
  });
});

describe('quadratic-weighted kappa', () => {
  it('reproduces the R Metrics ScoreQuadraticWeightedKappa example', () => {
    // R package Metrics 0.1.4, ScoreQuadraticWeightedKappa(rater.a, rater.b, 1, 5): 0.56.
    const raterA = [1, 4, 5, 5, 2, 1].map((rating) => rating - 1);
    const raterB = [2, 2, 4, 5, 3, 3].map((rating) => rating - 1);
    expect(round(quadraticWeightedKappa(raterA, raterB, 5).kappa, 6)).toBe(0.56);
  });

  it('is 1 for identical scores', () => {
    expect(quadraticWeightedKappa([0, 1, 2], [0, 1, 2], 3).kappa).toBe(1);
  });

  it('is unchanged by unused categories', () => {
    const narrow = quadraticWeightedKappa([0, 1, 1, 0], [0, 1, 0, 0], 2).kappa as number;
    const wide = quadraticWeightedKappa([0, 1, 1, 0], [0, 1, 0, 0], 4).kappa as number;
    expect(narrow).toBeCloseTo(0.5, 12);
    expect(wide).toBeCloseTo(narrow, 12);
  });
});

function round(value: number | null, decimals: number): number | null {
  return value === null ? null : Number(value.toFixed(decimals));
}
