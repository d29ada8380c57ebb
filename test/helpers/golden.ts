/**
 * Expected output kept beside the fixtures, as `test/fixtures/<name>/expected/<file>`.
 * `{{version}}` in an expected file is the package version. Run the tests with
 * UPDATE_GOLDEN=1 to rewrite the files from the actual output, then review the diff.
 */
import fs from 'node:fs';
import path from 'node:path';

import { expect } from 'vitest';

import { PROJECT_ROOT } from './cli.js';
import { FIXTURES } from './fixtures.js';

const VERSION = (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

export function expectGolden(actual: string, fixture: string, name: string): void {
  expectGoldenFile(actual, path.join(FIXTURES, fixture, 'expected', name));
}

/** Compares with the expected file at any path, or rewrites it under UPDATE_GOLDEN=1. */
export function expectGoldenFile(actual: string, file: string): void {
  if (process.env.UPDATE_GOLDEN === '1') {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, actual.split(VERSION).join('{{version}}'));
    return;
  }
  const expected = fs.readFileSync(file, 'utf8').split('{{version}}').join(VERSION);
  expect(actual).toBe(expected);
}
