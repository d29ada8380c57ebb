/**
 * Reads a spreadsheet declared under `sheets` into raw definitions, one per record, each
 * located at its record so findings carry the file's true line and the header's column.
 */
import type { SheetConfig } from '../config/types.js';
import type { RawFinding } from '../finding.js';
import { configRule } from '../rules/config.js';
import { csvSyntaxRule } from '../rules/syntax.js';
import { createFinding } from '../rules/types.js';
import { CsvSource } from '../source/csv-source.js';
import { didYouMean } from '../util/suggest.js';
import { matchColumns, MULTI_VALUED_FIELDS } from './columns.js';
import type { RawDefinition } from './documents.js';
import type { ReadResult } from './host.js';

export interface LoadedSheet {
  source?: CsvSource;
  definitions: (RawDefinition & { row: number })[];
  findings: RawFinding[];
  /** Facts for `--verbose`, such as the columns no field uses. */
  notes: string[];
}

const REQUIRED_FIELDS: Record<string, string[]> = { competency: ['id', 'statement'] };

export function loadSheet(sheet: SheetConfig, read: ReadResult): LoadedSheet {
  const empty: LoadedSheet = { definitions: [], findings: [], notes: [] };

  if ('error' in read) {
    empty.findings.push(createFinding(csvSyntaxRule, 'unreadable', { path: sheet.path, reason: read.error }, sheet.location));
    return empty;
  }
  if (/\.xlsx?$/i.test(sheet.file)) {
    // TODO: read XLSX sheets in lint once the importer's XLSX reader exists.
    const reason = 'lint reads CSV and TSV sheets only for now. Save the sheet as CSV and declare that file.';
    empty.findings.push(createFinding(csvSyntaxRule, 'unsupported', { path: sheet.path, reason }, sheet.location));
    return empty;
  }

  const source = new CsvSource(sheet.file, read.bytes, sheet.delimiter === undefined ? {} : { delimiter: sheet.delimiter });
  const result: LoadedSheet = { source, definitions: [], findings: [], notes: [] };

  for (const problem of source.problems) {
    const location = { file: sheet.file, doc: 0, path: [], range: problem.range };
    result.findings.push(createFinding(csvSyntaxRule, 'syntax', { message: problem.message }, location));
  }
  if (source.records.length === 0) {
    result.findings.push(createFinding(csvSyntaxRule, 'empty', {}, { file: sheet.file, doc: 0, path: [] }));
    return result;
  }

  const match = matchColumns(sheet.kind, source.header, sheet.columns);
  for (const [field, index] of match.columns) source.fieldColumns.set(field, index);
  const columnProblems = columnFindings(sheet, source.header, match.missing, match.columns);
  result.findings.push(...columnProblems);
  if (match.unused.length > 0) result.notes.push(`${sheet.path}: columns not used: ${match.unused.join(', ')}`);

  // With a column mapping wrong, every record would repeat the same schema finding.
  if (columnProblems.length > 0) return result;

  for (const record of source.dataRecords) {
    if (record.cells.length !== source.header.length) {
      const data = { count: record.cells.length, expected: source.header.length };
      result.findings.push(createFinding(csvSyntaxRule, 'ragged', data, { file: sheet.file, doc: record.number, path: [] }));
    }

    const value = recordValue(record.cells, match.columns, sheet.separator);
    if (Object.keys(value).length === 0) {
      result.notes.push(`${sheet.path}: record ${record.number} is blank and was skipped`);
      continue;
    }
    const location = { file: sheet.file, doc: record.number, path: [] };
    result.definitions.push({ kind: sheet.kind, value, location, row: record.number });
  }

  return result;
}

function recordValue(cells: string[], columns: Map<string, number>, separator: string): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  for (const [field, index] of columns) {
    const cell = cells[index];
    if (cell === undefined || cell.trim() === '') continue;
    value[field] = MULTI_VALUED_FIELDS.has(field)
      ? cell.split(separator).map((part) => part.trim()).filter((part) => part !== '')
      : cell;
  }
  return value;
}

function columnFindings(
  sheet: SheetConfig,
  header: readonly string[],
  missing: Map<string, string>,
  matched: Map<string, number>,
): RawFinding[] {
  const findings: RawFinding[] = [];

  for (const [field, name] of missing) {
    const location = { ...sheet.location, path: [...sheet.location.path, 'columns', field], target: 'value' as const };
    const data = { sheet: sheet.path, header: name, field, hint: didYouMean(name, header) };
    findings.push(createFinding(configRule, 'sheetColumn', data, location));
  }

  for (const field of REQUIRED_FIELDS[sheet.kind] ?? []) {
    if (matched.has(field) || missing.has(field)) continue;
    findings.push(createFinding(configRule, 'sheetRequired', { sheet: sheet.path, field }, sheet.location));
  }

  return findings;
}
