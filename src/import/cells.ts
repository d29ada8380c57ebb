/**
 * Cleans a sheet's data cells before import reads them: removes the formula guard that
 * `export --target csv` adds, and removes control characters, which no definition field
 * may contain and which a terminal would print raw in later messages.
 */
import type { RawFinding } from '../finding.js';
import { cellLocation, type TableSource } from '../source/table.js';
import { removeFormulaGuard } from '../util/csv.js';
import { importFinding } from './problems.js';
import { preview } from './record-reader.js';

/** C0 and C1 control characters other than tab, line feed and carriage return, which cells may hold. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

export function cleanCells(source: TableSource, isCsv: boolean, findings: RawFinding[]): void {
  for (const record of source.dataRecords) {
    record.cells = record.cells.map((cell, column) => {
      const unguarded = isCsv ? removeFormulaGuard(cell) : cell;
      const characters = unguarded.match(CONTROL);
      if (characters === null) return unguarded;

      const clean = unguarded.replace(CONTROL, '');
      const data = { count: characters.length, code: codePoint(characters[0] as string), value: preview(clean) };
      findings.push(importFinding('controlCharacters', data, cellLocation(source.file, record.number, column)));
      return clean;
    });
  }
}

/** Escapes control characters as `\u0000`, for header names quoted in a message. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function codePoint(character: string): string {
  return `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}
