/** `badgemap site`: write the static pages at the exported criteria URLs, refusing while lint reports errors. */
import fs from 'node:fs';
import path from 'node:path';

import type { Command } from 'commander';

import { ExportError, type OutputFile } from '../../export/output.js';
import { displayPath } from '../../formatters/paths.js';
import { buildSite } from '../../site/build.js';
import { plural } from '../../util/text.js';
import { EXIT_OK, UsageError } from '../errors.js';
import { describeFsError } from '../fs-host.js';
import { lintBeforeWriting } from '../lint-gate.js';
import { globalOptions } from '../options.js';
import { reportTargets } from '../report.js';
import { writeOutputs } from './export.js';

export function registerSite(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('site')
    .description('write a static site: a catalogue, a criteria page per badge and a page per competency')
    .option('--out <dir>', 'the output folder (default: dist/ at the repository root)')
    .action(async (siteOptions: { out?: string }, command: Command) => {
      setExitCode(await runSite(siteOptions, command));
    });
}

async function runSite(siteOptions: { out?: string }, command: Command): Promise<number> {
  const options = globalOptions(command);
  const cwd = process.cwd();
  const reports = reportTargets(options.format, options.outputFile, cwd);

  const gate = await lintBeforeWriting(cwd, options, reports, 'site not written');
  if (!gate.passed) return gate.exitCode;
  const { workspace } = gate;

  const outDir = path.resolve(siteOptions.out === undefined ? workspace.config.root : cwd, siteOptions.out ?? 'dist');
  let files: OutputFile[];
  try {
    files = await buildSite({ model: workspace.model, config: workspace.config });
  } catch (error) {
    if (error instanceof ExportError) throw new UsageError(error.message);
    throw error;
  }

  const written = writeSite(outDir, files);
  const badges = workspace.model.distinct('badge').length;
  const competencies = workspace.model.distinct('competency').length;
  const warnings = gate.warnings > 0 ? ` ${plural(gate.warnings, 'warning')} reported; run badgemap lint to see them.` : '';
  process.stdout.write(
    `Wrote the site of ${plural(badges, 'badge')} and ${plural(competencies, 'competency', 'competencies')} to ${displayPath(outDir, cwd)}/: ` +
      `${plural(written, 'file')} written, ${files.length - written} unchanged.${warnings}\n`,
  );
  return EXIT_OK;
}

/** Writes the files, turning a folder that cannot be written into a one-line error. */
function writeSite(outDir: string, files: readonly OutputFile[]): number {
  if (fs.existsSync(outDir) && !fs.statSync(outDir).isDirectory()) {
    throw new UsageError(`Cannot write the site to ${outDir}: it is a file, not a folder. Give --out a folder.`);
  }
  try {
    return writeOutputs(outDir, files);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === undefined) throw error;
    const file = (error as NodeJS.ErrnoException).path ?? outDir;
    throw new UsageError(`Cannot write the site to ${file}: ${describeFsError(error)}.`);
  }
}
