import path from 'node:path';

/** A path relative to `cwd`, with `/` separators on every platform. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file) || path.basename(file);
  return relative.split(path.sep).join('/');
}
