import path from 'node:path';

/** A path relative to `cwd`, with `/` separators on every platform. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file) || path.basename(file);
  return relative.split(path.sep).join('/');
}

/** Formats a folder relative to `cwd` with `/` separators, as `.` when it is `cwd` itself. */
export function displayFolder(folder: string, cwd: string): string {
  return path.relative(cwd, folder) === '' ? '.' : displayPath(folder, cwd);
}
