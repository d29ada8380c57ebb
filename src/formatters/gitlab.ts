/**
 * The `gitlab` report: a GitLab Code Quality report, the Code Climate issue format that
 * merge requests compare between branches by fingerprint.
 */
import type { Severity } from '../finding.js';
import { ruleDocsUrl } from '../rules/docs-url.js';
import { stableJson } from '../util/json.js';
import { fingerprints } from './fingerprint.js';
import { displayPath } from './paths.js';
import type { ReportInput } from './types.js';

const SEVERITIES: Record<Severity, 'major' | 'minor' | 'info'> = { error: 'major', warn: 'minor', info: 'info' };

export function formatGitlab(input: ReportInput): string {
  const prints = fingerprints(input.findings, input.cwd);
  const issues = input.findings.map((finding, index) => ({
    type: 'issue',
    check_name: finding.ruleId,
    description: finding.message,
    content: { body: `Rule documentation: ${ruleDocsUrl(finding.ruleId)}` },
    categories: [finding.severity === 'error' ? 'Bug Risk' : 'Clarity'],
    location: {
      path: displayPath(finding.file, input.cwd),
      lines: { begin: finding.range.start.line, end: finding.range.end.line },
    },
    severity: SEVERITIES[finding.severity],
    fingerprint: prints[index] ?? '',
  }));
  return stableJson(issues);
}
