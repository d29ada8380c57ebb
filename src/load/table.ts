/**
 * Reads a report file (calibration scores, assessment results) into rows of named fields: CSV
 * or TSV in any encoding the sheet reader knows, or a worksheet of an XLSX workbook. Headers
 * are matched as sheets are, and each problem becomes a finding on its row and cell, so the
 * report commands position findings the same way lint does.
 */
import type { Location, RawFinding } from '../finding.js';
import { csvSyntaxRule } from '../rules/syntax.js';
import { createFinding, type Rule } from '../rules/types.js';
import { encodingLabel } from '../source/encoding.js';
import { openTable } from '../source/open-table.js';
import type { TableSource } from '../source/table.js';
import type { WorkbookResult } from '../source/xlsx-source.js';
import { matchColumnsWith } from './columns.js';

export interface TableRow {
  /** The record number: 1 for the first row under the header. */
  record: number;
  /** The line a CSV record starts on, or the worksheet row of an XLSX record. */
  line: number;
  /** Field → cell text, trimmed; a field without a column or with an empty cell is absent. */
  values: Record<string, string>;
}

export interface TableSpec {
  /** The rule that reports empty files and missing columns: `score-row` or `result-row`. */
  rule: Pick<Rule<object, 'empty' | 'noRows' | 'missingColumn'>, 'id' | 'messages'>;
  synonyms: Record<string, string[]>;
  /** Fields that must have a column. */
  required: readonly string[];
  /** Field → header name, from `--map`. */
  explicit: Record<string, string>;
  delimiter?: string;
  /** The worksheet of an XLSX file; default: the first. */
  sheet?: string;
}

export interface Table {
  source: TableSource;
  rows: TableRow[];
  /** Field → column index. */
  columns: Map<string, number>;
  findings: RawFinding[];
  /** Mapped headers the file does not have: field → header. */
  unmatched: Map<string, string>;
  /** Facts for `--verbose`. */
  notes: string[];
}

/**
 * Reads the file as a table. An XLSX file needs its workbook read beforehand with
 * `readWorkbook`. Returns an error instead when the file cannot be opened as a table at all,
 * such as a workbook that is not one.
 */
export function readTable(file: string, bytes: Uint8Array, spec: TableSpec, workbook?: WorkbookResult): Table | { error: string } {
  const options = { ...(spec.delimiter === undefined ? {} : { delimiter: spec.delimiter }), ...(spec.sheet === undefined ? {} : { sheet: spec.sheet }) };
  const opened = openTable(file, bytes, options, workbook);
  if ('error' in opened) return opened;

  const { source } = opened;
  const table: Table = { source, rows: [], columns: new Map(), findings: [], unmatched: new Map(), notes: [] };
  if (opened.encoding !== undefined && opened.encoding !== 'utf-8') {
    const data = { encoding: encodingLabel(opened.encoding) };
    table.findings.push(createFinding(csvSyntaxRule, 'encoding', data, { file, doc: 0, path: [] }, { severity: 'info' }));
  }
  for (const problem of opened.csv?.problems ?? []) {
    const location = { file, doc: 0, path: [], range: problem.range };
    table.findings.push(createFinding(csvSyntaxRule, 'syntax', { message: problem.message }, location));
  }
  if (source.header.length === 0) {
    table.findings.push(createFinding(spec.rule, 'empty', {}, { file, doc: 0, path: [] }));
    return table;
  }

  const match = matchColumnsWith(spec.synonyms, source.header, spec.explicit);
  table.columns = match.columns;
  table.unmatched = match.missing;
  for (const [field, index] of match.columns) source.fieldColumns.set(field, index);
  if (match.unused.length > 0) table.notes.push(`${file}: columns not used: ${match.unused.join(', ')}`);

  for (const field of spec.required) {
    if (match.columns.has(field) || match.missing.has(field)) continue;
    table.findings.push(missingColumnFinding(spec, field, file));
  }
  if (source.dataRecords.length === 0) {
    table.findings.push(createFinding(spec.rule, 'noRows', {}, { file, doc: 0, path: [] }));
  }

  for (const record of source.dataRecords) {
    // A worksheet drops trailing empty cells, so only a CSV record can be ragged.
    if (opened.csv !== undefined && record.cells.length !== source.header.length) {
      const data = { count: record.cells.length, expected: source.header.length };
      table.findings.push(createFinding(csvSyntaxRule, 'ragged', data, { file, doc: record.number, path: [] }));
    }

    const values: Record<string, string> = {};
    for (const [field, index] of match.columns) {
      const cell = record.cells[index]?.trim() ?? '';
      if (cell !== '') values[field] = cell;
    }
    if (Object.keys(values).length === 0) {
      table.notes.push(`${file}: record ${record.number} is blank and was skipped`);
      continue;
    }
    table.rows.push({ record: record.number, line: record.row, values });
  }

  return table;
}

export function missingColumnFinding(spec: TableSpec, field: string, file: string): RawFinding {
  const synonyms = (spec.synonyms[field] ?? [field]).slice(0, 4).map((name) => `"${titleCase(name)}"`);
  return createFinding(spec.rule, 'missingColumn', { field, synonyms: synonyms.join(', ') }, { file, doc: 0, path: [] });
}

/** The location of a row's cell, or of the row when the field has no column. */
export function fieldLocation(table: Table, row: TableRow, field: string): Location {
  return { file: table.source.file, doc: row.record, path: table.columns.has(field) ? [field] : [] };
}

function titleCase(name: string): string {
  return name.replace(/\b\w/g, (letter) => letter.toUpperCase());
}
