/**
 * Golden tests: the built CLI on fixture folders, with exit status, standard output and
 * standard error compared byte for byte with the files under each fixture's `expected/`.
 */
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { PROJECT_ROOT, runCli } from '../helpers/cli.js';
import { tempDir, writeTree } from '../helpers/temp.js';

const FIXTURES = path.join(PROJECT_ROOT, 'test/fixtures');

const fixtures = fs
  .readdirSync(FIXTURES)
  .filter((name) => fs.existsSync(path.join(FIXTURES, name, 'expected/lint.status')))
  .sort();

function expected(name: string, file: string): string {
  return fs.readFileSync(path.join(FIXTURES, name, 'expected', file), 'utf8');
}

describe('badgemap lint on fixtures', () => {
  it.each(fixtures)('%s', (name) => {
    const result = runCli(['lint', '--today', '2026-12-04'], { cwd: path.join(FIXTURES, name) });
    expect(result.stdout).toBe(expected(name, 'lint.stdout'));
    expect(result.stderr).toBe(expected(name, 'lint.stderr'));
    expect(result.status).toBe(Number(expected(name, 'lint.status')));
  });

  it('covers every exit code', () => {
    const statuses = new Set(fixtures.map((name) => Number(expected(name, 'lint.status'))));
    expect([...statuses].sort()).toEqual([0, 1, 2]);
  });
});

describe('badgemap usage errors', () => {
  it('asks for badgemap init when no config is found', () => {
    const folder = tempDir();
    const result = runCli(['lint'], { cwd: folder });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `badgemap: No badgemap.yaml found in ${folder} or any parent folder. Run "badgemap init" to create one, or pass --config FILE.\n`,
    );
  });

  it('finds the config by walking up from a subfolder', () => {
    const result = runCli(['lint', '--today', '2026-12-04'], { cwd: path.join(PROJECT_ROOT, 'examples/badges') });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('✔ No problems found in 11 files (25 definitions).\n');
  });

  it('reports only findings in the given paths', () => {
    const cwd = path.join(FIXTURES, 'prerequisite-cycle');
    const elsewhere = runCli(['lint', 'badge.svg'], { cwd });
    expect(elsewhere.status).toBe(0);
    const here = runCli(['lint', 'badges.yaml'], { cwd });
    expect(here.status).toBe(1);
  });

  it.each([
    { args: ['lint', 'missing.yaml'], stderr: 'badgemap: Path not found: missing.yaml. Check the spelling, or run lint without paths to check the whole repository.\n' },
    { args: ['lint', '--today', '2026-13-01'], stderr: 'badgemap: Invalid --today "2026-13-01": use a date in the form YYYY-MM-DD.\n' },
    { args: ['lint', '--format', 'xml'], stderr: 'badgemap: Unknown format "xml" for lint. Use one of: stylish, json, sarif, github, junit, gitlab.\n' },
    { args: ['export', '--target', 'ob9'], stderr: 'badgemap: Unknown export target "ob9". Use one of: ob2, ob3, csv, xlsx.\n' },
  ])('rejects $args', ({ args, stderr }) => {
    const result = runCli(args, { cwd: path.join(FIXTURES, 'clean') });
    expect(result.stderr).toBe(stderr);
    expect(result.status).toBe(2);
  });

  it('exits 2 on an unknown command or option', () => {
    const cwd = path.join(FIXTURES, 'clean');
    expect(runCli(['lnt'], { cwd }).status).toBe(2);
    expect(runCli(['lint', '--strict'], { cwd }).status).toBe(2);
  });

  it('exits 0 for --help and --version', () => {
    const cwd = path.join(FIXTURES, 'clean');
    const help = runCli(['--help'], { cwd });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: badgemap');
    expect(runCli(['--version'], { cwd }).status).toBe(0);
  });

  it('reports an unreadable config path in one line', () => {
    const result = runCli(['lint', '--config', 'nowhere.yaml'], { cwd: path.join(FIXTURES, 'clean') });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^badgemap: Cannot read config file .*nowhere\.yaml: file not found\.\n$/);
  });
});

describe('no input produces a stack trace', () => {
  const hostile: Record<string, string | Uint8Array> = {
    'binary.yaml': Buffer.from([0x00, 0xff, 0xfe, 0x80, 0x0a, 0x3a, 0x3a, 0x00]),
    'deep.yaml': `${'['.repeat(5000)}${']'.repeat(5000)}\n`,
    'tabs.yaml': 'competencies:\n\t- id: a\n',
    'anchors.yaml': 'a: &a [*a]\n',
    'weird-keys.yaml': 'competencies:\n  - { ? [a, b] : c, id: x, statement: Does X, __proto__: { polluted: true } }\n',
    'numbers.yaml': 'badges:\n  - { id: b, name: B, description: D, competencies: [], level: 1e400, image: x.png }\n',
    'huge-line.yaml': `competencies:\n  - { id: x, statement: "${'long '.repeat(20000)}" }\n`,
  };

  it.each(Object.keys(hostile))('%s', (name) => {
    const repo = tempDir();
    writeTree(repo, { 'badgemap.yaml': 'baseUrl: https://badges.example.org/\n', [name]: hostile[name] as string | Uint8Array });
    const result = runCli(['lint', '--today', '2026-12-04'], { cwd: repo });
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stderr).not.toContain('internal error');
    expect([0, 1]).toContain(result.status);
  });
});
