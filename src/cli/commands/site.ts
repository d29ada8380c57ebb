/** `badgemap site`: write the static pages at the exported criteria URLs, refusing while lint reports errors. */
import fs from 'node:fs';
import path from 'node:path';

import type { Command } from 'commander';

import { lintWorkspace } from '../../engine/lint.js';
import { ExportError, type OutputFile } from '../../export/output.js';
import { displayPath } from '../../formatters/paths.js';
import { countBySeverity } from '../../formatters/stylish.js';
import { buildSite } from '../../site/build.js';
import { plural } from '../../util/text.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError } from '../errors.js';
import { describeFsError } from '../fs-host.js';
import { globalOptions } from '../options.js';
import { loadProject } from '../project.js';
import { reportTargets, writeReports } from '../report.js';
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

  const project = await loadProject(cwd, options.config);
  if (project.kind === 'invalid-config') {
    writeReports(reports, { findings: project.findings, cwd, lines: (file) => project.sources.get(file)?.lines() });
    return EXIT_USAGE;
  }

  const { workspace } = project;
  const findings = lintWorkspace(workspace, { today: options.today });
  const counts = countBySeverity(findings);
  const lines = (file: string) => workspace.sources.get(file)?.lines();
  if (findings.some((finding) => finding.ruleId === 'config')) {
    writeReports(reports, { findings, cwd, lines });
    return EXIT_USAGE;
  }
  if (counts.error > 0) {
    writeReports(reports, { findings, cwd, lines });
    process.stderr.write(`badgemap: site not written: fix the ${plural(counts.error, 'error')} above first.\n`);
    return EXIT_FINDINGS;
  }

  const outDir = path.resolve(siteOptions.out === undefined ? workspace.config.root : cwd, siteOptions.out ?? 'dist');
  let files: OutputFile[];
  try {
    files = await buildSite({ model: workspace.model, config: workspace.config });
  } catch (error) {
    if (error instanceof ExportError) throw new UsageError(error.message);
    throw error;
  }

  const written = writeSite(outDir, files);
  const { badges, competencies } = workspace.model;
  const warnings = counts.warn > 0 ? ` ${plural(counts.warn, 'warning')} reported; run badgemap lint to see them.` : '';
  process.stdout.write(
    `Wrote the site of ${plural(new Set(badges.map((badge) => badge.id)).size, 'badge')} and ` +
      `${plural(new Set(competencies.map((competency) => competency.id)).size, 'competency', 'competencies')} to ${displayPath(outDir, cwd)}/: ` +
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
