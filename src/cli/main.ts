/**
 * The command-line entry: parses arguments, runs a command, and turns every outcome into an
 * exit code. This is the only place errors are caught; a stack trace is printed only with
 * `--verbose`.
 */
import { Command, CommanderError } from 'commander';

import { FORMATTERS } from '../formatters/registry.js';
import { registerCalibrate } from './commands/calibrate.js';
import { registerExport } from './commands/export.js';
import { registerGraph } from './commands/graph.js';
import { registerInit } from './commands/init.js';
import { registerImport } from './commands/import.js';
import { registerLint } from './commands/lint.js';
import { registerMatrix } from './commands/matrix.js';
import { registerRules } from './commands/rules.js';
import { registerSchema } from './commands/schema.js';
import { registerValidate } from './commands/validate.js';
import { registerStats } from './commands/stats.js';
import { registerSite } from './commands/site.js';
import { EXIT_OK, EXIT_USAGE, UsageError } from './errors.js';
import { collect } from './options.js';
import { TOOL_VERSION } from './version.js';

export async function main(argv: string[]): Promise<number> {
  ignoreClosedPipes();
  let exitCode = EXIT_OK;
  const program = buildProgram((code) => {
    exitCode = code;
  });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    return handleError(error, argv.includes('--verbose'));
  }
}

function buildProgram(setExitCode: (code: number) => void): Command {
  const program = new Command('badgemap')
    .description('Lint competency, badge and rubric definitions, and export them as Open Badges.')
    .version(TOOL_VERSION)
    .option('--config <file>', 'the config file (default: badgemap.yaml, found by walking up from here)')
    .option('--today <date>', 'the date every date-dependent check uses, YYYY-MM-DD (default: today in UTC)')
    .option('--verbose', 'list skipped documents and unused columns; print stack traces')
    .option('--format <name>', `an output format: ${Object.keys(FORMATTERS).join(', ')} (repeatable; default stylish)`, collect)
    .option('--output-file <file>', 'write the matching --format to this file (repeatable)', collect)
    .exitOverride()
    .showHelpAfterError('(run badgemap --help for usage)');

  registerLint(program, setExitCode);
  registerExport(program, setExitCode);
  registerSchema(program, setExitCode);
  registerRules(program, setExitCode);
  registerInit(program, setExitCode);
  registerValidate(program, setExitCode);
  registerGraph(program, setExitCode);
  registerMatrix(program, setExitCode);
  registerSite(program, setExitCode);
  registerImport(program, setExitCode);
  registerCalibrate(program, setExitCode);
  registerStats(program, setExitCode);
  return program;
}

/**
 * Stops writing quietly when the reader of standard output or error goes away, as in
 * `badgemap lint | head`, instead of crashing with a stack trace. The exit code stays the
 * command's own.
 */
function ignoreClosedPipes(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
}

function handleError(error: unknown, verbose: boolean): number {
  if (error instanceof CommanderError) {
    const shownHelp = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code);
    return shownHelp && error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
  }
  if (error instanceof UsageError) {
    process.stderr.write(`badgemap: ${error.message}\n`);
    if (verbose && error.stack !== undefined) process.stderr.write(`${error.stack}\n`);
    return EXIT_USAGE;
  }

  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`badgemap: internal error: ${message}\n`);
  if (verbose && error instanceof Error && error.stack !== undefined) process.stderr.write(`${error.stack}\n`);
  else process.stderr.write('badgemap: run again with --verbose for the stack trace, and report it as a bug.\n');
  return EXIT_USAGE;
}
