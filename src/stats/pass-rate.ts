/**
 * Pass rates per period and the two signals a program watches: a rate outside its band, and
 * a rate that moved more than allowed since the last period with enough outcomes.
 */

export interface PassRateThresholds {
  /** A rate below this share is too hard to pass (0 to 1). */
  minRate: number;
  /** A rate above this share is too easy to pass (0 to 1). */
  maxRate: number;
  /** The largest allowed move between two periods, as a share (0.15 is 15 percentage points). */
  maxChange: number;
  /** Periods with fewer outcomes show their rate but raise no signal. */
  minOutcomes: number;
}

export const DEFAULT_THRESHOLDS: PassRateThresholds = { minRate: 0.3, maxRate: 0.95, maxChange: 0.15, minOutcomes: 30 };

export interface PeriodRate {
  period: string;
  outcomes: number;
  passed: number;
  /** `passed / outcomes`, or `null` for a period without outcomes. */
  rate: number | null;
  /** Whether the period has at least `minOutcomes` outcomes, so it can raise a signal. */
  enough: boolean;
  /** The change since `comparedWith`, when both periods have enough outcomes. */
  change: number | null;
  comparedWith: string | null;
}

export type RateSignal =
  | { kind: 'below'; period: PeriodRate; bound: number }
  | { kind: 'above'; period: PeriodRate; bound: number }
  | { kind: 'drift'; period: PeriodRate; previous: PeriodRate };

/**
 * Builds the rate of each period in `periods` order from pass and fail counts. A change is
 * measured against the latest earlier period with enough outcomes, so a thin period in
 * between neither hides a drift nor raises one of its own.
 */
export function periodRates(
  periods: readonly string[],
  counts: ReadonlyMap<string, { outcomes: number; passed: number }>,
  thresholds: PassRateThresholds,
): PeriodRate[] {
  const rates: PeriodRate[] = [];
  let previous: PeriodRate | undefined;

  for (const period of periods) {
    const count = counts.get(period) ?? { outcomes: 0, passed: 0 };
    const rate = count.outcomes === 0 ? null : count.passed / count.outcomes;
    const enough = count.outcomes > 0 && count.outcomes >= thresholds.minOutcomes;
    const compared = enough && previous !== undefined && previous.rate !== null && rate !== null;
    const entry: PeriodRate = {
      period,
      outcomes: count.outcomes,
      passed: count.passed,
      rate,
      enough,
      change: compared ? (rate as number) - (previous?.rate as number) : null,
      comparedWith: compared ? (previous?.period as string) : null,
    };
    rates.push(entry);
    if (enough) previous = entry;
  }
  return rates;
}

/** Finds the band crossings and drifts among periods with enough outcomes, in period order. */
export function rateSignals(rates: readonly PeriodRate[], thresholds: PassRateThresholds): RateSignal[] {
  const signals: RateSignal[] = [];
  const byPeriod = new Map(rates.map((rate) => [rate.period, rate]));

  for (const period of rates) {
    if (!period.enough || period.rate === null) continue;
    if (period.rate < thresholds.minRate) signals.push({ kind: 'below', period, bound: thresholds.minRate });
    if (period.rate > thresholds.maxRate) signals.push({ kind: 'above', period, bound: thresholds.maxRate });

    const previous = period.comparedWith === null ? undefined : byPeriod.get(period.comparedWith);
    if (previous !== undefined && isDrift(previous, period, thresholds)) signals.push({ kind: 'drift', period, previous });
  }
  return signals;
}

/** |z| at or above this is a difference at the 95% level, two-sided. */
export const Z_95 = 1.96;

/**
 * Tells whether a change is a drift: larger than `maxChange` and also unlikely to be chance.
 * Two periods of 30 outcomes at a true 50% differ by 15 points or more about one time in
 * four, so the size alone would raise noise.
 */
function isDrift(previous: PeriodRate, period: PeriodRate, thresholds: PassRateThresholds): boolean {
  if (period.change === null) return false;
  // A tiny epsilon keeps a change of exactly maxChange, computed in floating point, quiet.
  if (Math.abs(period.change) <= thresholds.maxChange + 1e-9) return false;
  return Math.abs(twoProportionZ(previous.passed, previous.outcomes, period.passed, period.outcomes)) >= Z_95;
}

/**
 * The pooled two-proportion z statistic without continuity correction:
 * z = (x2/n2 − x1/n1) / √(p (1 − p) (1/n1 + 1/n2)) with p = (x1 + x2) / (n1 + n2), as the R
 * function jdcbioinfo::z_2prop_pooled computes it with `correct = FALSE`. It is 0 when
 * both periods are all passes or all fails.
 */
export function twoProportionZ(x1: number, n1: number, x2: number, n2: number): number {
  const pooled = (x1 + x2) / (n1 + n2);
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return standardError === 0 ? 0 : (x2 / n2 - x1 / n1) / standardError;
}
