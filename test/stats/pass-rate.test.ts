/** Period rates and their signals, and the calendar helpers they rest on. */
import { describe, expect, it } from 'vitest';

import { DEFAULT_THRESHOLDS, periodRates, rateSignals, twoProportionZ } from '../../src/stats/pass-rate.js';
import { parseCalendarDate, periodOf, periodRange } from '../../src/stats/periods.js';

const counts = (entries: Record<string, [number, number]>) =>
  new Map(Object.entries(entries).map(([period, [passed, outcomes]]) => [period, { passed, outcomes }]));

describe('two-proportion z', () => {
  it('is √20 for 0 of 10 against 10 of 10', () => {
    expect(twoProportionZ(0, 10, 10, 10)).toBeCloseTo(Math.sqrt(20), 12);
  });

  it('is 0 without a difference or without variance', () => {
    expect(twoProportionZ(5, 10, 5, 10)).toBe(0);
    expect(twoProportionZ(10, 10, 20, 20)).toBe(0);
  });
});

describe('rate signals', () => {
  const periods = ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'];

  it('needs a drift to be larger than allowed and significant', () => {
    const small = periodRates(periods.slice(0, 2), counts({ '2026-Q1': [24, 36], '2026-Q2': [30, 36] }), DEFAULT_THRESHOLDS);
    expect(small[1]?.change).toBeCloseTo(1 / 6, 12);
    expect(rateSignals(small, DEFAULT_THRESHOLDS)).toEqual([]);

    const large = periodRates(periods.slice(0, 2), counts({ '2026-Q1': [264, 400], '2026-Q2': [330, 400] }), DEFAULT_THRESHOLDS);
    expect(rateSignals(large, DEFAULT_THRESHOLDS).map((signal) => signal.kind)).toEqual(['drift']);
  });

  it('keeps a change of exactly the allowed amount quiet', () => {
    const rates = periodRates(periods.slice(0, 2), counts({ '2026-Q1': [500, 1000], '2026-Q2': [650, 1000] }), DEFAULT_THRESHOLDS);
    expect(rateSignals(rates, DEFAULT_THRESHOLDS)).toEqual([]);
  });

  it('compares across a thin period with the last period that had enough', () => {
    const rates = periodRates(periods, counts({ '2026-Q1': [50, 100], '2026-Q2': [5, 5], '2026-Q4': [90, 100] }), DEFAULT_THRESHOLDS);
    expect(rates.map((rate) => rate.comparedWith)).toEqual([null, null, null, '2026-Q1']);
    expect(rates[2]?.rate).toBeNull();
    expect(rateSignals(rates, DEFAULT_THRESHOLDS).map((signal) => [signal.kind, signal.period.period])).toEqual([['drift', '2026-Q4']]);
  });

  it('reports both band edges on periods with enough outcomes only', () => {
    const rates = periodRates(periods, counts({ '2026-Q1': [10, 100], '2026-Q2': [1, 10], '2026-Q3': [99, 100] }), { ...DEFAULT_THRESHOLDS, maxChange: 1 });
    expect(rateSignals(rates, { ...DEFAULT_THRESHOLDS, maxChange: 1 }).map((signal) => [signal.kind, signal.period.period])).toEqual([
      ['below', '2026-Q1'],
      ['above', '2026-Q3'],
    ]);
  });
});

describe('calendar dates and periods', () => {
  it.each([
    ['2026-02-28', { year: 2026, month: 2, day: 28 }],
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
    ['2026/12/31', { year: 2026, month: 12, day: 31 }],
    ['2026-03-31T23:59:59+14:00', { year: 2026, month: 3, day: 31 }],
    ['2026-03-31 08:00', { year: 2026, month: 3, day: 31 }],
    [' 2026-01-01 ', { year: 2026, month: 1, day: 1 }],
  ])('reads %j', (text, date) => {
    expect(parseCalendarDate(text)).toEqual(date);
  });

  it.each(['2026-02-29', '2026-13-01', '03/04/2026', '2026-1-5', '2026/01-05', '20260105', 'yesterday', ''])('rejects %j', (text) => {
    expect(parseCalendarDate(text)).toBeUndefined();
  });

  it('names months and quarters', () => {
    const date = { year: 2026, month: 11, day: 30 };
    expect(periodOf(date, 'month')).toBe('2026-11');
    expect(periodOf(date, 'quarter')).toBe('2026-Q4');
  });

  it('fills the periods between two', () => {
    expect(periodRange('2025-Q4', '2026-Q2', 'quarter')).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
    expect(periodRange('2025-11', '2026-02', 'month')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});
