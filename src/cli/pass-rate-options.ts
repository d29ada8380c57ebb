/**
 * The pass-rate options that `stats` and `site --results` share: the period and the
 * thresholds, which win over the `pass-rate` rule's options in the config, each on its own.
 */
import type { Command } from 'commander';

import type { PassRateOptions } from '../rules/pass-rate.js';
import { PERIOD_UNITS, type PeriodUnit } from '../stats/periods.js';
import { UsageError } from './errors.js';

export interface PassRateFlags {
  period?: string;
  minRate?: string;
  maxRate?: string;
  maxChange?: string;
  minOutcomes?: string;
}

/** The long names of the options `addPassRateOptions` adds, for messages that list them. */
export const PASS_RATE_FLAGS: Record<keyof PassRateFlags, string> = {
  period: '--period',
  minRate: '--min-rate',
  maxRate: '--max-rate',
  maxChange: '--max-change',
  minOutcomes: '--min-outcomes',
};

export function addPassRateOptions(command: Command): Command {
  return command
    .option('--period <unit>', 'month or quarter (default: the pass-rate rule option, else quarter)')
    .option('--min-rate <share>', 'lowest pass rate of the band, as 0.3 or 30% (default 30%)')
    .option('--max-rate <share>', 'highest pass rate of the band, as 0.95 or 95% (default 95%)')
    .option('--max-change <share>', 'largest allowed move between periods, as 0.15 or 15% (default 15 points)')
    .option('--min-outcomes <n>', 'periods with fewer outcomes raise no finding (default 30)');
}

/** Reads the thresholds given on the command line, which win over the config's pass-rate options. */
export function passRateOverrides(options: PassRateFlags): Partial<PassRateOptions> {
  const overrides: Partial<PassRateOptions> = {};
  if (options.period !== undefined) {
    if (!(PERIOD_UNITS as readonly string[]).includes(options.period)) throw new UsageError(`Invalid --period "${options.period}": use month or quarter.`);
    overrides.period = options.period as PeriodUnit;
  }
  if (options.minRate !== undefined) overrides.minRate = parseShare('--min-rate', options.minRate);
  if (options.maxRate !== undefined) overrides.maxRate = parseShare('--max-rate', options.maxRate);
  if (options.maxChange !== undefined) overrides.maxChange = parseShare('--max-change', options.maxChange);
  if (options.minOutcomes !== undefined) {
    if (!/^[1-9]\d*$/.test(options.minOutcomes)) throw new UsageError(`Invalid --min-outcomes "${options.minOutcomes}": use a whole number of 1 or more.`);
    overrides.minOutcomes = Number(options.minOutcomes);
  }
  if ((overrides.minRate ?? 0) > (overrides.maxRate ?? 1)) {
    throw new UsageError(`--min-rate ${options.minRate} is above --max-rate ${options.maxRate}; the band would be empty.`);
  }
  return overrides;
}

/** Reads `0.3` or `30%` as the share 0.3. */
function parseShare(option: string, value: string): number {
  const match = /^(\d+(?:\.\d+)?)(%?)$/.exec(value.trim());
  const share = match === null ? Number.NaN : Number(match[1]) / (match[2] === '%' ? 100 : 1);
  if (!(share >= 0 && share <= 1)) throw new UsageError(`Invalid ${option} "${value}": use a share from 0 to 1 such as 0.3, or a percentage such as 30%.`);
  return share;
}
