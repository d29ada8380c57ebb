/**
 * Reads a CSV or TSV report (calibration scores, assessment results) into rows of named
 * fields. Headers are matched as sheets are, and each problem becomes a finding on its row
 * and cell, so the report commands position findings the same way lint does.
 */
import type { Location, RawFinding } from '../finding.js';
import { csvSyntaxRule } from '../rules/syntax.js';
import { createFinding, type Rule } from '../rules/types.js';
import { CsvSource } from '../source/csv-source.js';
import { matchColumnsWith } from './columns.js';

export interface TableRow {
  /** The record number: 1 for the first row under the header. */
  record: number;
  /** The 1-based line the record starts on. */
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
}

export interface Table {
  source: CsvSource;
  rows: TableRow[];
  /** Field → column index. */
  columns: Map<string, number>;
  findings: RawFinding[];
  /** Mapped headers the file does not have: field → header. */
  unmatched: Map<string, string>;
  /** Facts for `--verbose`. */
  notes: string[];
}

export function readTable(file: string, bytes: Uint8Array, spec: TableSpec): Table {
  const source = new CsvSource(file, bytes, spec.delimiter === undefined ? {} : { delimiter: spec.delimiter });
  const table: Table = { source, rows: [], columns: new Map(), findings: [], unmatched: new Map(), notes: [] };

  for (const problem of source.problems) {
    const location = { file, doc: 0, path: [], range: problem.range };
    table.findings.push(createFinding(csvSyntaxRule, 'syntax', { message: problem.message }, location));
  }
  if (source.records.length === 0) {
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
    if (record.cells.length !== source.header.length) {
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
    table.rows.push({ record: record.number, line: source.positionOf(record.start).line, values });
  }

  return table;
}

export function missingColumnFinding(spec: TableSpec, field: string, file: string): RawFinding {
  const synonyms = (spec.synonyms[field] ?? [field]).slice(0, 4).map((name) => `"${titleCase(name)}"`);
  return createFinding(spec.rule, 'missingColumn', { field, synonyms: synonyms.join(', ') }, { file, doc: 0, path: [] });
}

/** The location of a row's cell, or of the row when the field has no column. */
export function cellLocation(table: Table, row: TableRow, field: string): Location {
  return { file: table.source.file, doc: row.record, path: table.columns.has(field) ? [field] : [] };
}

function titleCase(name: string): string {
  return name.replace(/\b\w/g, (letter) => letter.toUpperCase());
}
