/**
 * `badgemap export`: write Open Badges JSON, refusing while lint reports findings that fail
 * the run. With `--check`, compare what would be written with the output folder instead.
 */
import fs from 'node:fs';
import path from 'node:path';

import type { Command } from 'commander';
import { globSync } from 'tinyglobby';

import { finishFindings } from '../../engine/finish.js';
import { lintWorkspace } from '../../engine/lint.js';
import { isAtLeast } from '../../engine/severity.js';
import { checkOutput, uniqueByPath } from '../../export/check.js';
import { ExportError, type ExportTarget, type OutputFile } from '../../export/output.js';
import { TARGETS } from '../../export/targets.js';
import { verifyExport } from '../../export/verify.js';
import type { Finding } from '../../finding.js';
import { FORMATTERS } from '../../formatters/registry.js';
import { countBySeverity } from '../../formatters/stylish.js';
import type { ExportReport } from '../../formatters/types.js';
import type { Workspace } from '../../load/workspace.js';
import { plural } from '../../util/text.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError } from '../errors.js';
import { addFailOptions, failPolicy, judge, visibleFindings, type FailPolicy } from '../failing.js';
import { describeFsError, fileSystemHost, hasContent, writeFileAtomic } from '../fs-host.js';
import { collect, globalOptions } from '../options.js';
import { loadProject } from '../project.js';
import { reportTargets, writeReports, type ReportTarget } from '../report.js';

/** Export reports findings and what it wrote; the CI formats are lint's. */
const EXPORT_FORMATS = { stylish: FORMATTERS.stylish, json: FORMATTERS.json };

interface ExportOptions {
  target?: string[];
  out?: string;
  embedImages?: boolean;
  check?: boolean;
  failSeverity?: string;
  maxWarnings?: string;
  quiet?: boolean;
}

export function registerExport(program: Command, setExitCode: (code: number) => void): void {
  const command = program
    .command('export')
    .description('write Open Badges JSON for every badge')
    .option('--target <name>', `what to write: ${Object.keys(TARGETS).join(', ')} (repeatable; default ob2)`, collect)
    .option('--out <dir>', 'the output folder (default: dist/ at the repository root)')
    .option('--embed-images', 'embed images as data URIs instead of copying them under images/')
    .option('--check', 'write nothing; fail (exit 1) when the output folder differs from what export would write');
  addFailOptions(command).action(async (exportOptions: ExportOptions, command: Command) => {
    setExitCode(await runExport(exportOptions, command));
  });
}

async function runExport(exportOptions: ExportOptions, command: Command): Promise<number> {
  const options = globalOptions(command);
  const policy = failPolicy(exportOptions);
  const cwd = process.cwd();
  const reports = reportTargets(options.format, options.outputFile, cwd, EXPORT_FORMATS, { command: 'export' });
  const targets = selectedTargets(exportOptions.target ?? ['ob2']);

  const project = await loadProject(cwd, options.config);
  if (project.kind === 'invalid-config') {
    writeReports(reports, { findings: project.findings, cwd, lines: (file) => project.sources.get(file)?.lines() });
    return EXIT_USAGE;
  }

  const { workspace } = project;
  const findings = lintWorkspace(workspace, { today: options.today });
  const outDir = path.resolve(exportOptions.out === undefined ? workspace.config.root : cwd, exportOptions.out ?? 'dist');
  const summary: Omit<ExportReport, 'status' | 'files'> = {
    outDir,
    targets: targets.map((target) => target.name),
    badges: workspace.model.badges.length,
  };
  const checkedFiles = project.files.length + workspace.config.sheets.length;
  const send = (report: ExportReport) => writeExportReport(reports, findings, policy, { workspace, checkedFiles, cwd, today: options.today }, report);

  if (findings.some((finding) => finding.ruleId === 'config')) {
    send({ ...summary, status: 'refused', files: [] });
    return EXIT_USAGE;
  }
  const verdict = judge(findings, policy);
  if (verdict.fails) {
    send({ ...summary, status: 'refused', files: [] });
    const reason = verdict.note ?? `fix the ${failingFindings(findings, policy)} first.`;
    process.stderr.write(`badgemap: nothing ${exportOptions.check === true ? 'checked' : 'exported'}: ${reason}\n`);
    return EXIT_FINDINGS;
  }

  const files = uniqueByPath(await buildFiles(targets, workspace, exportOptions, options.today));

  // Export checks its own output against the Open Badges rules before writing or comparing it.
  const verified = await verifyExport(files, { outDir, baseUrl: workspace.config.baseUrl ?? '', today: options.today, host: fileSystemHost });
  const problems = finishFindings(verified.findings, verified.sources, workspace.config);
  const failing = countBySeverity(problems).error;
  if (failing > 0) {
    const lines = (file: string) => verified.sources.get(file)?.lines();
    writeReports(reports, { findings: problems, cwd, lines, today: options.today, export: { ...summary, status: 'refused', files: [] } });
    const verb = exportOptions.check === true ? 'checked' : 'exported';
    process.stderr.write(`badgemap: nothing ${verb}: the output would fail its own Open Badges check with ${plural(failing, 'error')}.\n`);
    return EXIT_FINDINGS;
  }

  if (exportOptions.check === true) {
    const result = checkOutput(files, targets, listFolder(outDir, cwd), (file) => readQuietly(path.join(outDir, file)));
    send({ ...summary, status: 'checked', files: result.files, drift: result.drift });
    const drifted = result.drift.stale.length + result.drift.missing.length + result.drift.extra.length > 0;
    return drifted ? EXIT_FINDINGS : EXIT_OK;
  }

  let written: Set<string>;
  try {
    written = writeChangedFiles(outDir, files);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === undefined) throw error;
    throw new UsageError(`Cannot write ${(error as NodeJS.ErrnoException).path ?? outDir}: ${describeFsError(error)}.`, { cause: error });
  }
  send({ ...summary, status: 'written', files: files.map((file) => ({ path: file.path, status: written.has(file.path) ? 'written' : 'unchanged' })) });
  return EXIT_OK;
}

