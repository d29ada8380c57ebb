/**
 * Writes a findings report in each requested format: `--format` pairs in order with
 * `--output-file`, and a format without a file goes to standard output. Under GitHub
 * Actions with no `--format`, workflow annotations follow the stylish report on standard
 * output, the one case where two formats share it.
 */
import path from 'node:path';

import { Chalk } from 'chalk';

import { FORMATTERS } from '../formatters/registry.js';
import { PLAIN_STYLES, type ReportInput, type Styles } from '../formatters/types.js';
import { UsageError } from './errors.js';
import { describeFsError, writeFileAtomic } from './fs-host.js';
import { TOOL_VERSION } from './version.js';

export interface ReportTarget {
  format: string;
  /** Absolute path, or `undefined` for standard output. */
  file?: string;
}

export interface ReportTargetOptions {
  /** The command name, for messages. */
  command?: string;
  /** Add GitHub annotations after the default report when no `--format` is given. */
  annotate?: boolean;
}

/** Pairs formats with files; `known` is the command's format registry, lint's by default. */
export function reportTargets(
  formats: readonly string[],
  files: readonly string[],
  cwd: string,
  known: Readonly<Record<string, unknown>> = FORMATTERS,
  options: ReportTargetOptions = {},
): ReportTarget[] {
  const targets = outputTargets(formats, files, cwd, { known: Object.keys(known), fallback: 'stylish', ...(options.command === undefined ? {} : { command: options.command }) });
  if (formats.length === 0 && options.annotate === true) targets.push({ format: 'github' });
  return targets;
}

/**
 * Pairs `--format` options in order with `--output-file` options, for any command whose
 * output comes in formats: each format must be known, and at most one may go to standard
 * output.
 */
export function outputTargets(
  formats: readonly string[],
  files: readonly string[],
  cwd: string,
  choices: { known: readonly string[]; fallback: string; command?: string },
): ReportTarget[] {
  const names = formats.length === 0 ? [choices.fallback] : formats;
  if (files.length > names.length) {
    throw new UsageError(`${files.length} --output-file options but only ${names.length} --format; give a --format for each file.`);
  }

  const targets: ReportTarget[] = names.map((format, index) => {
    if (!choices.known.includes(format)) {
      const command = choices.command === undefined ? '' : ` for ${choices.command}`;
      throw new UsageError(`Unknown format "${format}"${command}. Use one of: ${choices.known.join(', ')}.`);
    }
    const file = files[index];
    return file === undefined ? { format } : { format, file: path.resolve(cwd, file) };
  });

  if (targets.filter((target) => target.file === undefined).length > 1) {
    throw new UsageError('At most one --format can go to standard output; give the others an --output-file.');
  }
  return targets;
}

export function underGithubActions(): boolean {
  return process.env.GITHUB_ACTIONS === 'true';
}

export function writeReports(targets: readonly ReportTarget[], input: Omit<ReportInput, 'styles'>): void {
  const full = { toolVersion: TOOL_VERSION, ...input };
  for (const target of targets) {
    const formatter = FORMATTERS[target.format];
    if (formatter === undefined) continue;
    if (target.file === undefined) {
      process.stdout.write(formatter({ ...full, styles: terminalStyles(process.stdout) }));
      continue;
    }

    const text = formatter({ ...full, styles: PLAIN_STYLES });
    try {
      writeFileAtomic(target.file, text);
    } catch (error) {
      throw new UsageError(`Cannot write the ${target.format} report to ${target.file}: ${describeFsError(error)}.`, { cause: error });
    }
  }
}

/** Writes findings in the stylish format to standard error, for commands whose standard output is not a report. */
export function writeStylishToStderr(input: Omit<ReportInput, 'styles'>): void {
  const stylish = FORMATTERS.stylish;
  if (stylish !== undefined) process.stderr.write(stylish({ toolVersion: TOOL_VERSION, ...input, styles: terminalStyles(process.stderr) }));
}

/**
 * Colour only on a terminal, and never when NO_COLOR is set to anything but the empty
 * string. FORCE_COLOR (set, and not `0` or `false`) turns it on where there is no terminal,
 * as in CI logs that render colour; NO_COLOR still wins.
 */
export function useColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '0' && force !== 'false') return true;
  return stream.isTTY === true;
}

export function terminalStyles(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Styles {
  if (!useColour(stream, env)) return PLAIN_STYLES;
  const chalk = new Chalk({ level: 1 });
  return {
    error: chalk.red,
    warn: chalk.yellow,
    info: chalk.blue,
    dim: chalk.dim,
    bold: chalk.bold,
    underline: chalk.underline,
  };
}
