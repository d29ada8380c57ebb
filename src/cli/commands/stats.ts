/** `badgemap stats RESULTS.csv`: pass rates and drift per badge and competency. */
import path from 'node:path';

import type { Command } from 'commander';

import { passRateCharts } from '../../charts/pass-rate-chart.js';
import type { OutputFile } from '../../export/output.js';

import { STATS_FORMATS } from '../../formatters/reports/registry.js';
import type { ReportFormatter, StatsInput } from '../../formatters/reports/types.js';
import { RESULT_COLUMN_SYNONYMS } from '../../load/columns.js';
import { computeStats } from '../../outcomes/run.js';
import type { PassRateOptions } from '../../rules/pass-rate.js';
import { PERIOD_UNITS, type PeriodUnit } from '../../stats/periods.js';
import { UsageError } from '../errors.js';
import { hasContent, writeFileAtomic } from '../fs-host.js';
import { addResultsOptions, finishResultsRun, readerOptions, startResultsRun, type ResultsOptions } from '../results-command.js';

interface StatsOptions extends ResultsOptions {
  charts?: string;
  period?: string;
  minRate?: string;
  maxRate?: string;
  maxChange?: string;
  minOutcomes?: string;
}

export function registerStats(program: Command, setExitCode: (code: number) => void): void {
  const command = program
    .command('stats')
    .description('pass rates per badge and competency by period, with findings where they leave their band or drift')
    .argument('<results>', 'CSV, TSV or XLSX file with one row per outcome: learner, badge, criterion or competency, passed or level, date')
    .option('--period <unit>', 'month or quarter (default: the pass-rate rule option, else quarter)')
    .option('--min-rate <share>', 'lowest pass rate of the band, as 0.3 or 30% (default 30%)')
    .option('--max-rate <share>', 'highest pass rate of the band, as 0.95 or 95% (default 95%)')
    .option('--max-change <share>', 'largest allowed move between periods, as 0.15 or 15% (default 15 points)')
    .option('--min-outcomes <n>', 'periods with fewer outcomes raise no finding (default 30)')
    .option('--charts <dir>', 'also write an SVG chart per badge and competency under this folder');
  addResultsOptions(command).action(async (results: string, options: StatsOptions, self: Command) => {
    setExitCode(await runStats(results, options, self));
  });
}

async function runStats(name: string, options: StatsOptions, command: Command): Promise<number> {
  const overrides = thresholdOptions(options);
  const run = await startResultsRun(name, options, command, STATS_FORMATS, Object.keys(RESULT_COLUMN_SYNONYMS));
  if (typeof run === 'number') return run;

  const { workspace, input, cwd, global } = run;
  const result = computeStats({ workspace, ...input, map: run.map, today: global.today, overrides, ...readerOptions(run) });
  if (options.charts !== undefined && !('error' in result) && result.unmatched.size === 0) {
    writeCharts(path.resolve(cwd, options.charts), passRateCharts(result.report));
  }
  return finishResultsRun(run, result, options, (format, styles, lines) =>
    'error' in result ? '' : (STATS_FORMATS[format] as ReportFormatter<StatsInput>)({ file: input.file, report: result.report, findings: result.findings, cwd, lines, styles }),
  );
}

/** Writes each chart atomically under `dir`, skipping files that already hold the same bytes. */
function writeCharts(dir: string, charts: readonly OutputFile[]): void {
  for (const chart of charts) {
    const target = path.resolve(dir, chart.path);
    // Paths come from seg(), which cannot leave the folder; this guards against a future mistake.
    if (!target.startsWith(dir + path.sep)) throw new Error(`Refusing to write outside the charts folder: ${chart.path}`);
    if (!hasContent(target, chart.content)) writeFileAtomic(target, chart.content);
  }
}

/** Reads the thresholds given on the command line, which win over the config's pass-rate options. */
function thresholdOptions(options: StatsOptions): Partial<PassRateOptions> {
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
