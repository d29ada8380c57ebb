/**
 * An XLSX worksheet: exceljs reads the workbook, and each cell becomes text the way its
 * author typed it where that can be known. Ids such as `007` and `1.10` stay text when the
 * cell holds text; a number keeps its digits (padded when the cell's format is `000`); a
 * date becomes an ISO date with no time-zone shift. Every cell that was not text is noted,
 * so import can report what it converted.
 */
import type ExcelJS from 'exceljs';

import { START_OF_FILE, type Location, type Range } from '../finding.js';
import { columnLetters, columnOfPath, type CellNote, type TableRecord, type TableSource } from './table.js';

export interface WorksheetTable {
  name: string;
  /** Hidden or very hidden in the workbook, so Excel shows no tab for it. */
  hidden: boolean;
  /** Every non-empty row, with its sheet row number; the first is the header. */
  rows: TableRecord[];
  notes: CellNote[];
}

export type WorkbookResult = { sheets: WorksheetTable[] } | { error: string };

/** Reads every worksheet of an XLSX file into rows of text cells. */
export async function readWorkbook(bytes: Uint8Array): Promise<WorkbookResult> {
  // Loaded here, not at start-up: exceljs takes a quarter of a second to load, and only XLSX sheets need it.
  const { default: excel } = (await import('exceljs')) as { default: typeof ExcelJS };
  const workbook = new excel.Workbook();
  // An XLSX workbook is a zip archive, and every zip archive starts with a local file header.
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    const text = isValidText(bytes) ? '; it looks like CSV or other text, so give it a .csv or .tsv name' : '';
    return { error: `it is not an XLSX workbook, which is a zip archive${text}` };
  }
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    // The reasons exceljs and jszip give name their internals and link to their own docs.
    return { error: 'it is not a readable XLSX workbook: the zip archive is damaged or holds no workbook; open it in a spreadsheet program and save it as .xlsx again' };
  }
  return { sheets: workbook.worksheets.map(readWorksheet) };
}

/** Checks that the first 512 bytes are UTF-8 text without control characters other than white space. */
function isValidText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 512);
  if (sample.some((byte) => byte < 0x09 || (byte > 0x0d && byte < 0x20))) return false;
  try {
    // `stream` accepts a character that the 512-byte cut splits.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function readWorksheet(worksheet: ExcelJS.Worksheet): WorksheetTable {
  const table: WorksheetTable = { name: worksheet.name, hidden: worksheet.state !== 'visible', rows: [], notes: [] };
  const width = worksheet.columnCount;

  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const record = table.rows.length;
    const cells: string[] = [];
    for (let column = 1; column <= Math.max(width, row.cellCount); column++) {
      const cell = row.getCell(column);
      const converted = cellText(cell);
      // exceljs gives every cell of a merged range the value of its top-left cell.
      if (cell.isMerged && cell.master.address !== cell.address && converted.original === undefined && converted.text !== '') {
        converted.original = `part of the merged cell ${cell.master.address}`;
      }
      cells.push(converted.text);
      if (converted.original !== undefined) {
        table.notes.push({ record, column: column - 1, original: converted.original, text: converted.text, dropped: converted.dropped });
      }
    }
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    if (cells.length > 0) table.rows.push({ number: record, row: rowNumber, cells });
    else table.notes = table.notes.filter((note) => note.record !== record);
  });

  return table;
}

interface ConvertedCell {
  text: string;
  /** Set when the cell was not plain text: what it held. */
  original?: string;
  dropped: boolean;
}

function cellText(cell: ExcelJS.Cell): ConvertedCell {
  return valueText(cell.value, cell.numFmt);
}

function valueText(value: ExcelJS.CellValue, numberFormat: string | undefined): ConvertedCell {
  if (value === null || value === undefined) return { text: '', dropped: false };
  if (typeof value === 'string') return { text: value, dropped: false };
  if (typeof value === 'boolean') return { text: String(value), dropped: false };
  if (typeof value === 'number') return numberText(value, numberFormat);
  if (value instanceof Date) return { text: isoDate(value), original: `the date ${isoDate(value)}`, dropped: false };

  if ('richText' in value) return { text: value.richText.map((run) => run.text).join(''), dropped: false };
  if ('error' in value) return { text: '', original: `the error value ${value.error}`, dropped: true };
  if ('hyperlink' in value) {
    const text = typeof value.text === 'string' ? value.text : valueText(value.text as ExcelJS.CellValue, undefined).text;
    const linked = value.hyperlink !== text ? { original: `a link to ${value.hyperlink}` } : {};
    return { text, ...linked, dropped: false };
  }
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null || (typeof result === 'object' && 'error' in result)) {
      return { text: '', original: 'a formula with no computed value', dropped: true };
    }
    return valueText(result as ExcelJS.CellValue, numberFormat);
  }
  return { text: '', original: 'a value of an unknown type', dropped: true };
}

/**
 * The digits of a number cell. Excel keeps 15 significant digits, so rounding to 15 drops
 * binary noise such as `0.30000000000000004`. A format of only zeros (`000`) pads, as
 * Excel shows it. Integers are reported as numbers only when padded; other numbers always,
 * since `11.12` may have been typed as a list such as `11,12`.
 */
function numberText(value: number, numberFormat: string | undefined): ConvertedCell {
  let text = String(Number(value.toPrecision(15)));
  const padding = numberFormat !== undefined && /^0+$/.test(numberFormat) ? numberFormat.length : 0;
  if (padding > text.length && Number.isInteger(value) && value >= 0) text = text.padStart(padding, '0');
  const ambiguous = !Number.isInteger(value) || padding > 0;
  return { text, ...(ambiguous ? { original: `the number ${value}` } : {}), dropped: false };
}

/** exceljs turns date serials into UTC dates, so UTC fields give the date as typed. */
function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}

export class XlsxSource implements TableSource {
  readonly fieldColumns = new Map<string, number>();
  readonly header: readonly string[];
  readonly dataRecords: readonly TableRecord[];
  readonly cellNotes: readonly CellNote[];

  constructor(
    readonly file: string,
    readonly table: WorksheetTable,
  ) {
    this.header = table.rows[0]?.cells ?? [];
    this.dataRecords = table.rows.slice(1);
    this.cellNotes = table.notes;
  }

  /** Worksheets have no text lines, so findings show no code frame. */
  lines(): readonly string[] {
    return [];
  }

  locate(location: Location): Range {
    const record = this.table.rows[location.doc];
    if (record === undefined) return START_OF_FILE;
    const column = columnOfPath(location.path, this.fieldColumns);
    const position = { line: record.row, column: (column ?? 0) + 1 };
    return { start: position, end: position };
  }

  describe(location: Location): string | undefined {
    const record = this.table.rows[location.doc];
    if (record === undefined) return undefined;
    const column = columnOfPath(location.path, this.fieldColumns);
    const where = location.doc === 0 ? 'header' : `record ${location.doc}`;
    const sheet = `sheet "${this.table.name}"`;
    if (column === undefined) return `${sheet}, row ${record.row}, ${where}`;
    const header = this.header[column];
    const named = header === undefined ? '' : `, column "${header}"`;
    return `${sheet}, cell ${columnLetters(column)}${record.row}, ${where}${named}`;
  }

  cellName(record: number, column: number): string {
    const found = this.table.rows[record];
    return `cell ${columnLetters(column)}${found?.row ?? record + 1}`;
  }
}
