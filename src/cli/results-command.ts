/**
 * The command-line steps that `calibrate` and `stats` share: reading the input file, `--map`,
 * the failing severity, loading the repository, and writing the report in each format.
 */
import fs from 'node:fs';
import path from 'node:path';

import type { Command } from 'commander';

import type { ReportOutcome } from '../engine/report-input.js';
import type { Finding, Severity } from '../finding.js';
import { formatStylish } from '../formatters/stylish.js';
import { PLAIN_STYLES, type Styles } from '../formatters/types.js';
import { displayPath } from '../formatters/paths.js';
import type { Workspace } from '../load/workspace.js';
import { isWorkbookFile } from '../source/open-table.js';
import { readWorkbook, type WorkbookResult } from '../source/xlsx-source.js';
import { didYouMean } from '../util/suggest.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError } from './errors.js';
import { describeFsError, writeFileAtomic } from './fs-host.js';
import { collect, globalOptions, type GlobalOptions } from './options.js';
import { loadProject } from './project.js';
import { reportTargets, terminalStyles, type ReportTarget } from './report.js';

/** The options that set how an input table is read. */
export interface TableOptions {
  map?: string[];
  delimiter?: string;
  sheet?: string;
}

export interface ResultsOptions extends TableOptions {
  failSeverity?: string;
  maxWarnings?: string;
}

const SEVERITIES: readonly Severity[] = ['info', 'warn', 'error'];
const DELIMITERS: Record<string, string> = { ',': ',', ';': ';', '|': '|', tab: '\t', '\\t': '\t', '\t': '\t' };

/** Adds the options both commands take. */
export function addResultsOptions(command: Command): Command {
  return addTableOptions(command)
    .option('--fail-severity <level>', 'exit 1 on findings of this severity or higher: error, warn or info (default error)')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this');
}

/** Adds `--map`, `--delimiter` and `--sheet`, which set how the input table is read. */
export function addTableOptions(command: Command): Command {
  return command
    .option('--map <field=header>', 'read FIELD from the column named HEADER (repeatable)', collect)
    .option('--delimiter <char>', 'the cell delimiter: , ; | or tab (default: detected)')
    .option('--sheet <name>', 'the worksheet of an XLSX file (default: the first visible one)');
}

export interface InputFile {
  file: string;
  bytes: Uint8Array;
}

/** Reads the file a command is given; a file that cannot be read is a usage error. */
export function readInputFile(cwd: string, name: string): InputFile {
  const file = path.resolve(cwd, name);
  try {
    return { file, bytes: fs.readFileSync(file) };
  } catch (error) {
    throw new UsageError(`Cannot read ${name}: ${describeFsError(error)}.`);
  }
}

/** Turns `--map FIELD=HEADER` values into a mapping, checking each field name. */
export function parseMap(values: readonly string[] | undefined, fields: readonly string[]): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const value of values ?? []) {
    const separator = value.indexOf('=');
    const field = value.slice(0, separator).trim();
    const header = value.slice(separator + 1).trim();
    if (separator <= 0 || header === '') {
      throw new UsageError(`Invalid --map "${value}": write it as FIELD=HEADER, for example reviewer="Marker name".`);
    }
    if (!fields.includes(field)) {
      throw new UsageError(`Invalid --map "${value}": no field "${field}".${didYouMean(field, fields)} Fields: ${fields.join(', ')}.`);
    }
    mapping[field] = header;
  }
  return mapping;
}

export function parseDelimiter(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const delimiter = DELIMITERS[value];
  if (delimiter === undefined) throw new UsageError(`Invalid --delimiter "${value}": use , ; | or tab.`);
  return delimiter;
}

/** Raises a usage error for a `--map` header that the file does not have. */
export function checkUnmatched(unmatched: ReadonlyMap<string, string>, header: readonly string[]): void {
  for (const [field, name] of unmatched) {
    throw new UsageError(`--map ${field}=${name}: the file has no column "${name}".${didYouMean(name, header)} Its columns are: ${header.join(', ')}.`);
  }
}

/** Loads the repository, or prints the config findings and returns the exit code. */
export async function loadRepository(cwd: string, config: string | undefined): Promise<Workspace | number> {
  const project = await loadProject(cwd, config);
  if (project.kind === 'loaded') return project.workspace;
  const text = formatStylish({ findings: project.findings, cwd, lines: (file) => project.sources.get(file)?.lines(), styles: terminalStyles(process.stderr) });
  process.stderr.write(text);
  return EXIT_USAGE;
}

/** Writes the report in each requested format, to standard output or atomically to a file. */
export function writeResults(targets: readonly ReportTarget[], render: (format: string, styles: Styles) => string): void {
  for (const target of targets) {
    if (target.file === undefined) process.stdout.write(render(target.format, terminalStyles(process.stdout)));
    else writeFileAtomic(target.file, render(target.format, PLAIN_STYLES));
  }
}

