/** `badgemap lint [paths…]`: build the model from the whole repository, report findings. */
import fs from 'node:fs';
import path from 'node:path';

import type { Command } from 'commander';

import { findingsInPaths, isInPaths, lintWorkspace } from '../../engine/lint.js';
import type { Finding } from '../../finding.js';
import { FORMATTERS } from '../../formatters/registry.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError } from '../errors.js';
import { addFailOptions, failPolicy, judge, visibleFindings, type FailPolicy } from '../failing.js';
import { fileSystemHost } from '../fs-host.js';
import { globalOptions } from '../options.js';
import { loadProject, type ProjectResult } from '../project.js';
import { reportTargets, underGithubActions, writeReports } from '../report.js';
import { readStandardInput, stdinHost } from '../stdin.js';

/** The reasons a file on disk is not linted, for the notices about paths that hold none. */
const NOT_LINTED_REASONS =
  'no "include" pattern matches it, an "exclude" pattern or an always-excluded folder leaves it out, or it is not a declared sheet';

interface LintOptions {
  stdin?: boolean;
  stdinFilepath?: string;
  failSeverity?: string;
  maxWarnings?: string;
  quiet?: boolean;
}

export function registerLint(program: Command, setExitCode: (code: number) => void): void {
  const command = program
    .command('lint')
    .description('check the definitions and report every finding')
    .argument('[paths...]', 'report only findings in these files or folders')
    .option('--stdin', 'lint the text on standard input instead of the file at --stdin-filepath')
    .option('--stdin-filepath <path>', 'the file the standard input stands for; the rest of the repository is read from disk');
  addFailOptions(command).action(async (paths: string[], lintOptions: LintOptions, command: Command) => {
    setExitCode(await runLint(paths, lintOptions, command));
  });
}

async function runLint(paths: string[], lintOptions: LintOptions, command: Command): Promise<number> {
  const options = globalOptions(command);
  const policy = failPolicy(lintOptions);
  const cwd = process.cwd();
  const targets = reportTargets(options.format, options.outputFile, cwd, FORMATTERS, { command: 'lint', annotate: underGithubActions() });
  const stdinFile = stdinFilepath(paths, lintOptions, cwd);
  const selected = stdinFile === undefined ? paths.map((target) => existingPath(cwd, target)) : [stdinFile];

  const project =
    stdinFile === undefined
      ? await loadProject(cwd, options.config)
      : await loadProject(cwd, options.config, {
          host: stdinHost(fileSystemHost, stdinFile, await readStandardInput()),
          searchFrom: path.dirname(stdinFile),
          extraFile: stdinFile,
        });

  if (project.kind === 'invalid-config') {
    const configFiles = [...project.sources.keys()];
    report(targets, project.findings, policy, { cwd, files: configFiles, lines: (file) => project.sources.get(file)?.lines(), today: options.reportDate });
    return EXIT_USAGE;
  }

  const { workspace } = project;
  if (stdinFile !== undefined && !isLinted(project, stdinFile)) {
    process.stderr.write(
      `badgemap: ${stdinFile} is not a definition file of this repository: ${NOT_LINTED_REASONS}. Nothing to lint.\n`,
    );
  }

  if (stdinFile === undefined) warnAboutPathsWithoutDefinitions(project, paths, selected);

  const findings = lintWorkspace(workspace, { today: options.today });
  const reported = findingsInPaths(findings, selected);
  for (const finding of findings) {
    if (finding.ruleId === 'config' && !reported.includes(finding)) reported.push(finding);
  }
  if (options.verbose) for (const note of workspace.notes) process.stderr.write(`badgemap: ${note}\n`);

  const checkedFiles = [...project.files, ...workspace.config.sheets.map((sheet) => sheet.file)];
  report(targets, reported, policy, {
    cwd,
    lines: (file) => workspace.sources.get(file)?.lines(),
    checked: { files: checkedFiles.length, definitions: workspace.model.all().length },
    files: selected.length === 0 ? checkedFiles : checkedFiles.filter((file) => isInPaths(file, selected)),
    today: options.reportDate,
  });
  return exitCodeFor(reported, policy);
}

function report(
  targets: ReturnType<typeof reportTargets>,
  findings: readonly Finding[],
  policy: FailPolicy,
  input: Omit<Parameters<typeof writeReports>[1], 'findings' | 'hidden'>,
): void {
  const { reported, hidden } = visibleFindings(findings, policy);
  writeReports(targets, { ...input, findings: reported, hidden });
}

/**
 * Returns 0 when clean, 1 for findings that fail under the policy and 2 for a broken config.
 * Prints the reason on standard error when the report alone would not show it.
 */
export function exitCodeFor(findings: readonly Finding[], policy: FailPolicy = { failSeverity: 'error', quiet: false }): number {
  if (findings.some((finding) => finding.ruleId === 'config')) return EXIT_USAGE;
  const verdict = judge(findings, policy);
  if (verdict.note !== undefined) process.stderr.write(`badgemap: ${verdict.note}\n`);
  return verdict.fails ? EXIT_FINDINGS : EXIT_OK;
}

/** Returns the absolute path that `--stdin` replaces, after checking that the options agree. */
function stdinFilepath(paths: readonly string[], options: LintOptions, cwd: string): string | undefined {
  if (options.stdin !== true) {
    if (options.stdinFilepath !== undefined) throw new UsageError('--stdin-filepath needs --stdin: it names the file that standard input stands for.');
    return undefined;
  }
  if (options.stdinFilepath === undefined) {
    throw new UsageError('--stdin needs --stdin-filepath PATH: the file the text stands for, which decides its repository and how it is read.');
  }
  if (paths.length > 0) throw new UsageError('--stdin lints one file; leave out the paths, or drop --stdin to lint files on disk.');

  const file = path.resolve(cwd, options.stdinFilepath);
  if (fs.statSync(file, { throwIfNoEntry: false })?.isDirectory() === true) {
    throw new UsageError(`--stdin-filepath ${options.stdinFilepath} is a folder; give the path of the file the text stands for.`);
  }
  return file;
}

/** Says which given paths hold no file that lint reads, since their clean report would mean nothing. */
function warnAboutPathsWithoutDefinitions(project: Extract<ProjectResult, { kind: 'loaded' }>, paths: readonly string[], selected: readonly string[]): void {
  const { config } = project.workspace;
  const linted = [...project.files, config.file, ...config.sheets.map((sheet) => sheet.file)];
  selected.forEach((target, index) => {
    if (linted.some((file) => isInPaths(file, [target]))) return;
    const verdict = fs.statSync(target).isDirectory() ? 'holds no definition file' : 'is not a definition file';
    process.stderr.write(`badgemap: ${paths[index]} ${verdict} of this repository: ${NOT_LINTED_REASONS}. Nothing to lint there.\n`);
  });
}

function isLinted(project: Extract<ProjectResult, { kind: 'loaded' }>, file: string): boolean {
  const { config } = project.workspace;
  return project.files.includes(file) || config.file === file || config.sheets.some((sheet) => sheet.file === file);
}

function existingPath(cwd: string, target: string): string {
  const absolute = path.resolve(cwd, target);
  if (!fs.existsSync(absolute)) throw new UsageError(`Path not found: ${target}. Check the spelling, or run lint without paths to check the whole repository.`);
  return absolute;
}
