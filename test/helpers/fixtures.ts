/** Fixture folders under `test/fixtures/`, and scratch copies of them for tests that write. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach } from 'vitest';

import { PROJECT_ROOT } from './cli.js';

export function fixturePath(name: string): string {
  return path.join(PROJECT_ROOT, 'test/fixtures', name);
}

const scratchFolders: string[] = [];

afterEach(() => {
  for (const folder of scratchFolders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

/** An empty temporary folder, removed after the test. */
export function scratchFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'badgemap-test-'));
  scratchFolders.push(folder);
  return folder;
}

/** A temporary copy of a fixture folder, removed after the test. */
export function copyFixture(name: string): string {
  const folder = scratchFolder();
  fs.cpSync(fixturePath(name), folder, { recursive: true });
  return folder;
}

/** The shared reference folder beside the project, or `undefined` when it is missing. */
export function sharedPath(...segments: string[]): string | undefined {
  const file = path.join(PROJECT_ROOT, '..', 'shared', ...segments);
  return fs.existsSync(file) ? file : undefined;
}
