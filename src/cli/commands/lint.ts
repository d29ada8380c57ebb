/** `badgemap lint [paths…]`: build the model from the whole repository, report findings. */
import fs from 'node:fs';
import path from 'node:path';

import type { Command } from 'commander';

import { findingsInPaths, lintWorkspace } from '../../engine/lint.js';
import type { Finding } from '../../finding.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError } from '../errors.js';
import { globalOptions } from '../options.js';
import { loadProject } from '../project.js';
import { reportTargets, writeReports } from '../report.js';

export function registerLint(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('lint')
    .description('check the definitions and report every finding')
    .argument('[paths...]', 'report only findings in these files or folders')
    .action(async (paths: string[], _options: unknown, command: Command) => {
      setExitCode(await runLint(paths, command));
    });
}

async function runLint(paths: string[], command: Command): Promise<number> {
  const options = globalOptions(command);
  const cwd = process.cwd();
  const targets = reportTargets(options.format, options.outputFile, cwd);
  const selected = paths.map((target) => existingPath(cwd, target));

  const project = await loadProject(cwd, options.config);
  if (project.kind === 'invalid-config') {
    writeReports(targets, { findings: project.findings, cwd, lines: (file) => project.sources.get(file)?.lines() });
    return EXIT_USAGE;
  }

  const { workspace } = project;
  const findings = lintWorkspace(workspace, { today: options.today });
  const reported = findingsInPaths(findings, selected);
  for (const finding of findings) {
    if (finding.ruleId === 'config' && !reported.includes(finding)) reported.push(finding);
  }
  if (options.verbose) for (const note of workspace.notes) process.stderr.write(`badgemap: ${note}\n`);

  writeReports(targets, {
    findings: reported,
    cwd,
    lines: (file) => workspace.sources.get(file)?.lines(),
    checked: { files: project.files.length + workspace.config.sheets.length, definitions: workspace.model.all().length },
    today: options.today,
  });
  return exitCodeFor(reported);
}

export function exitCodeFor(findings: readonly Finding[]): number {
  if (findings.some((finding) => finding.ruleId === 'config')) return EXIT_USAGE;
  return findings.some((finding) => finding.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
}

function existingPath(cwd: string, target: string): string {
  const absolute = path.resolve(cwd, target);
  if (!fs.existsSync(absolute)) throw new UsageError(`Path not found: ${target}. Check the spelling, or run lint without paths to check the whole repository.`);
  return absolute;
}
