/**
 * A CSV or TSV sheet. csv-parse reads the values, and a byte-level scan of the same bytes
 * finds where each record and cell starts. A finding can so point at the true line and
 * column even when a quoted cell spans several lines.
 */
import { parse } from 'csv-parse/sync';

import { START_OF_FILE, type Location, type Range } from '../finding.js';
import { decodeUtf8, splitLines } from '../util/text.js';
import { columnOfPath, type CellNote, type TableRecord, type TableSource } from './table.js';

export interface CsvRecord extends TableRecord {
  /** Byte offsets where the record and each of its cells start. */
  start: number;
  cellStarts: number[];
  /** The byte offset where the record's last cell ends, before its line break. */
  end: number;
}

export interface CsvProblem {
  code: string;
  message: string;
  range: Range;
}

/** csv-parse's error, with the context field it sets that is used here. */
interface CsvParseError extends Error {
  code?: string;
  /** The line csv-parse had reached when it gave up on the record. */
  lines?: number;
}

export interface CsvOptions {
  delimiter?: string;
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** Delimiters tried when a sheet does not name one, in order of preference on a tie. */
export const CANDIDATE_DELIMITERS = [',', ';', '\t', '|'];

export class CsvSource implements TableSource {
  readonly records: CsvRecord[] = [];
  readonly problems: CsvProblem[] = [];
  readonly delimiter: string;
  /** The column index of each field, set by the sheet loader once it has matched the header. */
  readonly fieldColumns = new Map<string, number>();
  /** CSV cells are always text. */
  readonly cellNotes: readonly CellNote[] = [];

  private readonly lineStarts: number[];
  private spans: RecordSpan[] = [];
  private textLines?: string[];
  private data?: CsvRecord[];

  constructor(
    readonly file: string,
    private readonly bytes: Uint8Array,
    options: CsvOptions = {},
  ) {
    this.delimiter = options.delimiter ?? detectDelimiter(bytes, file);
    this.lineStarts = findLineStarts(bytes);
    this.read();
  }

  get header(): string[] {
    return this.records[0]?.cells ?? [];
  }

  get dataRecords(): CsvRecord[] {
    this.data ??= this.records.slice(1);
    return this.data;
  }

  lines(): readonly string[] {
    this.textLines ??= splitLines(decodeUtf8(this.bytes));
    return this.textLines;
  }

  locate(location: Location): Range {
    const record = this.records[location.doc];
    if (record === undefined) return START_OF_FILE;

    const column = columnOfPath(location.path, this.fieldColumns);
    const start = column === undefined ? record.start : record.cellStarts[column];
    if (start === undefined) {
      const position = this.positionOf(record.start);
      return { start: position, end: position };
    }
    // A cell ends at the delimiter before the next cell.
    // The last cell ends where the record's text ends.
    const next = column === undefined ? undefined : record.cellStarts[column + 1];
    const end = next === undefined ? record.end : next - 1;
    return { start: this.positionOf(start), end: this.positionOf(Math.max(start, end)) };
  }

  describe(location: Location): string | undefined {
    const column = columnOfPath(location.path, this.fieldColumns);
    const header = column === undefined ? undefined : this.header[column];
    const where = location.doc === 0 ? 'header' : `record ${location.doc}`;
    if (column === undefined) return where;
    return header === undefined ? `${where}, column ${column + 1}` : `${where}, column "${header}"`;
  }

  cellName(record: number, column: number): string {
    const found = this.records[record];
    const start = found?.cellStarts[column] ?? found?.start ?? 0;
    const position = this.positionOf(start);
    return `line ${position.line}, column ${position.column}`;
  }

  /** The 1-based line and UTF-16 column of a byte offset. */
  positionOf(offset: number): { line: number; column: number } {
    const line = this.lineOf(offset);
    const lineStart = this.lineStarts[line - 1] ?? 0;
    // decodeUtf8 drops a byte order mark, so a cell on the first line is not shifted by it.
    const prefix = decodeUtf8(this.bytes.subarray(lineStart, offset));
    return { line, column: prefix.length + 1 };
  }

  /** Finds the 1-based line of a byte offset. */
  lineOf(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }

  private read(): void {
    this.spans = scanRecords(this.bytes, this.delimiter.charCodeAt(0));
    const spanByEnd = new Map(this.spans.map((span) => [span.end, span]));
    const errors: CsvParseError[] = [];

    const parsed = parse(Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength), {
      bom: true,
      delimiter: this.delimiter,
      relax_column_count: true,
      // Excel and most people write a quote inside an unquoted cell as a plain character
      // (`5'10"`, `the "right" way`). Strict RFC 4180 parsing would drop the record and
      // lose track of every record after it.
      relax_quotes: true,
      // Left to itself, csv-parse takes the first line break it meets as the only one, and a
      // file edited in two programs (CRLF and LF lines) would merge records.
      record_delimiter: ['\r\n', '\n', '\r'],
      skip_empty_lines: true,
      skip_records_with_error: true,
      info: true,
      on_skip: (error: CsvParseError | undefined) => {
        if (error !== undefined) errors.push(error);
      },
    }) as unknown as { record: string[]; info: { bytes: number } }[];

    for (const { record, info } of parsed) {
      const span = spanByEnd.get(info.bytes) ?? spanContaining(this.spans, info.bytes - 1);
      const start = span?.start ?? 0;
      this.records.push({
        number: this.records.length,
        row: this.lineOf(start),
        cells: record,
        start,
        cellStarts: span?.cells ?? [],
        end: span?.contentEnd ?? start,
      });
    }

