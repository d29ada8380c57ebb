/**
 * The import progress bar appears on a terminal only: never when standard error is piped
 * and never in CI. The terminal side runs the CLI under `script`, which gives it a
 * pseudo-terminal, and is skipped with a note where `script` is missing.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { MIN_PROGRESS_RECORDS, progressAllowed } from '../../src/cli/progress.js';
import { BIN, runCli } from '../helpers/cli.js';
import { tempDir, writeTree } from '../helpers/temp.js';

describe('progressAllowed', () => {
  it.each([
    { isTerminal: true, env: {}, allowed: true },
    { isTerminal: true, env: { CI: '' }, allowed: true },
    { isTerminal: true, env: { CI: 'false' }, allowed: true },
    { isTerminal: true, env: { CI: 'true' }, allowed: false },
    { isTerminal: true, env: { CI: '1' }, allowed: false },
    { isTerminal: false, env: {}, allowed: false },
    { isTerminal: undefined, env: {}, allowed: false },
  ])('terminal $isTerminal, env $env', ({ isTerminal, env, allowed }) => {
    expect(progressAllowed(isTerminal, env)).toBe(allowed);
  });
});

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasScript) process.stderr.write('note: `script` is missing; the pseudo-terminal test of the progress bar is skipped.\n');

function largeRepository(): string {
  const root = tempDir();
  const rows = Array.from({ length: MIN_PROGRESS_RECORDS + 10 }, (_, index) => `C-${index},Configures service ${index}`);
  writeTree(root, { 'badgemap.yaml': 'baseUrl: https://badges.example.org/\n', 'skills.csv': `Code,Skill Statement\n${rows.join('\n')}\n` });
  return root;
}

/** Runs the import on a pseudo-terminal and returns everything it wrote there. */
function onTerminal(root: string, env: Record<string, string>): string {
  const command = [process.execPath, BIN, 'import', 'skills.csv', '--dry-run', '--format', 'json', '--output-file', path.join(root, 'report.json')]
    .map((part) => `'${part.replace(/'/g, `'\\''`)}'`)
    .join(' ');
  const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: root, env: { PATH: process.env.PATH ?? '', TERM: 'xterm', ...env }, encoding: 'utf8' });
  expect(result.status).toBe(0);
  return result.stdout;
}

describe('progress bar', { timeout: 120_000 }, () => {
  it.skipIf(!hasScript)('shows on a terminal, not in CI', () => {
    const root = largeRepository();
    const output = onTerminal(root, {});
    expect(output).toContain('import skills.csv [');
    expect(output).toContain(`/${MIN_PROGRESS_RECORDS + 10} records`);
    expect(onTerminal(root, { CI: 'true' })).toBe('');
  });

  it('stays off when standard error is piped', () => {
    const root = largeRepository();
    const result = runCli(['import', 'skills.csv', '--dry-run', '--format', 'json', '--output-file', 'report.json'], { cwd: root });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });
});
