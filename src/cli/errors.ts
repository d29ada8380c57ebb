/** Exit codes and the errors the CLI turns into them, caught once in `main`. */

export const EXIT_OK = 0;
/** Findings at or above the failing severity, a refused export, or export drift. */
export const EXIT_FINDINGS = 1;
/** Usage errors, configuration problems, unreadable paths and internal errors. */
export const EXIT_USAGE = 2;

/** A problem with how badgemap was called or configured; printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
