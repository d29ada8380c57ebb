/**
 * Reads a spreadsheet declared under `sheets` into raw definitions, each located at its
 * record, so findings carry the file's true line (CSV) or row and cell (XLSX) and the
 * header's column. The records are read by the importer's own code, in lint mode.
 */
import type { Config, SheetConfig } from '../config/types.js';
import type { RawFinding } from '../finding.js';
import { importTable } from '../import/table-import.js';
import { BUILT_IN_VOCABULARY } from '../import/values.js';
import { configRule } from '../rules/config.js';
import { csvSyntaxRule } from '../rules/syntax.js';
import { createFinding } from '../rules/types.js';
import { encodingLabel } from '../source/encoding.js';
import { openTable } from '../source/open-table.js';
import type { TableSource } from '../source/table.js';
import type { WorkbookResult } from '../source/xlsx-source.js';
import { didYouMean } from '../util/suggest.js';
import type { RawDefinition } from './documents.js';
import type { ReadResult } from './host.js';

export interface LoadedSheet {
  source?: TableSource;
  definitions: (RawDefinition & { row: number })[];
  findings: RawFinding[];
  /** Facts for `--verbose`, such as the columns no field uses. */
  notes: string[];
}

const REQUIRED_FIELDS: Partial<Record<SheetConfig['kind'], string[]>> = { competency: ['id', 'statement'] };

export function loadSheet(sheet: SheetConfig, read: ReadResult, config?: Config, workbook?: WorkbookResult): LoadedSheet {
  const empty: LoadedSheet = { definitions: [], findings: [], notes: [] };

  if ('error' in read) {
    empty.findings.push(createFinding(csvSyntaxRule, 'unreadable', { path: sheet.path, reason: read.error }, sheet.location));
    return empty;
  }

  const options = { ...(sheet.delimiter === undefined ? {} : { delimiter: sheet.delimiter }), ...(sheet.sheet === undefined ? {} : { sheet: sheet.sheet }) };
  const opened = openTable(sheet.file, read.bytes, options, workbook);
  if ('error' in opened) {
    empty.findings.push(createFinding(csvSyntaxRule, 'unreadable', { path: sheet.path, reason: opened.error }, sheet.location));
    return empty;
  }

  const { source } = opened;
  const result: LoadedSheet = { source, definitions: [], findings: [], notes: [] };
  if (opened.encoding !== undefined && opened.encoding !== 'utf-8') {
    const data = { encoding: encodingLabel(opened.encoding) };
    result.findings.push(createFinding(csvSyntaxRule, 'encoding', data, { file: sheet.file, doc: 0, path: [] }, { severity: 'info' }));
  }
  for (const problem of opened.csv?.problems ?? []) {
    const location = { file: sheet.file, doc: 0, path: [], range: problem.range };
    result.findings.push(createFinding(csvSyntaxRule, 'syntax', { message: problem.message }, location));
  }
  if (source.header.length === 0) {
    result.findings.push(createFinding(csvSyntaxRule, 'empty', {}, { file: sheet.file, doc: 0, path: [] }));
    return result;
  }

  const vocabulary = {
    evidenceTypes: [...BUILT_IN_VOCABULARY.evidenceTypes, ...(config?.vocabulary.evidenceTypes ?? [])],
    assessmentMethods: [...BUILT_IN_VOCABULARY.assessmentMethods, ...(config?.vocabulary.assessmentMethods ?? [])],
  };
  const imported = importTable(source, { kind: sheet.kind, columns: sheet.columns, separator: sheet.separator, mode: 'lint', vocabulary });
  const columnProblems = columnFindings(sheet, source.header, imported.match.missing, imported.match.columns);
  result.findings.push(...columnProblems);
  if (imported.match.unused.length > 0) result.notes.push(`${sheet.path}: columns not used: ${imported.match.unused.join(', ')}`);

  // With a column mapping wrong, every record would repeat the same schema finding.
  if (columnProblems.length > 0) return result;

  for (const record of source.dataRecords) {
    if (record.cells.length !== source.header.length && opened.csv !== undefined) {
      const data = { count: record.cells.length, expected: source.header.length };
      result.findings.push(createFinding(csvSyntaxRule, 'ragged', data, { file: sheet.file, doc: record.number, path: [] }));
    }
    if (record.cells.every((cell) => cell.trim() === '')) result.notes.push(`${sheet.path}: record ${record.number} is blank and was skipped`);
  }

  for (const draft of imported.definitions) {
    const row = source.dataRecords[draft.location.doc - 1]?.row ?? draft.location.doc;
    result.definitions.push({ kind: draft.kind, value: draft.value, location: draft.location, row });
  }
  return result;
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
