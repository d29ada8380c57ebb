/** Runs the built CLI as a user would, with a fixed environment so output is reproducible. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
export const BIN = path.join(PROJECT_ROOT, 'bin/badgemap');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd: string; env?: Record<string, string>; input?: string }): CliResult {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', TZ: 'UTC', LANG: 'C', ...options.env };
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    env,
    encoding: 'utf8',
    ...(options.input === undefined ? {} : { input: options.input }),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
