/** Paths into the shared corpus and reference files beside the project, and a skip note when absent. */
import fs from 'node:fs';
import path from 'node:path';

import { PROJECT_ROOT } from './cli.js';

export const SHARED = path.resolve(PROJECT_ROOT, '../shared');

export function sharedPath(...segments: string[]): string {
  return path.join(SHARED, ...segments);
}

/** True when the shared folder is present; prints one line once when it is not. */
export const hasShared = fs.existsSync(path.join(SHARED, 'corpus'));

if (!hasShared) {
  process.stderr.write(`note: ${SHARED} is missing; tests that read the public corpus and reference files are skipped.\n`);
}

export const REFERENCE_DIR = sharedPath('reference', 'openbadges');
export const CORPUS_DIR = sharedPath('corpus');

export function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}
