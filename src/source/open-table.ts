/**
 * Opens a spreadsheet file as a table, whatever its format: CSV or TSV in any of the
 * encodings `decodeText` knows, or one worksheet of an XLSX workbook read beforehand (exceljs
 * reads workbooks asynchronously, so callers read them first with `readWorkbook`).
 */
import { CsvSource } from './csv-source.js';
import { decodeText, encodingLabel, utf16WithoutBom, type TextEncoding } from './encoding.js';
import type { TableSource } from './table.js';
import { XlsxSource, type WorkbookResult } from './xlsx-source.js';

export interface TableOptions {
  delimiter?: string;
  /** The worksheet to read from an XLSX file; default: the first visible one. */
  sheet?: string;
}

export type OpenedTable =
  | { source: TableSource; encoding?: TextEncoding; csv?: CsvSource; hiddenSheets?: string[] }
  | { error: string };

export function isWorkbookFile(file: string): boolean {
  return /\.xlsx$/i.test(file);
}

export function openTable(file: string, bytes: Uint8Array, options: TableOptions, workbook?: WorkbookResult): OpenedTable {
  if (isWorkbookFile(file)) return openWorksheet(file, options, workbook);
  if (/\.xls$/i.test(file)) return { error: 'the old binary .xls format cannot be read; save the workbook as .xlsx or CSV' };

  const utf16 = startsWithBom(bytes) ? undefined : utf16WithoutBom(bytes);
  if (utf16 !== undefined) return { error: `it looks like ${encodingLabel(utf16)} text without a byte order mark; save it as UTF-8` };
  const decoded = decodeText(bytes);
  const csv = new CsvSource(file, decoded.utf8, options.delimiter === undefined ? {} : { delimiter: options.delimiter });
  return { source: csv, encoding: decoded.encoding, csv };
}

function openWorksheet(file: string, options: TableOptions, workbook: WorkbookResult | undefined): OpenedTable {
  if (workbook === undefined) return { error: 'the workbook was not read' };
  if ('error' in workbook) return workbook;

  const names = workbook.sheets.map((sheet) => `"${sheet.name}"`).join(', ');
  if (options.sheet !== undefined) {
    const table = workbook.sheets.find((sheet) => sheet.name === options.sheet);
    if (table === undefined) return { error: `the workbook has no worksheet named "${options.sheet}"${names === '' ? '' : `; it has ${names}`}` };
    return { source: new XlsxSource(file, table) };
  }

  // A user sees only the visible worksheets, so the first of those is the one they mean.
  const table = workbook.sheets.find((sheet) => !sheet.hidden);
  if (table === undefined) {
    return { error: names === '' ? 'the workbook has no worksheet' : `every worksheet of the workbook is hidden (${names}); give --sheet NAME` };
  }
  const hiddenSheets = workbook.sheets.filter((sheet) => sheet.hidden).map((sheet) => sheet.name);
  return { source: new XlsxSource(file, table), ...(hiddenSheets.length === 0 ? {} : { hiddenSheets }) };
}

function startsWithBom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf);
}
