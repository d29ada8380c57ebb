/** The export targets by `--target` name. */
import { ob2Target } from './ob2.js';
import { ob3Target } from './ob3.js';
import type { ExportTarget } from './output.js';
import { csvTarget, xlsxTarget } from './spreadsheets.js';

export const TARGETS: Record<string, ExportTarget> = {
  ob2: ob2Target,
  ob3: ob3Target,
  csv: csvTarget,
  xlsx: xlsxTarget,
};
