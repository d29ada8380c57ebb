import { DEFAULT_THRESHOLDS, type PassRateThresholds } from '../stats/pass-rate.js';
import { PERIOD_UNITS, type PeriodUnit } from '../stats/periods.js';
import { defineRule } from './types.js';

export interface PassRateOptions extends PassRateThresholds {
  period: PeriodUnit;
}

const share = (description: string) => ({ type: 'number', minimum: 0, maximum: 1, description });

/** Reported by `stats` on the badge or competency whose pass rate left its band or drifted. */
export const passRateRule = defineRule<PassRateOptions, 'below' | 'above' | 'drift'>({
  id: 'pass-rate',
  defaultSeverity: 'warn',
  description: 'A pass rate outside its band, or moving more than allowed between periods.',
  optionsSchema: {
    minRate: share('A lower pass rate is a finding; a share from 0 to 1, default 0.3.'),
    maxRate: share('A higher pass rate is a finding; a share from 0 to 1, default 0.95.'),
    maxChange: share('A larger move between periods is a finding; a share, default 0.15 (15 percentage points).'),
    minOutcomes: { type: 'integer', minimum: 1, description: 'Periods with fewer outcomes raise no finding; default 30.' },
    period: { type: 'string', enum: [...PERIOD_UNITS], description: 'month or quarter; default quarter.' },
  },
  defaultOptions: { ...DEFAULT_THRESHOLDS, period: 'quarter' },
  messages: {
    below: '{kind} "{id}" pass rate {rate} in {period} is below the band minimum {bound} ({passed} of {outcomes} passed).',
    above: '{kind} "{id}" pass rate {rate} in {period} is above the band maximum {bound} ({passed} of {outcomes} passed).',
    drift: '{kind} "{id}" pass rate moved from {from} in {previous} to {rate} in {period} ({change}), more than the {maxChange} allowed.',
  },
});
