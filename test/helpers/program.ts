/**
 * The credential program in test/fixtures/program, loaded in memory, and runners of the
 * calibrate and stats core on CSV text, for the tests of both commands.
 */
import fs from 'node:fs';
import path from 'node:path';

import { calibrate, type CalibrateResult } from '../../src/calibration/run.js';
import { computeStats, type StatsResult } from '../../src/outcomes/run.js';
import type { PassRateOptions } from '../../src/rules/pass-rate.js';
import { lintFiles, ROOT, type FileMap } from './workspace.js';

export const PROGRAM_DIR = path.resolve(import.meta.dirname, '../fixtures/program');

export function programFiles(extra: FileMap = {}): FileMap {
  return {
    'badgemap.yaml': fs.readFileSync(path.join(PROGRAM_DIR, 'badgemap.yaml'), 'utf8'),
    'program.yaml': fs.readFileSync(path.join(PROGRAM_DIR, 'program.yaml'), 'utf8'),
    ...extra,
  };
}

export function calibrateText(csv: string | Uint8Array, options: { rubric?: string; map?: Record<string, string>; top?: number; config?: string } = {}): CalibrateResult {
  const files = programFiles(options.config === undefined ? {} : { 'badgemap.yaml': options.config });
  const { workspace } = lintFiles(files);
  const bytes = typeof csv === 'string' ? Buffer.from(csv, 'utf8') : csv;
  return calibrate({ workspace, file: path.join(ROOT, 'scores.csv'), bytes, ...options });
}

export function statsText(csv: string | Uint8Array, options: { overrides?: Partial<PassRateOptions>; map?: Record<string, string>; today?: string; config?: string } = {}): StatsResult {
  const files = programFiles(options.config === undefined ? {} : { 'badgemap.yaml': options.config });
  const { workspace } = lintFiles(files);
  const bytes = typeof csv === 'string' ? Buffer.from(csv, 'utf8') : csv;
  return computeStats({
    workspace,
    file: path.join(ROOT, 'results.csv'),
    bytes,
    today: options.today ?? '2026-12-04',
    ...(options.overrides === undefined ? {} : { overrides: options.overrides }),
    ...(options.map === undefined ? {} : { map: options.map }),
  });
}

/** A small deterministic pseudo-random generator (mulberry32), so generated data never changes. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