function failingFindings(findings: readonly Finding[], policy: FailPolicy): string {
  const count = findings.filter((finding) => isAtLeast(finding.severity, policy.failSeverity)).length;
  return policy.failSeverity === 'error' ? `${plural(count, 'error')} above` : `${plural(count, 'finding')} at ${policy.failSeverity} or higher`;
}

function selectedTargets(names: readonly string[]): ExportTarget[] {
  return names.map((name) => {
    const target = TARGETS[name];
    if (target === undefined) throw new UsageError(`Unknown export target "${name}". Use one of: ${Object.keys(TARGETS).join(', ')}.`);
    return target;
  });
}

async function buildFiles(targets: readonly ExportTarget[], workspace: Workspace, exportOptions: ExportOptions, today: string): Promise<OutputFile[]> {
  const input = { model: workspace.model, config: workspace.config, embedImages: exportOptions.embedImages === true, today };
  try {
    const files: OutputFile[] = [];
    for (const target of targets) files.push(...(await target.build(input)));
    return files;
  } catch (error) {
    if (error instanceof ExportError) throw new UsageError(error.message, { cause: error });
    throw error;
  }
}

interface ExportContext {
  workspace: Workspace;
  checkedFiles: number;
  cwd: string;
  today: string;
}

function writeExportReport(
  reports: readonly ReportTarget[],
  findings: readonly Finding[],
  policy: FailPolicy,
  context: ExportContext,
  exportReport: ExportReport,
): void {
  const { reported, hidden } = visibleFindings(findings, policy);
  const { workspace } = context;
  writeReports(reports, {
    findings: reported,
    hidden,
    cwd: context.cwd,
    lines: (file) => workspace.sources.get(file)?.lines(),
    checked: { files: context.checkedFiles, definitions: workspace.model.all().length },
    today: context.today,
    export: exportReport,
  });
}

/** Lists every file under the output folder as a relative path with `/`, none when the folder does not exist. */
function listFolder(outDir: string, cwd: string): string[] {
  const stat = fs.statSync(outDir, { throwIfNoEntry: false });
  if (stat === undefined) return [];
  if (!stat.isDirectory()) throw new UsageError(`The output folder ${path.relative(cwd, outDir) || outDir} is a file; pass --out DIR with a folder.`);
  return globSync('**/*', { cwd: outDir, dot: true, onlyFiles: true, expandDirectories: false }).sort();
}

function readQuietly(file: string): Uint8Array | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes each file under the output folder that does not already hold the same bytes, and returns how many it wrote. */
export function writeOutputs(outDir: string, files: readonly OutputFile[]): number {
  return writeChangedFiles(outDir, files).size;
}

/** Writes each file under the output folder, skipping files that already hold the same bytes. */
function writeChangedFiles(outDir: string, files: readonly OutputFile[]): Set<string> {
  const written = new Set<string>();
  for (const file of files) {
    const target = path.resolve(outDir, file.path);
    // Paths come from seg(), which cannot leave the folder; this guards against a future mistake.
    if (!target.startsWith(outDir + path.sep)) throw new Error(`Refusing to write outside the output folder: ${file.path}`);
    if (hasContent(target, file.content)) continue;
    writeFileAtomic(target, file.content);
    written.add(file.path);
  }
  return written;
}
