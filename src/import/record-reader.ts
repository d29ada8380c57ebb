/**
 * Reads the cells of one record by field: trims them, splits multi-valued cells, converts
 * numbers, and reports every conversion at the cell it is about. A value that cannot be
 * used for its field is kept aside under `x-<header>`, so nothing in the sheet is lost.
 */
import type { RawFinding } from '../finding.js';
import { baseField, INTEGER_FIELDS } from '../load/columns.js';
import { cellLocation, type TableRecord, type TableSource } from '../source/table.js';
import { importFinding, type ImportMessageId } from './problems.js';
import { splitValues } from './values.js';

export interface ReaderContext {
  source: TableSource;
  /** Field → column index. */
  columns: ReadonlyMap<string, number>;
  separator: string;
  /** Import reports conversions; lint only needs the values. */
  report: boolean;
  findings: RawFinding[];
}

export class RecordReader {
  /** Values that did not fit their field, by `x-` key, to be kept on the definition. */
  readonly aside = new Map<string, string>();

  constructor(
    private readonly context: ReaderContext,
    readonly record: TableRecord,
  ) {}

  get file(): string {
    return this.context.source.file;
  }

  has(field: string): boolean {
    return this.context.columns.has(field);
  }

  /** The trimmed text of a field's cell, or `undefined` when empty or unmapped. */
  text(field: string): string | undefined {
    const column = this.context.columns.get(field);
    return column === undefined ? undefined : this.cell(column);
  }

  /** The trimmed text of a cell by column index. */
  cell(column: number): string | undefined {
    const raw = this.record.cells[column];
    if (raw === undefined) return undefined;
    const text = raw.trim();
    if (text !== raw && text !== '') this.reportAt(column, 'trimmed', { value: preview(text) });
    return text === '' ? undefined : text;
  }

  /** The distinct values of a multi-valued cell, in order. */
  list(field: string): string[] {
    const column = this.context.columns.get(field);
    const raw = column === undefined ? undefined : this.record.cells[column];
    if (raw === undefined || raw.trim() === '') return [];
    const values: string[] = [];
    for (const value of splitValues(raw, this.context.separator)) {
      if (values.includes(value)) this.report(field, 'repeated', { value: preview(value) });
      else values.push(value);
    }
    return values;
  }

  /** A whole number of at least the field's minimum; other text is kept aside and reported. */
  integer(field: string): number | undefined {
    const text = this.text(field);
    if (text === undefined) return undefined;
    const minimum = INTEGER_FIELDS[baseField(field)] ?? 0;
    const value = /^[+]?\d+$/.test(text) ? Number(text) : Number.NaN;
    if (Number.isSafeInteger(value) && value >= minimum) return value;
    this.keepAside(field, text, 'notNumber', { expected: `a whole number of at least ${minimum}` });
    return undefined;
  }

  /** A number of points, 0 or more; other text is kept aside and reported. */
  points(field: string): number | undefined {
    const text = this.text(field);
    if (text === undefined) return undefined;
    const value = /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
    if (Number.isFinite(value)) return value;
    this.keepAside(field, text, 'notNumber', { expected: 'a number of 0 or more' });
    return undefined;
  }

  /** Keeps text that did not fit `field` under the column's `x-` key, and says why. */
  keepAside(field: string, text: string, messageId: ImportMessageId, data: Record<string, string | number>): void {
    const column = this.context.columns.get(field);
    const header = column === undefined ? field : (this.context.source.header[column] ?? field);
    const key = `x-${header.trim() || field}`;
    const previous = this.aside.get(key);
    this.aside.set(key, previous === undefined ? text : `${previous}\n${text}`);
    this.report(field, messageId, { field: key, value: preview(text), target: baseField(field), ...data });
  }

  report(field: string, messageId: ImportMessageId, data: Record<string, string | number>): void {
    const column = this.context.columns.get(field);
    if (column === undefined) this.reportRecord(messageId, data);
    else this.reportAt(column, messageId, data);
  }

  reportAt(column: number, messageId: ImportMessageId, data: Record<string, string | number>): void {
    if (!this.context.report) return;
    const location = cellLocation(this.context.source.file, this.record.number, column);
    this.context.findings.push(importFinding(messageId, data, location));
  }

  reportRecord(messageId: ImportMessageId, data: Record<string, string | number>): void {
    if (!this.context.report) return;
    const location = { file: this.context.source.file, doc: this.record.number, path: [] };
    this.context.findings.push(importFinding(messageId, data, location));
  }
}

/** A value cut for a message: the first line, at most 60 characters. */
export function preview(text: string): string {
  const firstLine = text.split(/\r\n|\r|\n/, 1)[0] ?? '';
  const cut = firstLine.length > 60 ? `${firstLine.slice(0, 57)}...` : firstLine;
  return cut === text ? cut : cut.endsWith('...') ? cut : `${cut}...`;
}
