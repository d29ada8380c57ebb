/**
 * Helpers for the commands that only draw or tabulate the repository (`graph`, `matrix`).
 * They work on a repository that lint rejects, and their standard output is the picture or
 * table, so configuration problems go to standard error.
 */
import type { Workspace } from '../load/workspace.js';
import { EXIT_USAGE, UsageError } from './errors.js';
import { describeFsError, writeFileAtomic } from './fs-host.js';
import type { GlobalOptions } from './options.js';
import { loadProject } from './project.js';
import { writeStylishToStderr, type ReportTarget } from './report.js';

/** Loads the repository, or reports the config's findings and returns the exit code. */
export async function loadForView(cwd: string, options: GlobalOptions): Promise<Workspace | number> {
  const project = await loadProject(cwd, options.config);
  if (project.kind === 'invalid-config') {
    writeStylishToStderr({ findings: project.findings, cwd, lines: (file) => project.sources.get(file)?.lines() });
    return EXIT_USAGE;
  }
  if (options.verbose) for (const note of project.workspace.notes) process.stderr.write(`badgemap: ${note}\n`);
  return project.workspace;
}

/** Writes one output to its file, atomically, or to standard output. */
export function writeOutput(target: ReportTarget, text: string): void {
  if (target.file === undefined) {
    process.stdout.write(text);
    return;
  }
  try {
    writeFileAtomic(target.file, text);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === undefined) throw error;
    throw new UsageError(`Cannot write ${target.file}: ${describeFsError(error)}.`);
  }
}
