/**
 * Golden files: expected output kept under `test/golden/`. `{{version}}` in a golden file
 * stands for the package version. Run with UPDATE_GOLDEN=1 to rewrite the files from the
 * actual output, then review the diff.
 */
import fs from 'node:fs';
import path from 'node:path';

import { expect } from 'vitest';

import { PROJECT_ROOT } from './cli.js';

export const GOLDEN_DIR = path.join(PROJECT_ROOT, 'test/golden');

const VERSION = (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

export function expectGolden(actual: string, name: string): void {
  const file = path.join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, actual.split(VERSION).join('{{version}}'));
    return;
  }
  const expected = fs.readFileSync(file, 'utf8').split('{{version}}').join(VERSION);
  expect(actual).toBe(expected);
}
