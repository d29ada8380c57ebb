/**
 * Fingerprints that identify a finding across runs, for GitLab Code Quality and SARIF, so
 * that a merge request shows which findings are new and which were fixed.
 */
import { createHash } from 'node:crypto';

import { formatPath, type Finding } from '../finding.js';
import { displayPath } from './paths.js';

/**
 * Returns one fingerprint per finding, in the order given. A fingerprint hashes the rule,
 * the file, the definition id, the data path with list indexes left out, and the message,
 * but no line or column, so it stays the same when unrelated lines move. Findings that
 * share all of these are told apart by their order among themselves.
 */
export function fingerprints(findings: readonly Finding[], cwd: string): string[] {
  const seen = new Map<string, number>();

  return findings.map((finding) => {
    const key = [
      finding.ruleId,
      displayPath(finding.file, cwd),
      finding.definitionId ?? '',
      formatPath(finding.path.map((segment) => (typeof segment === 'number' ? 0 : segment))),
      finding.message,
    ].join('\u0000');
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex').slice(0, 32);
  });
}
