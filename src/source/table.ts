/**
 * What lint and import need from a spreadsheet, whatever its format: a header, records of
 * text cells, and a way to point a finding at a record and one of its columns.
 */
import type { Location, PathSegment } from '../finding.js';
import type { SourceFile } from './source-file.js';

export interface TableRecord {
  /** 0 for the header, then 1, 2, … for the data records. */
  number: number;
  /** The row as a spreadsheet program shows it (the header is row 1); for CSV, the line. */
  row: number;
  cells: string[];
}

/** A cell whose value was not text and was turned into text, such as a number or a date. */
export interface CellNote {
  record: number;
  column: number;
  /** What the cell held, such as `the number 11.12` or `a formula`. */
  original: string;
  /** The text it was read as. */
  text: string;
  /** Whether the cell's content was left out (an error value such as `#N/A`). */
  dropped: boolean;
}

export interface TableSource extends SourceFile {
  readonly header: readonly string[];
  readonly dataRecords: readonly TableRecord[];
  /** Field → column index, set by whoever maps the header; see `columnOfPath`. */
  readonly fieldColumns: Map<string, number>;
  readonly cellNotes: readonly CellNote[];
  /** A short name of a cell for messages: `B12`, or `line 12`. */
  cellName(record: number, column: number): string;
}

/** The first path segment of a location that names a column by index instead of by field. */
export const COLUMN_SEGMENT = '$column';

/** The location of a cell, by record and column index. */
export function cellLocation(file: string, record: number, column: number): Location {
  return { file, doc: record, path: [COLUMN_SEGMENT, column] };
}

/**
 * The column a location's path points at. The path is `[field, …]` for a sheet of one kind,
 * `[$kind, field, …]` (such as `$badge`) for a mapping sheet, whose fields are keyed
 * `badge.name`, or `[$column, index]` for a cell named by its column.
 */
export function columnOfPath(path: readonly PathSegment[], fieldColumns: ReadonlyMap<string, number>): number | undefined {
  const [first, second] = path;
  if (first === COLUMN_SEGMENT) return typeof second === 'number' ? second : undefined;
  if (typeof first === 'string' && first.startsWith('$') && typeof second === 'string') {
    return fieldColumns.get(`${first.slice(1)}.${second}`);
  }
  return typeof first === 'string' ? fieldColumns.get(first) : undefined;
}

/** `A`, `B`, … `Z`, `AA`: the spreadsheet letters of a 0-based column index. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