    // The records csv-parse skipped are the spans no record was read from, in the same order.
    const read = new Set(this.records.map((record) => record.start));
    const unread = this.spans.filter((span) => !read.has(span.start));
    errors.forEach((error, index) => this.addProblem(error, unread[index]));
  }

  /** Records a record csv-parse skipped, at the line where the record starts. */
  private addProblem(error: CsvParseError, span: RecordSpan | undefined): void {
    const line = span === undefined ? Math.max(1, error.lines ?? 1) : this.lineOf(span.start);
    const last = span === undefined ? line : this.lineOf(Math.max(span.start, span.end - 1));
    const message =
      error.code === 'CSV_QUOTE_NOT_CLOSED'
        ? `a quote opens a cell on line ${line} and is never closed, so ${line === last ? `line ${line}` : `lines ${line} to ${last}`} could not be read`
        : error.message.replace(/ at line \d+/, '');
    // An unclosed quote opens the record's last cell, since every delimiter after it is quoted.
    const quote = error.code === 'CSV_QUOTE_NOT_CLOSED' && span !== undefined ? span.cells[span.cells.length - 1] : undefined;
    const start = quote === undefined ? { line, column: 1 } : this.positionOf(quote);
    this.problems.push({ code: error.code ?? 'CSV_ERROR', message, range: { start, end: start } });
  }
}


interface RecordSpan {
  start: number;
  /** The offset just past the record's line break, as csv-parse counts `info.bytes`. */
  end: number;
  /** The offset where the record's text ends, before its line break. */
  contentEnd: number;
  cells: number[];
}

/**
 * Finds record and cell boundaries by RFC 4180's rules: a cell that starts with a quote runs
 * to the matching quote, `""` inside it is one quote, and LF, CRLF or CR ends a record.
 * Empty lines are skipped, as csv-parse skips them.
 */
export function scanRecords(bytes: Uint8Array, delimiter: number): RecordSpan[] {
  const spans: RecordSpan[] = [];
  let offset = hasBom(bytes) ? 3 : 0;

  while (offset < bytes.length) {
    const lineBreak = lineBreakLength(bytes, offset);
    if (lineBreak > 0) {
      offset += lineBreak;
      continue;
    }

    const span: RecordSpan = { start: offset, end: offset, contentEnd: -1, cells: [offset] };
    let inQuotes = false;
    let cellStart = true;

    while (offset < bytes.length) {
      const byte = bytes[offset];
      if (inQuotes) {
        if (byte === QUOTE && bytes[offset + 1] === QUOTE) offset += 2;
        else {
          if (byte === QUOTE) inQuotes = false;
          offset++;
        }
        continue;
      }
      if (byte === QUOTE && cellStart) {
        inQuotes = true;
        cellStart = false;
        offset++;
        continue;
      }
      if (byte === delimiter) {
        offset++;
        span.cells.push(offset);
        cellStart = true;
        continue;
      }
      const breakLength = lineBreakLength(bytes, offset);
      if (breakLength > 0) {
        span.contentEnd = offset;
        offset += breakLength;
        break;
      }
      cellStart = false;
      offset++;
    }

    // The last record of a file may have no line break.
    if (span.contentEnd < 0) span.contentEnd = offset;
    span.end = offset;
    spans.push(span);
  }

  return spans;
}

/** Picks the candidate delimiter that occurs most often in the first record; `.tsv` means tab. */
export function detectDelimiter(bytes: Uint8Array, file = ''): string {
  if (/\.tsv$/i.test(file)) return '\t';

  const first = scanFirstLine(bytes);
  let best = ',';
  let bestCount = 0;
  for (const candidate of CANDIDATE_DELIMITERS) {
    const count = countOutsideQuotes(first, candidate.charCodeAt(0));
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

function scanFirstLine(bytes: Uint8Array): Uint8Array {
  const start = hasBom(bytes) ? 3 : 0;
  let inQuotes = false;
  for (let offset = start; offset < bytes.length; offset++) {
    if (bytes[offset] === QUOTE) inQuotes = !inQuotes;
    if (!inQuotes && (bytes[offset] === LF || bytes[offset] === CR)) return bytes.subarray(start, offset);
  }
  return bytes.subarray(start);
}

function countOutsideQuotes(bytes: Uint8Array, target: number): number {
  let count = 0;
  let inQuotes = false;
  for (const byte of bytes) {
    if (byte === QUOTE) inQuotes = !inQuotes;
    else if (!inQuotes && byte === target) count++;
  }
  return count;
}

function lineBreakLength(bytes: Uint8Array, offset: number): number {
  if (bytes[offset] === CR) return bytes[offset + 1] === LF ? 2 : 1;
  return bytes[offset] === LF ? 1 : 0;
}

function findLineStarts(bytes: Uint8Array): number[] {
  const starts = [0];
  for (let offset = 0; offset < bytes.length; offset++) {
    const byte = bytes[offset];
    if (byte === CR && bytes[offset + 1] === LF) continue;
    if (byte === LF || byte === CR) starts.push(offset + 1);
  }
  return starts;
}

function spanContaining(spans: RecordSpan[], offset: number): RecordSpan | undefined {
  return spans.find((span) => span.start <= offset && offset < span.end);
}

function hasBom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}
