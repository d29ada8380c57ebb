/**
 * The import report in each format: what was read, which columns matched, every problem
 * by record and column, and the plan. Pure functions of the outcome, like the formatters.
 */
import path from 'node:path';

import type { Finding } from '../finding.js';
import { displayPath } from '../formatters/paths.js';
import { formatStylish } from '../formatters/stylish.js';
import type { Styles } from '../formatters/types.js';
import { stableJson } from '../util/json.js';
import { plural } from '../util/text.js';
import type { PlanEntry } from './plan.js';
import type { ImportSummary } from './run.js';

export interface ImportReport {
  file: string;
  summary: ImportSummary;
  entries: readonly PlanEntry[];
  findings: readonly Finding[];
  dryRun: boolean;
  /** Absolute paths of the files written (none under `--dry-run`). */
  written: readonly string[];
  cwd: string;
  lines(file: string): readonly string[] | undefined;
  styles: Styles;
  /** List every definition of the plan, not only the counts. */
  verbose: boolean;
}

export type ImportFormatter = (report: ImportReport) => string;

const ACTIONS = ['create', 'update', 'unchanged', 'skip'] as const;
const ACTION_LABELS = { create: 'created', update: 'updated', unchanged: 'unchanged', skip: 'skipped' } as const;

export function formatImportStylish(report: ImportReport): string {
  const { summary, styles } = report;
  const out: string[] = [];
  const details = [summary.format, summary.encoding, summary.delimiter === undefined ? undefined : `delimiter ${JSON.stringify(summary.delimiter)}`, summary.sheet === undefined ? undefined : `sheet "${summary.sheet}"`]
    .filter((part) => part !== undefined)
    .join(', ');
  out.push(styles.bold(`Import ${displayPath(report.file, report.cwd)} (${details}) as ${summary.kind}: ${plural(summary.records, 'record')}`));
  if (summary.matched.length > 0) out.push(`  columns matched: ${summary.matched.map((column) => `"${column.header}" → ${column.field}`).join(', ')}`);
  if (summary.kept.length > 0) out.push(`  columns kept as x- fields: ${summary.kept.map((column) => `"${column.header}" → ${column.key}`).join(', ')}`);

  if (report.findings.length > 0) {
    out.push('', formatStylish({ findings: report.findings, cwd: report.cwd, lines: report.lines, styles }).trimEnd());
  }

  const counts = ACTIONS.map((action) => `${report.entries.filter((entry) => entry.action === action).length} ${ACTION_LABELS[action]}`);
  out.push('', styles.bold(`${report.dryRun ? 'Plan (dry run, nothing written)' : 'Imported'}: ${counts.join(', ')}; ${plural(summary.skipped, 'record')} skipped.`));
  if (report.dryRun || report.verbose) {
    for (const entry of report.entries) out.push(`  ${ACTION_LABELS[entry.action].padEnd(9)} ${entry.kind} ${entry.id} ${styles.dim(`(${entryDetail(entry, report.cwd)})`)}`);
  }
  for (const file of report.written) out.push(`  wrote ${displayPath(file, report.cwd)}`);
  if (!report.dryRun && report.written.length === 0) out.push(`  ${nothingWritten(report.entries)}`);
  return `${out.join('\n')}\n`;
}

/** Why an import wrote no file, which depends on what its plan holds. */
function nothingWritten(entries: readonly PlanEntry[]): string {
  if (entries.some((entry) => entry.action === 'create' || entry.action === 'update')) return 'Nothing to write: the files already have this content.';
  if (entries.some((entry) => entry.action === 'unchanged')) return 'Nothing to write: the repository already holds these definitions.';
  return entries.length === 0 ? 'Nothing imported: no record became a definition.' : 'Nothing imported: every definition was skipped.';
}

function entryDetail(entry: PlanEntry, cwd: string): string {
  const file = displayPath(entry.file, cwd);
  return entry.action === 'update' ? `${file}: ${entry.fields.join(', ')}` : file;
}

/** Version 1 of the JSON import report. */
export function formatImportJson(report: ImportReport): string {
  // Thousands of plan entries name the same few files.
  const relatives = new Map<string, string>();
  const relative = (file: string) => {
    let name = relatives.get(file);
    if (name === undefined) {
      name = path.relative(report.cwd, file).split(path.sep).join('/');
      relatives.set(file, name);
    }
    return name;
  };
  return stableJson({
    version: 1,
    file: relative(report.file),
    dryRun: report.dryRun,
    input: report.summary,
    plan: report.entries.map((entry) => ({
      action: entry.action,
      kind: entry.kind,
      id: entry.id,
      file: relative(entry.file),
      fields: entry.fields,
      records: entry.draft.records,
    })),
    problems: report.findings.map((finding) => ({
      ruleId: finding.ruleId,
      messageId: finding.messageId,
      severity: finding.severity,
      message: finding.message,
      file: relative(finding.file),
      line: finding.range.start.line,
      column: finding.range.start.column,
      ...(finding.definitionId === undefined ? {} : { definitionId: finding.definitionId }),
    })),
    written: report.written.map(relative),
  });
}

export const IMPORT_FORMATTERS: Record<string, ImportFormatter> = {
  stylish: formatImportStylish,
  json: formatImportJson,
};
