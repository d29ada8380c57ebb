/** `badgemap schema --out DIR`: write the JSON Schemas for editors. */
import path from 'node:path';

import type { Command } from 'commander';

import { displayFolder, displayPath } from '../../formatters/paths.js';
import { schemaFiles } from '../../schemas/files.js';
import { stableJson } from '../../util/json.js';
import { plural } from '../../util/text.js';
import { EXIT_OK, UsageError } from '../errors.js';
import { describeFsError, hasContent, writeFileAtomic } from '../fs-host.js';
import { globalOptions, rejectReportOptions } from '../options.js';

export function registerSchema(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('schema')
    .description('write the JSON Schemas of the config and of every definition kind, for editors')
    .option('--out <dir>', 'the folder to write them to, created when missing')
    .action((options: { out?: string }, command: Command) => {
      rejectReportOptions(globalOptions(command), 'schema');
      if (options.out === undefined) throw new UsageError('Missing --out DIR: the folder to write the schemas to, for example --out schemas.');
      setExitCode(writeSchemas(path.resolve(process.cwd(), options.out)));
    });
}

function writeSchemas(outDir: string): number {
  const cwd = process.cwd();
  let written = 0;
  const files = schemaFiles();
  for (const file of files) {
    const target = path.join(outDir, file.name);
    const content = stableJson(file.schema);
    if (hasContent(target, content)) {
      process.stdout.write(`unchanged  ${displayPath(target, cwd)}\n`);
      continue;
    }
    try {
      writeFileAtomic(target, content);
    } catch (error) {
      throw new UsageError(`Cannot write ${displayPath(target, cwd)}: ${describeFsError(error)}.`, { cause: error });
    }
    process.stdout.write(`wrote      ${displayPath(target, cwd)}\n`);
    written++;
  }
  process.stdout.write(`${plural(files.length, 'schema')} in ${displayFolder(outDir, cwd)}/: ${written} written, ${files.length - written} unchanged.\n`);
  return EXIT_OK;
}
