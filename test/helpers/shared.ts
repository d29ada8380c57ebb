/**
 * The public corpus and the official Open Badges files beside the project, read in place.
 * Tests that need them skip with a one-line note when the folder is missing; `.ci/run`
 * fails instead.
 */
import fs from 'node:fs';
import path from 'node:path';

import { PROJECT_ROOT } from './cli.js';

export const SHARED_DIR = path.resolve(PROJECT_ROOT, '..', 'shared');
export const REFERENCE_DIR = path.join(SHARED_DIR, 'reference', 'openbadges');
export const CORPUS_DIR = path.join(SHARED_DIR, 'corpus');

const noted = new Set<string>();

/** Whether a folder under ../shared exists; prints a note once when it does not. */
export function hasShared(folder: string): boolean {
  if (fs.existsSync(folder)) return true;
  if (!noted.has(folder)) {
    noted.add(folder);
    process.stderr.write(`note: ${path.relative(PROJECT_ROOT, folder)} is missing; tests that read it are skipped.\n`);
  }
  return false;
}

export function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}
