/**
 * Reads the XLSX workbooks that the config's `sheets` name, before the workspace is loaded:
 * exceljs reads asynchronously and the rest of loading does not.
 */
import type { Config } from '../config/types.js';
import { isWorkbookFile } from '../source/open-table.js';
import { readWorkbook, type WorkbookResult } from '../source/xlsx-source.js';
import type { Host } from './host.js';

export async function readSheetWorkbooks(config: Config, host: Host): Promise<Map<string, WorkbookResult>> {
  const workbooks = new Map<string, WorkbookResult>();
  for (const sheet of config.sheets) {
    if (!isWorkbookFile(sheet.file) || workbooks.has(sheet.file)) continue;
    const read = host.read(sheet.file);
    workbooks.set(sheet.file, 'error' in read ? read : await readWorkbook(read.bytes));
  }
  return workbooks;
}
