/** `badgemap init [DIR]`: scaffold a repository, never overwriting a file that exists. */
import fs from 'node:fs';
import path from 'node:path';

import type { Command } from 'commander';

import { displayPath } from '../../formatters/paths.js';
import { scaffoldFiles } from '../../init/scaffold.js';
import { plural } from '../../util/text.js';
import { EXIT_OK, UsageError } from '../errors.js';
import { describeFsError, writeFileExclusive } from '../fs-host.js';
import { globalOptions, rejectReportOptions } from '../options.js';
import { TOOL_VERSION } from '../version.js';

export function registerInit(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('init')
    .description('create a config, a worked example, editor settings and a CI workflow; existing files are kept')
    .argument('[dir]', 'the folder to set up, created when missing (default: the working directory)')
    .action((dir: string | undefined, _options: unknown, command: Command) => {
      rejectReportOptions(globalOptions(command), 'init');
      setExitCode(runInit(dir ?? '.'));
    });
}

function runInit(dir: string): number {
  const cwd = process.cwd();
  const root = path.resolve(cwd, dir);
  const stat = fs.statSync(root, { throwIfNoEntry: false });
  if (stat !== undefined && !stat.isDirectory()) throw new UsageError(`Cannot initialise ${dir}: it is a file, not a folder.`);

  const created: string[] = [];
  const skipped: string[] = [];
  for (const file of scaffoldFiles(TOOL_VERSION)) {
    const target = path.join(root, ...file.path.split('/'));
    let wrote: boolean;
    try {
      wrote = writeFileExclusive(target, file.content);
    } catch (error) {
      throw new UsageError(`Cannot create ${displayPath(target, cwd)}: ${describeFsError(error)}.`, { cause: error });
    }
    (wrote ? created : skipped).push(file.path);
    process.stdout.write(wrote ? `created  ${file.path}\n` : `skipped  ${file.path} (it already exists)\n`);
  }

  const where = root === cwd ? 'here' : `in ${displayPath(root, cwd)}/`;
  const skippedNote = skipped.length > 0 ? `; kept ${plural(skipped.length, 'file')} that already existed` : '';
  process.stdout.write(`\nCreated ${plural(created.length, 'file')} ${where}${skippedNote}.\n`);
  const enter = root === cwd ? '' : `cd ${displayPath(root, cwd)} && `;
  process.stdout.write(`Next: ${enter}badgemap lint && badgemap export\n`);
  return EXIT_OK;
}
