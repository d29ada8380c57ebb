/**
 * `badgemap site`: write the static pages at the exported criteria URLs, refusing while lint
 * reports errors, with pass rates on the pages when `--results` gives assessment results.
 */
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
import { addPassRateOptions } from '../pass-rate-options.js';
import { reportTargets } from '../report.js';
import { addTableOptions } from '../results-command.js';
import { passRatesForSite, readResultsRequest, type SiteResultsOptions } from '../site-results.js';
import { writeOutputs } from './export.js';

interface SiteOptions extends SiteResultsOptions {
  out?: string;
}

export function registerSite(program: Command, setExitCode: (code: number) => void): void {
  const command = program
    .command('site')
    .description('write a static site: a catalogue, a criteria page per badge and a page per competency')
    .option('--out <dir>', 'the output folder (default: dist/ at the repository root)')
    .option('--results <file>', 'add pass rates from this assessment results file (CSV, TSV or XLSX, as for stats) to the badge and competency pages');
  addPassRateOptions(command);
  addTableOptions(command).action(async (siteOptions: SiteOptions, self: Command) => {
    setExitCode(await runSite(siteOptions, self));
  });
}

async function runSite(siteOptions: SiteOptions, command: Command): Promise<number> {
  const options = globalOptions(command);
  const cwd = process.cwd();
  const reports = reportTargets(options.format, options.outputFile, cwd);
  const resultsRequest = await readResultsRequest(cwd, siteOptions);

  const gate = await lintBeforeWriting(cwd, options, reports, 'site not written');
  if (!gate.passed) return gate.exitCode;
  const { workspace } = gate;

  const passRates = resultsRequest === undefined ? undefined : passRatesForSite(resultsRequest, workspace, options, reports, cwd);
  if (passRates?.passed === false) return passRates.exitCode;

  const outDir = path.resolve(siteOptions.out === undefined ? workspace.config.root : cwd, siteOptions.out ?? 'dist');
  let files: OutputFile[];
  try {
    files = await buildSite({ model: workspace.model, config: workspace.config, ...(passRates === undefined ? {} : { extensions: passRates.extensions }) });
  } catch (error) {
    if (error instanceof ExportError) throw new UsageError(error.message);
    throw error;
  }

  const written = writeSite(outDir, files);
  const badges = workspace.model.distinct('badge').length;
  const competencies = workspace.model.distinct('competency').length;
  const warnings = gate.warnings > 0 ? ` ${plural(gate.warnings, 'warning')} reported; run badgemap lint to see them.` : '';
  const rates = passRates === undefined ? '' : ` ${passRates.summary}`;
  process.stdout.write(
    `Wrote the site of ${plural(badges, 'badge')} and ${plural(competencies, 'competency', 'competencies')} to ${displayPath(outDir, cwd)}/: ` +
      `${plural(written, 'file')} written, ${files.length - written} unchanged.${warnings}${rates}\n`,
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
