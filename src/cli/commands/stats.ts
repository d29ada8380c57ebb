/** `badgemap stats RESULTS.csv`: pass rates and drift per badge and competency. */
import path from 'node:path';

import type { Command } from 'commander';

import { passRateCharts } from '../../charts/pass-rate-chart.js';
import type { OutputFile } from '../../export/output.js';
import { STATS_FORMATS } from '../../formatters/reports/registry.js';
import type { ReportFormatter, StatsInput } from '../../formatters/reports/types.js';
import { RESULT_COLUMN_SYNONYMS } from '../../load/columns.js';
import { computeStats } from '../../outcomes/run.js';
import { hasContent, writeFileAtomic } from '../fs-host.js';
import { addPassRateOptions, passRateOverrides, type PassRateFlags } from '../pass-rate-options.js';
import { addResultsOptions, finishResultsRun, readerOptions, startResultsRun, type ResultsOptions } from '../results-command.js';

interface StatsOptions extends ResultsOptions, PassRateFlags {
  charts?: string;
}

export function registerStats(program: Command, setExitCode: (code: number) => void): void {
  const command = program
    .command('stats')
    .description('pass rates per badge and competency by period, with findings where they leave their band or drift')
    .argument('<results>', 'CSV, TSV or XLSX file with one row per outcome: learner, badge, criterion or competency, passed or level, date');
  addPassRateOptions(command).option('--charts <dir>', 'also write an SVG chart per badge and competency under this folder');
  addResultsOptions(command).action(async (results: string, options: StatsOptions, self: Command) => {
    setExitCode(await runStats(results, options, self));
  });
}

async function runStats(name: string, options: StatsOptions, command: Command): Promise<number> {
  const overrides = passRateOverrides(options);
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
