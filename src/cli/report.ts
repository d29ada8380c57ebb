/**
 * Writes a findings report in each requested format: `--format` pairs in order with
 * `--output-file`, and a format without a file goes to standard output.
 */
import path from 'node:path';

import { Chalk } from 'chalk';

import { FORMATTERS } from '../formatters/registry.js';
import { PLAIN_STYLES, type ReportInput, type Styles } from '../formatters/types.js';
import { UsageError } from './errors.js';
import { writeFileAtomic } from './fs-host.js';

export interface ReportTarget {
  format: string;
  /** Absolute path, or `undefined` for standard output. */
  file?: string;
}

/** Pairs formats with files; `known` is the command's format registry, lint's by default. */
export function reportTargets(
  formats: readonly string[],
  files: readonly string[],
  cwd: string,
  known: Readonly<Record<string, unknown>> = FORMATTERS,
): ReportTarget[] {
  return outputTargets(formats, files, cwd, { known: Object.keys(known), fallback: 'stylish' });
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
  choices: { known: readonly string[]; fallback: string },
): ReportTarget[] {
  const names = formats.length === 0 ? [choices.fallback] : formats;
  if (files.length > names.length) {
    throw new UsageError(`${files.length} --output-file options but only ${names.length} --format; give a --format for each file.`);
  }

  const targets = names.map((format, index) => {
    if (!choices.known.includes(format)) {
      throw new UsageError(`Unknown format "${format}". Use one of: ${choices.known.join(', ')}.`);
    }
    const file = files[index];
    return file === undefined ? { format } : { format, file: path.resolve(cwd, file) };
  });

  if (targets.filter((target) => target.file === undefined).length > 1) {
    throw new UsageError('At most one --format can go to standard output; give the others an --output-file.');
  }
  return targets;
}

export function writeReports(targets: readonly ReportTarget[], input: Omit<ReportInput, 'styles'>): void {
  for (const target of targets) {
    const formatter = FORMATTERS[target.format];
    if (formatter === undefined) continue;
    if (target.file === undefined) {
      process.stdout.write(formatter({ ...input, styles: terminalStyles(process.stdout) }));
    } else {
      writeFileAtomic(target.file, formatter({ ...input, styles: PLAIN_STYLES }));
    }
  }
}

/** Writes findings in the stylish format to standard error, for commands whose standard output is not a report. */
export function writeStylishToStderr(input: Omit<ReportInput, 'styles'>): void {
  const stylish = FORMATTERS.stylish;
  if (stylish !== undefined) process.stderr.write(stylish({ ...input, styles: terminalStyles(process.stderr) }));
}

/** Colour only on a terminal, and never when NO_COLOR is set to anything but the empty string. */
export function useColour(stream: NodeJS.WriteStream): boolean {
  const noColour = process.env.NO_COLOR;
  return stream.isTTY === true && (noColour === undefined || noColour === '');
}

export function terminalStyles(stream: NodeJS.WriteStream): Styles {
  if (!useColour(stream)) return PLAIN_STYLES;
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
