/**
 * Pass rates per badge and per competency by period, and the `pass-rate` signals they raise.
 *
 * A row without a criterion or competency is an outcome of the whole badge. Rows about
 * criteria or competencies count for their competency. They also make up a badge attempt
 * (same learner, badge and date), which passes when every one of its rows passed. A row for
 * the whole badge with the same learner, badge and date decides the attempt instead.
 */
import { compareText } from '../finding.js';
import type { Badge, Competency } from '../model/types.js';
import type { Model } from '../model/model.js';
import { periodRates, rateSignals, type PassRateThresholds, type PeriodRate, type RateSignal } from '../stats/pass-rate.js';
import { formatCalendarDate, periodOf, periodRange, type PeriodUnit } from '../stats/periods.js';
import type { Outcome } from './results.js';

export interface RateSeries {
  kind: 'badge' | 'competency';
  id: string;
  name: string;
  outcomes: number;
  passed: number;
  rate: number | null;
  periods: PeriodRate[];
  signals: RateSignal[];
}

export interface StatsReport {
  period: PeriodUnit;
  thresholds: PassRateThresholds;
  /** Every period from the first outcome to the last. */
  periods: string[];
  badges: RateSeries[];
  competencies: RateSeries[];
  totals: { outcomes: number; learners: number; attempts: number };
}

interface Counted {
  period: string;
  passed: boolean;
}

export function analyseResults(outcomes: readonly Outcome[], model: Model, unit: PeriodUnit, thresholds: PassRateThresholds): StatsReport {
  const periods = spanOf(outcomes, unit);
  const badgeOutcomes = badgeAttempts(outcomes, unit);
  const competencyOutcomes = new Map<string, Counted[]>();
  for (const outcome of outcomes) {
    if (outcome.competency === undefined) continue;
    push(competencyOutcomes, outcome.competency, { period: periodOf(outcome.date, unit), passed: outcome.passed });
  }

  const series = (kind: RateSeries['kind'], groups: Map<string, Counted[]>, nameOf: (id: string) => string) =>
    [...groups.entries()]
      .sort(([a], [b]) => compareText(a, b))
      .map(([id, counted]) => buildSeries(kind, id, nameOf(id), counted, periods, thresholds));

  return {
    period: unit,
    thresholds,
    periods,
    badges: series('badge', badgeOutcomes, (id) => model.get('badge', id)?.name ?? id),
    competencies: series('competency', competencyOutcomes, (id) => competencyName(model.get('competency', id), id)),
    totals: {
      outcomes: outcomes.length,
      learners: new Set(outcomes.map((outcome) => outcome.learner)).size,
      attempts: [...badgeOutcomes.values()].reduce((sum, counted) => sum + counted.length, 0),
    },
  };
}

/** Badge outcomes: rows for the whole badge, plus attempts made up of criterion rows. */
function badgeAttempts(outcomes: readonly Outcome[], unit: PeriodUnit): Map<string, Counted[]> {
  const attempts = new Map<string, { badge: Badge; period: string; passed: boolean }>();
  for (const outcome of outcomes) {
    if (outcome.competency === undefined) continue;
    const key = attemptKey(outcome);
    const attempt = attempts.get(key);
    if (attempt === undefined) attempts.set(key, { badge: outcome.badge, period: periodOf(outcome.date, unit), passed: outcome.passed });
    else attempt.passed &&= outcome.passed;
  }

  const result = new Map<string, Counted[]>();
  for (const outcome of outcomes) {
    if (outcome.competency !== undefined) continue;
    push(result, outcome.badge.id, { period: periodOf(outcome.date, unit), passed: outcome.passed });
    // A row for the whole badge decides its attempt, so the attempt is not derived as well.
    if (attempts.size > 0) attempts.delete(attemptKey(outcome));
  }

  for (const attempt of attempts.values()) push(result, attempt.badge.id, { period: attempt.period, passed: attempt.passed });
  return result;
}

function attemptKey(outcome: Outcome): string {
  return `${outcome.badge.id}\u0000${outcome.learner}\u0000${formatCalendarDate(outcome.date)}`;
}

function buildSeries(
  kind: RateSeries['kind'],
  id: string,
  name: string,
  counted: readonly Counted[],
  periods: readonly string[],
  thresholds: PassRateThresholds,
): RateSeries {
  const counts = new Map<string, { outcomes: number; passed: number }>();
  let passed = 0;
  for (const item of counted) {
    const count = counts.get(item.period) ?? { outcomes: 0, passed: 0 };
    count.outcomes++;
    if (item.passed) {
      count.passed++;
      passed++;
    }
    counts.set(item.period, count);
  }

  const rates = periodRates(periods, counts, thresholds);
  return {
    kind,
    id,
    name,
    outcomes: counted.length,
    passed,
    rate: counted.length === 0 ? null : passed / counted.length,
    periods: rates,
    signals: rateSignals(rates, thresholds),
  };
}

function spanOf(outcomes: readonly Outcome[], unit: PeriodUnit): string[] {
  if (outcomes.length === 0) return [];
  let first = periodOf(outcomes[0]?.date as Outcome['date'], unit);
  let last = first;
  for (const outcome of outcomes) {
    const period = periodOf(outcome.date, unit);
    if (period < first) first = period;
    if (period > last) last = period;
  }
  return periodRange(first, last, unit);
}

function competencyName(competency: Competency | undefined, id: string): string {
  return competency?.name ?? competency?.statement ?? id;
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [item]);
  else list.push(item);
}
