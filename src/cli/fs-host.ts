/** The file-system side of the core's `Host`, and atomic writes for everything the CLI writes. */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import type { Host, ReadResult } from '../load/host.js';

export const fileSystemHost: Host = {
  read(file: string): ReadResult {
    try {
      return { bytes: fs.readFileSync(file) };
    } catch (error) {
      return { error: describeFsError(error) };
    }
  },
};

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'file not found';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'a part of the path is a file, not a folder';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOSPC':
      return 'no space is left on the device';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Writes a file so that readers see the old content or the new, never a part: the bytes go
 * to a temporary file in the same folder, which is then renamed over the target.
 */
export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    fs.writeFileSync(temporary, content);
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/** Whether a file already holds exactly these bytes, so an unchanged output is not rewritten. */
export function hasContent(file: string, content: string | Uint8Array): boolean {
  try {
    const existing = fs.readFileSync(file);
    return existing.equals(typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content));
  } catch {
    return false;
  }
}
