/**
 * `export --check`: compares the files the export targets would write with those already in
 * the output folder, byte for byte, without writing anything.
 */
import picomatch from 'picomatch';

import { compareText } from '../finding.js';
import type { ExportDrift } from '../formatters/types.js';
import type { ExportTarget, OutputFile } from './output.js';

export interface CheckedFile {
  path: string;
  status: 'current' | 'stale' | 'missing';
}

export interface CheckResult {
  files: CheckedFile[];
  drift: ExportDrift;
}

/**
 * Compares the expected files with the output folder. `existing` lists every file in the
 * folder by relative path with `/` separators. `read` returns a file's bytes, or `undefined`
 * when it cannot be read, which counts as stale. A file in the folder is extra when some
 * target's `owns` patterns match it and no target would write it now.
 */
export function checkOutput(
  expected: readonly OutputFile[],
  targets: readonly ExportTarget[],
  existing: readonly string[],
  read: (path: string) => Uint8Array | undefined,
): CheckResult {
  const present = new Set(existing);
  const files: CheckedFile[] = [];
  for (const file of uniqueByPath(expected)) {
    if (!present.has(file.path)) {
      files.push({ path: file.path, status: 'missing' });
      continue;
    }
    const bytes = read(file.path);
    const same = bytes !== undefined && Buffer.from(bytes).equals(contentBytes(file.content));
    files.push({ path: file.path, status: same ? 'current' : 'stale' });
  }

  const expectedPaths = new Set(files.map((file) => file.path));
  const owned = ownershipMatcher(targets);
  const extra = existing.filter((file) => !expectedPaths.has(file) && owned(file)).sort(compareText);

  return {
    files,
    drift: {
      stale: files.filter((file) => file.status === 'stale').map((file) => file.path),
      missing: files.filter((file) => file.status === 'missing').map((file) => file.path),
      extra,
    },
  };
}

/** Targets may share files, such as images; each path is compared once, sorted. */
export function uniqueByPath(files: readonly OutputFile[]): OutputFile[] {
  const byPath = new Map<string, OutputFile>();
  for (const file of files) if (!byPath.has(file.path)) byPath.set(file.path, file);
  return [...byPath.values()].sort((a, b) => compareText(a.path, b.path));
}

function ownershipMatcher(targets: readonly ExportTarget[]): (path: string) => boolean {
  const patterns = targets.flatMap((target) => target.owns ?? []);
  if (patterns.length === 0) return () => false;
  return picomatch([...patterns], { dot: true });
}

function contentBytes(content: string | Uint8Array): Buffer {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
}