/** Returns 2 for config findings, 1 at or above the failing severity or past `--max-warnings`, else 0. */
export function resultsExitCode(findings: readonly Finding[], options: ResultsOptions): number {
  if (findings.some((finding) => finding.ruleId === 'config')) return EXIT_USAGE;
  const threshold = SEVERITIES.indexOf(parseFailSeverity(options.failSeverity));
  if (findings.some((finding) => SEVERITIES.indexOf(finding.severity) >= threshold)) return EXIT_FINDINGS;

  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  const warnings = findings.filter((finding) => finding.severity === 'warn').length;
  return maxWarnings !== undefined && warnings > maxWarnings ? EXIT_FINDINGS : EXIT_OK;
}

/** Checks `--fail-severity` and `--max-warnings` before any work is done. */
export function checkFailOptions(options: ResultsOptions): void {
  parseFailSeverity(options.failSeverity);
  parseMaxWarnings(options.maxWarnings);
}

function parseFailSeverity(value: string | undefined): Severity {
  if (value === undefined) return 'error';
  if (!(SEVERITIES as readonly string[]).includes(value)) throw new UsageError(`Invalid --fail-severity "${value}": use error, warn or info.`);
  return value as Severity;
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`Invalid --max-warnings "${value}": use a whole number such as 0 or 10.`);
  return Number(value);
}

/** Writes `--verbose` notes to standard error. */
export function writeNotes(notes: readonly string[], verbose: boolean, cwd: string): void {
  if (!verbose) return;
  for (const note of notes) process.stderr.write(`badgemap: ${note.replace(cwd + path.sep, '')}\n`);
}

/** An input table read from disk, with the options that set how its cells are read. */
export interface TableInput {
  map: Record<string, string>;
  delimiter?: string;
  input: InputFile;
  /** The workbook of an XLSX input file, and the worksheet to read from it. */
  workbook?: WorkbookResult;
  sheet?: string;
}

/** The state of either command once the shared options are checked and the input is read. */
export interface ResultsRun extends TableInput {
  global: GlobalOptions;
  cwd: string;
  targets: ReportTarget[];
  workspace: Workspace;
}

/**
 * Checks `--map` and `--delimiter` against the table's `fields` and reads the file, and the
 * workbook when it is an XLSX file. A file that cannot be read is a usage error.
 */
export async function readTableInput(cwd: string, name: string, options: TableOptions, fields: readonly string[]): Promise<TableInput> {
  const map = parseMap(options.map, fields);
  const delimiter = parseDelimiter(options.delimiter);
  const input = readInputFile(cwd, name);
  const workbook = isWorkbookFile(input.file) ? await readWorkbook(input.bytes) : undefined;
  return {
    map,
    ...(delimiter === undefined ? {} : { delimiter }),
    input,
    ...(workbook === undefined ? {} : { workbook }),
    ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
  };
}

/**
 * Checks the shared options, reads the input file and loads the repository. Returns the exit
 * code instead when the config does not load.
 */
export async function startResultsRun(
  name: string,
  options: ResultsOptions,
  command: Command,
  formats: Readonly<Record<string, unknown>>,
  fields: readonly string[],
): Promise<ResultsRun | number> {
  const global = globalOptions(command);
  const cwd = process.cwd();
  const targets = reportTargets(global.format, global.outputFile, cwd, formats);
  checkFailOptions(options);
  const table = await readTableInput(cwd, name, options, fields);

  const workspace = await loadRepository(cwd, global.config);
  if (typeof workspace === 'number') return workspace;
  return { global, cwd, targets, ...table, workspace };
}

/** Returns the table reader options that the command line sets: delimiter, worksheet, workbook. */
export function readerOptions(run: TableInput): { delimiter?: string; sheet?: string; workbook?: WorkbookResult } {
  return {
    ...(run.delimiter === undefined ? {} : { delimiter: run.delimiter }),
    ...(run.sheet === undefined ? {} : { sheet: run.sheet }),
    ...(run.workbook === undefined ? {} : { workbook: run.workbook }),
  };
}

/** Rejects unmatched `--map` headers, writes the notes and every report, and returns the exit code. */
export function finishResultsRun(
  run: ResultsRun,
  outcome: ReportOutcome | { error: string },
  options: ResultsOptions,
  render: (format: string, styles: Styles, lines: (file: string) => readonly string[] | undefined) => string,
): number {
  if ('error' in outcome) throw new UsageError(`Cannot read ${displayPath(run.input.file, run.cwd)}: ${outcome.error}.`);
  checkUnmatched(outcome.unmatched, outcome.header);
  writeNotes([...run.workspace.notes, ...outcome.notes], run.global.verbose, run.cwd);

  const lines = (file: string) => outcome.sources.get(file)?.lines();
  writeResults(run.targets, (format, styles) => render(format, styles, lines));
  return resultsExitCode(outcome.findings, options);
}
