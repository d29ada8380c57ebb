/** `badgemap schema --out DIR`: write the JSON Schemas for editors. */
import path from 'node:path';

import type { Command } from 'commander';

import { schemaFiles } from '../../schemas/files.js';
import { stableJson } from '../../util/json.js';
import { displayPath } from '../../formatters/paths.js';
import { EXIT_OK, UsageError } from '../errors.js';
import { hasContent, writeFileAtomic } from '../fs-host.js';

export function registerSchema(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('schema')
    .description('write the JSON Schemas of the config and of every definition kind, for editors')
    .option('--out <dir>', 'the folder to write them to')
    .action((options: { out?: string }) => {
      if (options.out === undefined) throw new UsageError('Missing --out DIR: the folder to write the schemas to.');
      const outDir = path.resolve(process.cwd(), options.out);
      for (const file of schemaFiles()) {
        const target = path.join(outDir, file.name);
        const content = stableJson(file.schema);
        if (!hasContent(target, content)) writeFileAtomic(target, content);
        process.stdout.write(`${displayPath(target, process.cwd())}\n`);
      }
      setExitCode(EXIT_OK);
    });
}
