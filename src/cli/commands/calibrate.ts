/** `badgemap calibrate SCORES.csv`: inter-rater agreement per rubric criterion. */
import type { Command } from 'commander';

import { calibrate } from '../../calibration/run.js';
import { CALIBRATION_FORMATS } from '../../formatters/reports/registry.js';
import type { CalibrationInput, ReportFormatter } from '../../formatters/reports/types.js';
import { SCORE_COLUMN_SYNONYMS } from '../../load/columns.js';
import { didYouMean } from '../../util/suggest.js';
import { UsageError } from '../errors.js';
import { globalOptions } from '../options.js';
import { reportTargets } from '../report.js';
import {
  addResultsOptions,
  checkFailOptions,
  checkUnmatched,
  loadRepository,
  parseDelimiter,
  parseMap,
  readInputFile,
  resultsExitCode,
  writeNotes,
  writeResults,
  type ResultsOptions,
} from '../results-command.js';

interface CalibrateOptions extends ResultsOptions {
  rubric?: string;
  top?: string;
}

export function registerCalibrate(program: Command, setExitCode: (code: number) => void): void {
  const command = program
    .command('calibrate')
    .description('measure how well reviewers agree, per rubric criterion, from a scores file')
    .argument('<scores>', 'CSV or TSV file with one row per score: submission, reviewer, criterion, level')
    .option('--rubric <id>', 'the rubric of every criterion, when the file has no rubric column')
    .option('--top <n>', 'submissions with the widest disagreement to list per criterion (default 3)');
  addResultsOptions(command).action((scores: string, options: CalibrateOptions, self: Command) => {
    setExitCode(runCalibrate(scores, options, self));
  });
}

function runCalibrate(name: string, options: CalibrateOptions, command: Command): number {
  const global = globalOptions(command);
  const cwd = process.cwd();
  const targets = reportTargets(global.format, global.outputFile, cwd, CALIBRATION_FORMATS);
  const map = parseMap(options.map, Object.keys(SCORE_COLUMN_SYNONYMS));
  const delimiter = parseDelimiter(options.delimiter);
  const top = parseTop(options.top);
  checkFailOptions(options);
  const input = readInputFile(cwd, name);

  const workspace = loadRepository(cwd, global.config);
  if (typeof workspace === 'number') return workspace;
  if (options.rubric !== undefined && !workspace.model.has('rubric', options.rubric)) {
    throw new UsageError(`Unknown --rubric "${options.rubric}".${didYouMean(options.rubric, workspace.model.ids('rubric'))} Rubrics: ${workspace.model.ids('rubric').join(', ') || 'none'}.`);
  }

  const result = calibrate({
    workspace,
    ...input,
    map,
    top,
    ...(delimiter === undefined ? {} : { delimiter }),
    ...(options.rubric === undefined ? {} : { rubric: options.rubric }),
  });
  checkUnmatched(result.unmatched, result.header);
  writeNotes([...workspace.notes, ...result.notes], global.verbose, cwd);

  const lines = (file: string) => result.sources.get(file)?.lines();
  writeResults(targets, (format, styles) =>
    (CALIBRATION_FORMATS[format] as ReportFormatter<CalibrationInput>)({ file: input.file, report: result.report, findings: result.findings, cwd, lines, styles }),
  );
  return resultsExitCode(result.findings, options);
}

function parseTop(value: string | undefined): number {
  if (value === undefined) return 3;
  if (!/^\d+$/.test(value)) throw new UsageError(`Invalid --top "${value}": use a whole number such as 3, or 0 for none.`);
  return Number(value);
}
