/** Fixture folders under `test/fixtures/`, and temporary copies of them for tests that write. */
import path from 'node:path';

import { PROJECT_ROOT } from './cli.js';
import { copyTree, tempDir } from './temp.js';

export const FIXTURES = path.join(PROJECT_ROOT, 'test/fixtures');

export function fixturePath(name: string): string {
  return path.join(FIXTURES, name);
}

/** Copies a fixture folder to a temporary folder that is removed after the test file. */
export function copyFixture(name: string): string {
  const folder = tempDir();
  copyTree(fixturePath(name), folder);
  return folder;
}
