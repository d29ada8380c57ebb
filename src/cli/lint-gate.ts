/**
 * The check that commands which publish files (`export`, `site`) run first: load the
 * repository, lint it, and stop with the findings while there is an error.
 */
import { lintWorkspace } from '../engine/lint.js';
import { countBySeverity } from '../formatters/stylish.js';
import type { Workspace } from '../load/workspace.js';
import { plural } from '../util/text.js';
import { EXIT_FINDINGS, EXIT_USAGE } from './errors.js';
import type { GlobalOptions } from './options.js';
import { loadProject } from './project.js';
import { writeReports, type ReportTarget } from './report.js';

export type GateResult = { passed: true; workspace: Workspace; warnings: number } | { passed: false; exitCode: number };

/**
 * Loads and lints the repository. A config problem gives exit code 2 and an error gives 1,
 * each after the findings are reported and, for an error, the line
 * `badgemap: {refusal}: fix the N errors above first.`
 */
export async function lintBeforeWriting(cwd: string, options: GlobalOptions, reports: readonly ReportTarget[], refusal: string): Promise<GateResult> {
  const project = await loadProject(cwd, options.config);
  if (project.kind === 'invalid-config') {
    writeReports(reports, { findings: project.findings, cwd, lines: (file) => project.sources.get(file)?.lines() });
    return { passed: false, exitCode: EXIT_USAGE };
  }

  const { workspace } = project;
  const findings = lintWorkspace(workspace, { today: options.today });
  const counts = countBySeverity(findings);
  const lines = (file: string) => workspace.sources.get(file)?.lines();
  if (findings.some((finding) => finding.ruleId === 'config')) {
    writeReports(reports, { findings, cwd, lines });
    return { passed: false, exitCode: EXIT_USAGE };
  }
  if (counts.error > 0) {
    writeReports(reports, { findings, cwd, lines });
    process.stderr.write(`badgemap: ${refusal}: fix the ${plural(counts.error, 'error')} above first.\n`);
    return { passed: false, exitCode: EXIT_FINDINGS };
  }
  return { passed: true, workspace, warnings: counts.warn };
}
