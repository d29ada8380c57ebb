/**
 * When a run fails, and what `--quiet` hides: `--fail-severity`, `--max-warnings` and
 * `--quiet`, shared by every command that reports findings. Hiding findings never changes
 * the exit code, and neither does where the report goes.
 */
import { Option, type Command } from 'commander';

import { isAtLeast } from '../engine/severity.js';
import type { Finding, Severity } from '../finding.js';
import { countBySeverity } from '../formatters/stylish.js';
import { plural } from '../util/text.js';
import { UsageError } from './errors.js';

export interface FailPolicy {
  /** Findings of this severity or above fail the run. */
  failSeverity: Severity;
  /** More warnings than this fail the run, even when warnings are below `failSeverity`. */
  maxWarnings?: number;
  /** Leave warnings and infos out of the report. */
  quiet: boolean;
}

interface RawFailOptions {
  failSeverity?: string;
  maxWarnings?: string;
  quiet?: boolean;
}

const SEVERITIES: readonly Severity[] = ['error', 'warn', 'info'];

export function addFailOptions(command: Command): Command {
  return command
    .addOption(new Option('--fail-severity <severity>', 'fail (exit 1) on findings of this severity or above: error, warn or info (default: error)'))
    .addOption(new Option('--max-warnings <count>', 'fail (exit 1) when there are more warnings than this, even below --fail-severity'))
    .addOption(new Option('--quiet', 'report errors only; warnings and infos still count for the exit code'));
}

export function failPolicy(options: RawFailOptions): FailPolicy {
  return {
    failSeverity: parseSeverity(options.failSeverity),
    ...(options.maxWarnings === undefined ? {} : { maxWarnings: parseMaxWarnings(options.maxWarnings) }),
    quiet: options.quiet === true,
  };
}

function parseSeverity(value: string | undefined): Severity {
  if (value === undefined) return 'error';
  if ((SEVERITIES as readonly string[]).includes(value)) return value as Severity;
  const hint = value === 'warning' ? ' ("warning" is spelled "warn" here)' : '';
  throw new UsageError(`Invalid --fail-severity "${value}"${hint}: use error, warn or info.`);
}

function parseMaxWarnings(value: string): number {
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`Invalid --max-warnings "${value}": use a whole number of 0 or more, such as --max-warnings 0.`);
  }
  return Number(value);
}

export interface Verdict {
  fails: boolean;
  /** A reason for standard error, given when the report alone would not show why the run fails. */
  note?: string;
}

/** Judges every finding, hidden or not. */
export function judge(findings: readonly Finding[], policy: FailPolicy): Verdict {
  const atFailSeverity = findings.some((finding) => isAtLeast(finding.severity, policy.failSeverity));
  if (atFailSeverity) return { fails: true };

  const warnings = countBySeverity(findings).warn;
  if (policy.maxWarnings !== undefined && warnings > policy.maxWarnings) {
    return { fails: true, note: `${plural(warnings, 'warning')} found; --max-warnings allows ${policy.maxWarnings}.` };
  }
  return { fails: false };
}

/** Splits findings into those to report and the counts by severity that `--quiet` leaves out. */
export function visibleFindings(findings: readonly Finding[], policy: FailPolicy): { reported: Finding[]; hidden: Partial<Record<Severity, number>> } {
  if (!policy.quiet) return { reported: [...findings], hidden: {} };
  const reported = findings.filter((finding) => finding.severity === 'error');
  const counts = countBySeverity(findings);
  return { reported, hidden: { warn: counts.warn, info: counts.info } };
}
