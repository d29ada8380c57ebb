import { DEFAULT_THRESHOLDS, type PassRateThresholds } from '../stats/pass-rate.js';
import { PERIOD_UNITS, type PeriodUnit } from '../stats/periods.js';
import { EXAMPLE_CONFIG, lines, TRIAGE_BADGES } from './examples.js';
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
  docs: {
    finds:
      'A badge or competency whose pass rate, in the results given to `badgemap stats`, falls below `minRate` or rises above ' +
      '`maxRate` in a period (a quarter by default), or moves by more than `maxChange` from one period to the next. Periods with ' +
      'fewer than `minOutcomes` outcomes raise no finding.',
    why:
      'A badge that nearly everyone passes certifies little; one that nearly nobody passes may have a broken rubric or missing ' +
      'teaching. A sudden move between periods usually follows a change in the assessment, not in the learners.',
    failing: {
      description: 'Nobody passed in the first quarter, one in four in the second; the example lowers minOutcomes to four.',
      command: 'badgemap stats results.csv',
      files: {
        'badgemap.yaml': lines(...EXAMPLE_CONFIG, 'rules: { pass-rate: { minOutcomes: 4 } }'),
        'badges.yaml': TRIAGE_BADGES,
        'results.csv': lines(
          'Learner,Badge,Passed,Date',
          'l0,triage,no,2026-01-10',
          'l1,triage,no,2026-01-11',
          'l2,triage,no,2026-01-12',
          'l3,triage,no,2026-01-13',
          'l4,triage,yes,2026-04-10',
          'l5,triage,no,2026-04-11',
          'l6,triage,no,2026-04-12',
          'l7,triage,no,2026-04-13',
        ),
      },
    },
    passing: {
      description: 'Three in four passed in each quarter.',
      command: 'badgemap stats results.csv',
      files: {
        'badgemap.yaml': lines(...EXAMPLE_CONFIG, 'rules: { pass-rate: { minOutcomes: 4 } }'),
        'badges.yaml': TRIAGE_BADGES,
        'results.csv': lines(
          'Learner,Badge,Passed,Date',
          'l0,triage,yes,2026-01-10',
          'l1,triage,no,2026-01-11',
          'l2,triage,yes,2026-01-12',
          'l3,triage,yes,2026-01-13',
          'l4,triage,yes,2026-04-10',
          'l5,triage,no,2026-04-11',
          'l6,triage,yes,2026-04-12',
          'l7,triage,yes,2026-04-13',
        ),
      },
    },
  },
});
