/**
 * The credential program in test/fixtures/program, loaded in memory, and runners of the
 * calibrate and stats core on CSV text, for the tests of both commands.
 */
import fs from 'node:fs';
import path from 'node:path';

import { calibrate, type CalibrateResult } from '../../src/calibration/run.js';
import { computeStats, type StatsResult } from '../../src/outcomes/run.js';
import type { PassRateOptions } from '../../src/rules/pass-rate.js';
import type { WorkbookResult } from '../../src/source/xlsx-source.js';
import { lintFiles, ROOT, type FileMap } from './workspace.js';

export const PROGRAM_DIR = path.resolve(import.meta.dirname, '../fixtures/program');

export function programFiles(extra: FileMap = {}): FileMap {
  return {
    'badgemap.yaml': fs.readFileSync(path.join(PROGRAM_DIR, 'badgemap.yaml'), 'utf8'),
    'program.yaml': fs.readFileSync(path.join(PROGRAM_DIR, 'program.yaml'), 'utf8'),
    ...extra,
  };
}

interface ReaderOptions {
  /** The input's file name, `scores.csv` or `results.csv` by default. */
  name?: string;
  workbook?: WorkbookResult;
  sheet?: string;
}

export function calibrateText(
  csv: string | Uint8Array,
  options: { rubric?: string; map?: Record<string, string>; top?: number; config?: string } & ReaderOptions = {},
): CalibrateResult {
  const { config, name, ...rest } = options;
  const { workspace } = lintFiles(programFiles(config === undefined ? {} : { 'badgemap.yaml': config }));
  const bytes = typeof csv === 'string' ? Buffer.from(csv, 'utf8') : csv;
  return succeeded(calibrate({ workspace, file: path.join(ROOT, name ?? 'scores.csv'), bytes, ...rest }));
}

export function statsText(
  csv: string | Uint8Array,
  options: { overrides?: Partial<PassRateOptions>; map?: Record<string, string>; today?: string; config?: string } & ReaderOptions = {},
): StatsResult {
  const { config, name, today, ...rest } = options;
  const { workspace } = lintFiles(programFiles(config === undefined ? {} : { 'badgemap.yaml': config }));
  const bytes = typeof csv === 'string' ? Buffer.from(csv, 'utf8') : csv;
  return succeeded(computeStats({ workspace, file: path.join(ROOT, name ?? 'results.csv'), bytes, today: today ?? '2026-12-04', ...rest }));
}

function succeeded<T>(result: T | { error: string }): T {
  if (typeof result === 'object' && result !== null && 'error' in result) throw new Error(`cannot read the input: ${result.error}`);
  return result as T;
}

