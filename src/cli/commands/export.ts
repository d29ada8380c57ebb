/** `badgemap export`: write Open Badges JSON, refusing while lint reports errors. */
import path from 'node:path';

import type { Command } from 'commander';

import { ExportError, type OutputFile } from '../../export/output.js';
import { TARGETS } from '../../export/targets.js';
import { verifyExport } from '../../export/verify.js';
import { finishFindings } from '../../engine/finish.js';
import { displayPath } from '../../formatters/paths.js';
import { countBySeverity } from '../../formatters/stylish.js';
import { plural } from '../../util/text.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../errors.js';
import { fileSystemHost, hasContent, writeFileAtomic } from '../fs-host.js';
import { lintBeforeWriting } from '../lint-gate.js';
import { collect, globalOptions } from '../options.js';
import { reportTargets, writeReports } from '../report.js';

interface ExportOptions {
  target?: string[];
  out?: string;
  embedImages?: boolean;
}

export function registerExport(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('export')
    .description('write Open Badges JSON for every badge')
    .option('--target <name>', `what to write: ${Object.keys(TARGETS).join(', ')} (repeatable; default ob2)`, collect)
    .option('--out <dir>', 'the output folder (default: dist/ at the repository root)')
    .option('--embed-images', 'embed images as data URIs instead of copying them under images/')
    .action(async (exportOptions: ExportOptions, command: Command) => {
      setExitCode(await runExport(exportOptions, command));
    });
}

async function runExport(exportOptions: ExportOptions, command: Command): Promise<number> {
  const options = globalOptions(command);
  const cwd = process.cwd();
  const reports = reportTargets(options.format, options.outputFile, cwd);
  const targetNames = exportOptions.target ?? ['ob2'];
  for (const name of targetNames) {
    if (TARGETS[name] === undefined) {
      throw new UsageError(`Unknown export target "${name}". Use one of: ${Object.keys(TARGETS).join(', ')}.`);
    }
  }

  const gate = await lintBeforeWriting(cwd, options, reports, 'nothing exported');
  if (!gate.passed) return gate.exitCode;
  const { workspace } = gate;

  const outDir = path.resolve(exportOptions.out === undefined ? workspace.config.root : cwd, exportOptions.out ?? 'dist');
  const files: OutputFile[] = [];
  try {
    for (const name of targetNames) {
      const target = TARGETS[name];
      if (target === undefined) continue;
      files.push(...await target.build({ model: workspace.model, config: workspace.config, embedImages: exportOptions.embedImages === true, today: options.today }));
    }
  } catch (error) {
    if (error instanceof ExportError) throw new UsageError(error.message);
    throw error;
  }

  const verified = await verifyExport(files, { outDir, baseUrl: workspace.config.baseUrl ?? '', today: options.today, host: fileSystemHost });
  const problems = finishFindings(verified.findings, verified.sources, workspace.config);
  const failing = countBySeverity(problems).error;
  if (failing > 0) {
    writeReports(reports, { findings: problems, cwd, lines: (file) => verified.sources.get(file)?.lines() });
    process.stderr.write(`badgemap: nothing exported: the output would fail its own Open Badges check with ${plural(failing, 'error')}.\n`);
    return EXIT_FINDINGS;
  }

  const written = writeOutputs(outDir, files);
  const warnings = gate.warnings > 0 ? ` ${plural(gate.warnings, 'warning')} reported; run badgemap lint to see them.` : '';
  process.stdout.write(
    `Exported ${plural(workspace.model.badges.length, 'badge')} to ${displayPath(outDir, cwd)}/: ` +
      `${plural(written, 'file')} written, ${files.length - written} unchanged.${warnings}\n`,
  );
  return EXIT_OK;
}

/** Writes each file under the output folder, skipping files that already hold the same bytes. */
export function writeOutputs(outDir: string, files: readonly OutputFile[]): number {
  let written = 0;
  for (const file of files) {
    const target = path.resolve(outDir, file.path);
    // Paths come from seg(), which cannot leave the folder; this guards against a future mistake.
    if (!target.startsWith(outDir + path.sep)) throw new Error(`Refusing to write outside the output folder: ${file.path}`);
    if (hasContent(target, file.content)) continue;
    writeFileAtomic(target, file.content);
    written++;
  }
  return written;
}
