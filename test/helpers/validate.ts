/** Runs badgemap's Open Badges checks in-process, the way `badgemap validate` does. */
import { finishFindings } from '../../src/engine/finish.js';
import type { Finding } from '../../src/finding.js';
import { fileSystemHost } from '../../src/cli/fs-host.js';
import type { ResolveRule } from '../../src/openbadges/links.js';
import { validateFiles, validateTexts } from '../../src/openbadges/validate.js';
import { memoryHost, ROOT } from './workspace.js';

export const TODAY = '2026-12-04';

export async function validatePaths(files: string[], resolve: ResolveRule[] = [], today = TODAY): Promise<Finding[]> {
  const result = await validateFiles(files, { today, host: fileSystemHost, resolve });
  return finishFindings(result.findings, result.sources, undefined);
}

/** Validates JSON text held in memory as `/repo/<name>`; linked files come from `linked`. */
export async function validateJson(name: string, text: string, options: { linked?: Record<string, string>; today?: string } = {}): Promise<Finding[]> {
  const host = memoryHost(options.linked ?? {});
  const resolve = options.linked === undefined ? [] : [{ prefix: 'https://example.org/', folder: ROOT }];
  const result = await validateTexts([{ file: `${ROOT}/${name}`, text }], { today: options.today ?? TODAY, host, resolve });
  return finishFindings(result.findings, result.sources, undefined);
}

export type Verdict = 'valid' | 'valid with warning' | 'invalid';

/**
 * Returns the verdict findings amount to: invalid with an error, else valid with a warning
 * when there is one. `warningsCount` false ignores warnings, as 1EdTech's 2.0 tests do for "valid".
 */
export function verdictOf(findings: readonly Finding[], warningsCount = true): Verdict {
  if (findings.some((finding) => finding.severity === 'error')) return 'invalid';
  if (warningsCount && findings.some((finding) => finding.severity === 'warn')) return 'valid with warning';
  return 'valid';
}
