/** Text, Markdown and CSV tables for the report formats of `calibrate` and `stats`. */
import type { Finding } from '../../finding.js';
import { csvField } from '../../util/csv.js';
import { displayPath } from '../paths.js';

export type Align = 'left' | 'right';

/** Columns padded to their widest cell, two spaces apart, indented by two. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `  ${cells.map((cell, column) => (align[column] === 'right' ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join('  ')}`.trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

/**
 * Writes a GitHub-flavoured Markdown table. Cells are text from input files, so Markdown
 * syntax in them is escaped and line breaks become spaces.
 */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[]): string {
  const escape = (cell: string) => cell.replace(/[\\|*_`<>[\]]/g, (character) => `\\${character}`).replace(/\r?\n|\r/g, ' ');
  const separator = align.map((side) => (side === 'right' ? '---:' : '---'));
  return [header, separator, ...rows].map((cells) => `| ${cells.map(escape).join(' | ')} |`).join('\n');
}

/**
 * Writes one CSV line by RFC 4180, quoting a cell with a comma, quote or line break. A text
 * cell that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage
 * return) gets a leading apostrophe. Numbers are written as they are.
 */
export function csvLine(cells: readonly (string | number | null | undefined)[]): string {
  return cells
    .map((cell) => {
      if (cell === null || cell === undefined) return '';
      if (typeof cell === 'number') return String(cell);
      return csvField(cell);
    })
    .join(',');
}

/** Rounds a statistic to six decimals for machine-readable output, keeping `null`. */
export function round6(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1e6) / 1e6;
}

/** Shapes a finding as the JSON reports write it: 1-based positions, a path relative to cwd. */
export function findingJson(finding: Finding, cwd: string): Record<string, unknown> {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    file: displayPath(finding.file, cwd),
    line: finding.range.start.line,
    column: finding.range.start.column,
    endLine: finding.range.end.line,
    endColumn: finding.range.end.column,
  };
}

/** Findings as Markdown table rows: location, severity, rule, message. */
export function findingRows(findings: readonly Finding[], cwd: string): string[][] {
  return findings.map((finding) => [
    `${displayPath(finding.file, cwd)}:${finding.range.start.line}:${finding.range.start.column}`,
    finding.severity,
    finding.ruleId,
    finding.message,
  ]);
}

/** Formats a statistic with three decimals, or `–` when there is none. */
export function decimal3(value: number | null): string {
  return value === null ? '–' : value.toFixed(3);
}
