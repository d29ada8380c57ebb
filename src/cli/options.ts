/** The options every command shares, read from commander and checked once. */
import type { Command } from 'commander';

import { isCalendarDate } from '../load/definitions.js';
import { UsageError } from './errors.js';

export interface GlobalOptions {
  config?: string;
  today: string;
  /** The date given with `--today`, for reports that record a date; without it they record none, so they do not change by the day. */
  reportDate?: string;
  verbose: boolean;
  format: string[];
  outputFile: string[];
}

export function globalOptions(command: Command): GlobalOptions {
  const options = command.optsWithGlobals() as {
    config?: string;
    today?: string;
    verbose?: boolean;
    format?: string[];
    outputFile?: string[];
  };
  return {
    ...(options.config === undefined ? {} : { config: options.config }),
    today: resolveToday(options.today),
    ...(options.today === undefined ? {} : { reportDate: options.today }),
    verbose: options.verbose === true,
    format: options.format ?? [],
    outputFile: options.outputFile ?? [],
  };
}

/** `--today`, or the current date in UTC, so that the time zone never changes a result. */
function resolveToday(value: string | undefined): string {
  if (value === undefined) return new Date().toISOString().slice(0, 10);
  if (!isCalendarDate(value)) throw new UsageError(`Invalid --today "${value}": use a date in the form YYYY-MM-DD.`);
  return value;
}

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** For commands that write no report: `--format` and `--output-file` would be silently ignored. */
export function rejectReportOptions(options: GlobalOptions, command: string): void {
  if (options.format.length > 0 || options.outputFile.length > 0) {
    throw new UsageError(`${command} writes no report; leave out --format and --output-file.`);
  }
}
