/**
 * Opens a spreadsheet file as a table, whatever its format: CSV or TSV in any of the
 * encodings `decodeText` knows, or one worksheet of an XLSX workbook read beforehand (exceljs
 * reads workbooks asynchronously, so callers read them first with `readWorkbook`).
 */
import { CsvSource } from './csv-source.js';
import { decodeText, type TextEncoding } from './encoding.js';
import type { TableSource } from './table.js';
import { XlsxSource, type WorkbookResult } from './xlsx-source.js';

export interface TableOptions {
  delimiter?: string;
  /** The worksheet to read from an XLSX file; default: the first. */
  sheet?: string;
}

export type OpenedTable =
  | { source: TableSource; encoding?: TextEncoding; csv?: CsvSource }
  | { error: string };

export function isWorkbookFile(file: string): boolean {
  return /\.xlsx$/i.test(file);
}

export function openTable(file: string, bytes: Uint8Array, options: TableOptions, workbook?: WorkbookResult): OpenedTable {
  if (isWorkbookFile(file)) return openWorksheet(file, options, workbook);
  if (/\.xls$/i.test(file)) return { error: 'the old binary .xls format cannot be read; save the workbook as .xlsx or CSV' };

  const decoded = decodeText(bytes);
  const csv = new CsvSource(file, decoded.utf8, options.delimiter === undefined ? {} : { delimiter: options.delimiter });
  return { source: csv, encoding: decoded.encoding, csv };
}

function openWorksheet(file: string, options: TableOptions, workbook: WorkbookResult | undefined): OpenedTable {
  if (workbook === undefined) return { error: 'the workbook was not read' };
  if ('error' in workbook) return workbook;

  const names = workbook.sheets.map((sheet) => `"${sheet.name}"`).join(', ');
  const table = options.sheet === undefined ? workbook.sheets[0] : workbook.sheets.find((sheet) => sheet.name === options.sheet);
  if (table === undefined) {
    const wanted = options.sheet === undefined ? 'has no worksheet' : `has no worksheet named "${options.sheet}"`;
    return { error: `the workbook ${wanted}${names === '' ? '' : `; it has ${names}`}` };
  }
  return { source: new XlsxSource(file, table) };
}
