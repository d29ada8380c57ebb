/**
 * The default human-readable report: findings grouped by file, each with its position,
 * severity, message and rule id, a code frame, and a summary line.
 */
import type { Finding, Severity } from '../finding.js';
import { listNames, plural } from '../util/text.js';
import { codeFrame } from './code-frame.js';
import { displayPath } from './paths.js';
import { exportSummary } from './export-summary.js';
import type { ReportInput, Styles } from './types.js';

export function formatStylish(input: ReportInput): string {
  const parts: string[] = [];
  if (input.findings.length > 0) parts.push(findingsReport(input));
  else if (input.export === undefined) parts.push(cleanSummary(input));

  const hidden = hiddenNote(input.hidden);
  if (hidden !== undefined) parts.push(input.styles.dim(hidden));
  if (input.export !== undefined) parts.push(...exportSummary(input.export, input.cwd, input.styles));
  return parts.map((part) => `${part}\n`).join('');
}

function findingsReport(input: ReportInput): string {
  const { findings, styles } = input;
  const blocks: string[] = [];
  for (const [file, group] of groupByFile(findings)) {
    const lines = input.lines(file);
    const entries = group.map((finding) => formatFinding(finding, lines, input));
    blocks.push(`${styles.underline(displayPath(file, input.cwd))}\n${entries.join('\n\n')}`);
  }

  return `${blocks.join('\n\n')}\n\n${problemSummary(findings, styles)}`;
}

function formatFinding(finding: Finding, lines: readonly string[] | undefined, input: ReportInput): string {
  const { styles } = input;
  const position = styles.dim(`${finding.range.start.line}:${finding.range.start.column}`);
  const header = `  ${position}  ${severityLabel(finding.severity, styles)}  ${finding.message}  ${styles.dim(finding.ruleId)}`;
  const parts = [header];

  const frame = lines === undefined ? '' : codeFrame(lines, finding.range, styles);
  if (frame !== '') parts.push(indent(frame, 4));

  for (const related of finding.related) {
    const where = `${displayPath(related.file, input.cwd)}:${related.range.start.line}:${related.range.start.column}`;
    parts.push(`    ${styles.dim('also:')} ${where} ${related.message}`);
  }
  return parts.join('\n');
}

function severityLabel(severity: Severity, styles: Styles): string {
  const labels: Record<Severity, string> = { error: 'error', warn: 'warning', info: 'info' };
  return styles[severity](labels[severity].padEnd(7));
}

function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.file);
    if (group === undefined) groups.set(finding.file, [finding]);
    else group.push(finding);
  }
  return groups;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warn: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

function problemSummary(findings: readonly Finding[], styles: Styles): string {
  const counts = countBySeverity(findings);
  const text = `✖ ${plural(findings.length, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warn, 'warning')}, ${plural(counts.info, 'info')})`;
  let style = styles.info;
  if (counts.warn > 0) style = styles.warn;
  if (counts.error > 0) style = styles.error;
  return styles.bold(style(text));
}

function cleanSummary(input: ReportInput): string {
  const what = hiddenCount(input.hidden) > 0 ? 'errors' : 'problems';
  if (input.checked === undefined) return `✔ No ${what} found.`;
  const { files, definitions } = input.checked;
  if (definitions === undefined) return `✔ No ${what} found in ${plural(files, 'file')}.`;
  if (definitions === 0 && files > 0) {
    const none = files === 1 ? 'it holds no definition' : 'none of them holds a definition';
    return `✔ No ${what} found in ${plural(files, 'file')}, but ${none} (--verbose lists the documents skipped).`;
  }
  return `✔ No ${what} found in ${plural(files, 'file')} (${plural(definitions, 'definition')}).`;
}

function hiddenCount(hidden: ReportInput['hidden']): number {
  return (hidden?.warn ?? 0) + (hidden?.info ?? 0);
}

/** Says what `--quiet` left out, so a quiet run that fails on warnings is not a mystery. */
function hiddenNote(hidden: ReportInput['hidden']): string | undefined {
  if (hiddenCount(hidden) === 0) return undefined;
  const counts = [];
  if ((hidden?.warn ?? 0) > 0) counts.push(plural(hidden?.warn ?? 0, 'warning'));
  if ((hidden?.info ?? 0) > 0) counts.push(plural(hidden?.info ?? 0, 'info'));
  return `${listNames(counts)} hidden by --quiet.`;
}

function indent(text: string, width: number): string {
  const pad = ' '.repeat(width);
  return text
    .split('\n')
    .map((line) => pad + line)
    .join('\n');
}
