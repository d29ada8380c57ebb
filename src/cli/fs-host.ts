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
 * to a temporary file in the same folder, which is then renamed over the target. A symbolic
 * link stays a link: its target is replaced. A device or pipe, such as `/dev/stdout`, is
 * written directly, since renaming over it would replace the device.
 */
export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  const existing = statIfPresent(file);
  if (existing !== undefined && !existing.isFile()) {
    fs.writeFileSync(file, content);
    return;
  }

  const target = existing === undefined ? file : fs.realpathSync(file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    fs.writeFileSync(temporary, content);
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/** A file's status, or `undefined` when nothing is there, so that creating the folders reports the problem. */
function statIfPresent(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
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

/**
 * Creates a file only if nothing is at its path yet, atomically: the bytes go to a temporary
 * file that is then hard-linked to the target, which fails if the target exists. Returns
 * false, writing nothing, when the path is taken.
 */
export function writeFileExclusive(file: string, content: string | Uint8Array): boolean {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    fs.writeFileSync(temporary, content, { flag: 'wx' });
    fs.linkSync(temporary, file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // Some file systems have no hard links; an exclusive create is the next best thing.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS') return writeExclusively(file, content);
    throw error;
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}

function writeExclusively(file: string, content: string | Uint8Array): boolean {
  try {
    fs.writeFileSync(file, content, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}
