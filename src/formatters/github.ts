/**
 * The `github` report: one workflow command per finding, which GitHub Actions shows as an
 * annotation on the file and line. Values are escaped as the Actions runner expects: `%`,
 * CR and LF in the message, and also `:` and `,` in the properties.
 */
import type { Finding, Severity } from '../finding.js';
import { ruleDocsUrl } from '../rules/docs-url.js';
import { displayPath } from './paths.js';
import type { ReportInput } from './types.js';

const COMMANDS: Record<Severity, string> = { error: 'error', warn: 'warning', info: 'notice' };

export function formatGithub(input: ReportInput): string {
  return input.findings.map((finding) => `${annotation(finding, input.cwd)}\n`).join('');
}

function annotation(finding: Finding, cwd: string): string {
  const { start, end } = finding.range;
  const properties: [string, string | number][] = [
    ['file', displayPath(finding.file, cwd)],
    ['line', start.line],
    ['col', start.column],
    ['endLine', end.line],
    ['endColumn', end.column],
    ['title', `badgemap ${finding.ruleId}`],
  ];
  const propertyText = properties.map(([name, value]) => `${name}=${escapeProperty(String(value))}`).join(',');
  return `::${COMMANDS[finding.severity]} ${propertyText}::${escapeData(messageOf(finding, cwd))}`;
}

/** The message, then each related place, then the rule's documentation link, one per line. */
function messageOf(finding: Finding, cwd: string): string {
  const lines = [finding.message];
  for (const related of finding.related) {
    lines.push(`Also ${displayPath(related.file, cwd)}:${related.range.start.line}:${related.range.start.column}: ${related.message}`);
  }
  lines.push(`Rule ${finding.ruleId}: ${ruleDocsUrl(finding.ruleId)}`);
  return lines.join('\n');
}

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
