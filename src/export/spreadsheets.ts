/**
 * The `csv` and `xlsx` targets: the mapping sheet as `mapping.csv` (RFC 4180, UTF-8 with a
 * byte order mark so Excel opens it as UTF-8, CRLF line breaks) and as `mapping.xlsx`.
 * Both are the same bytes on every run: the workbook's dates and every zip entry's date
 * are `--today` at midnight UTC.
 */
import type ExcelJSModule from 'exceljs';
import type JSZipModule from 'jszip';

import { csvField } from '../util/csv.js';
import { mappingRows } from './mapping.js';
import type { ExportInput, ExportTarget, OutputFile } from './output.js';

export const csvTarget: ExportTarget = {
  name: 'csv',
  description: 'The mapping sheet as mapping.csv: one row per competency and badge pair.',
  build: (input) => [{ path: 'mapping.csv', content: toCsv(mappingRows(input.model)) }],
};

export const xlsxTarget: ExportTarget = {
  name: 'xlsx',
  description: 'The mapping sheet as mapping.xlsx: one row per competency and badge pair.',
  build: buildXlsx,
};

export function toCsv(rows: readonly string[][]): string {
  // The sheet goes out to reviewers, so formula cells are guarded. Import removes the guard.
  return `\uFEFF${rows.map((row) => row.map((cell) => csvField(cell, true)).join(',')).join('\r\n')}\r\n`;
}

async function buildXlsx(input: ExportInput): Promise<OutputFile[]> {
  // Loaded here, not at start-up: exceljs takes a quarter of a second to load, and only this target needs it.
  const { default: ExcelJS } = (await import('exceljs')) as { default: typeof ExcelJSModule };
  const date = new Date(`${input.today}T00:00:00.000Z`);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'badgemap';
  workbook.lastModifiedBy = 'badgemap';
  workbook.created = date;
  workbook.modified = date;

  const sheet = workbook.addWorksheet('Mapping');
  const [header, ...rows] = mappingRows(input.model);
  sheet.addRow(header ?? []).font = { bold: true };
  for (const row of rows) {
    const added = sheet.addRow(row);
    // Text format keeps ids such as 007 and 1.10 as typed when the sheet is edited.
    added.eachCell((cell) => {
      cell.numFmt = '@';
    });
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }];

  const bytes = await workbook.xlsx.writeBuffer();
  return [{ path: 'mapping.xlsx', content: await fixZipDates(new Uint8Array(bytes as ArrayBuffer), date) }];
}

/** Rewrites the zip with every entry dated `date`, in the order exceljs wrote them. */
async function fixZipDates(bytes: Uint8Array, date: Date): Promise<Uint8Array> {
  const { default: JSZip } = (await import('jszip')) as { default: typeof JSZipModule };
  const source = await JSZip.loadAsync(bytes);
  const target = new JSZip();
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    target.file(entry.name, await entry.async('uint8array'), { date, createFolders: false });
  }
  return target.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'UNIX' });
}
