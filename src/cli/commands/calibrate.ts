/** `badgemap calibrate SCORES.csv`: inter-rater agreement per rubric criterion. */
import type { Command } from 'commander';

import { calibrate } from '../../calibration/run.js';
import { CALIBRATION_FORMATS } from '../../formatters/reports/registry.js';
import type { CalibrationInput, ReportFormatter } from '../../formatters/reports/types.js';
import { SCORE_COLUMN_SYNONYMS } from '../../load/columns.js';
import { didYouMean } from '../../util/suggest.js';
import { UsageError } from '../errors.js';
import { addResultsOptions, finishResultsRun, readerOptions, startResultsRun, type ResultsOptions } from '../results-command.js';

interface CalibrateOptions extends ResultsOptions {
  rubric?: string;
  top?: string;
}

export function registerCalibrate(program: Command, setExitCode: (code: number) => void): void {
  const command = program
    .command('calibrate')
    .description('measure how well reviewers agree, per rubric criterion, from a scores file')
    .argument('<scores>', 'CSV, TSV or XLSX file with one row per score: submission, reviewer, criterion, level')
    .option('--rubric <id>', 'the rubric of every criterion, when the file has no rubric column')
    .option('--top <n>', 'submissions with the widest disagreement to list per criterion (default 3)');
  addResultsOptions(command).action(async (scores: string, options: CalibrateOptions, self: Command) => {
    setExitCode(await runCalibrate(scores, options, self));
  });
}

async function runCalibrate(name: string, options: CalibrateOptions, command: Command): Promise<number> {
  const top = parseTop(options.top);
  const run = await startResultsRun(name, options, command, CALIBRATION_FORMATS, Object.keys(SCORE_COLUMN_SYNONYMS));
  if (typeof run === 'number') return run;

  const { workspace, input, cwd } = run;
  if (options.rubric !== undefined && !workspace.model.has('rubric', options.rubric)) {
    const rubrics = workspace.model.ids('rubric');
    throw new UsageError(`Unknown --rubric "${options.rubric}".${didYouMean(options.rubric, rubrics)} Rubrics: ${rubrics.join(', ') || 'none'}.`);
  }

  const result = calibrate({
    workspace,
    ...input,
    map: run.map,
    top,
    ...readerOptions(run),
    ...(options.rubric === undefined ? {} : { rubric: options.rubric }),
  });
  return finishResultsRun(run, result, options, (format, styles, lines) =>
    'error' in result ? '' : (CALIBRATION_FORMATS[format] as ReportFormatter<CalibrationInput>)({ file: input.file, report: result.report, findings: result.findings, cwd, lines, styles }),
  );
}

function parseTop(value: string | undefined): number {
  if (value === undefined) return 3;
  if (!/^\d+$/.test(value)) throw new UsageError(`Invalid --top "${value}": use a whole number such as 3, or 0 for none.`);
  return Number(value);
}
