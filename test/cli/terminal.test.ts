/** Colour and GitHub Actions annotations: what standard output gets from the environment. */
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { terminalStyles, useColour } from '../../src/cli/report.js';
import { runCli } from '../helpers/cli.js';
import { fixturePath } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/temp.js';
import { expectGolden } from '../helpers/golden.js';

const TODAY = ['--today', '2026-12-04'];
const ANSI = /\u001b\[\d+m/;

describe('colour', () => {
  it.each([
    { name: 'terminal', tty: true, env: {}, expected: true },
    { name: 'pipe', tty: false, env: {}, expected: false },
    { name: 'terminal with NO_COLOR', tty: true, env: { NO_COLOR: '1' }, expected: false },
    { name: 'terminal with empty NO_COLOR', tty: true, env: { NO_COLOR: '' }, expected: true },
    { name: 'pipe with FORCE_COLOR', tty: false, env: { FORCE_COLOR: '1' }, expected: true },
    { name: 'pipe with FORCE_COLOR=0', tty: false, env: { FORCE_COLOR: '0' }, expected: false },
    { name: 'FORCE_COLOR and NO_COLOR', tty: true, env: { FORCE_COLOR: '1', NO_COLOR: '1' }, expected: false },
  ])('$name', ({ tty, env, expected }) => {
    expect(useColour({ isTTY: tty }, env)).toBe(expected);
    expect(ANSI.test(terminalStyles({ isTTY: tty }, env).error('x'))).toBe(expected);
  });

  it('is off when standard output is a pipe', () => {
    const result = runCli(['lint', ...TODAY], { cwd: fixturePath('reports') });

    expect(result.stdout).not.toMatch(ANSI);
  });

  it('is on with FORCE_COLOR and off again with NO_COLOR', () => {
    const forced = runCli(['lint', ...TODAY], { cwd: fixturePath('reports'), env: { FORCE_COLOR: '1' } });
    const plain = runCli(['lint', ...TODAY], { cwd: fixturePath('reports'), env: { FORCE_COLOR: '1', NO_COLOR: '1' } });

    expect(forced.stdout).toMatch(ANSI);
    expect(forced.stdout.replace(/\u001b\[\d+m/g, '')).toBe(plain.stdout);
    expect(plain.stdout).not.toMatch(ANSI);
  });

  it('never reaches a report file', () => {
    const file = path.join(tempDir(), 'report.txt');
    runCli(['lint', ...TODAY, '--format', 'stylish', '--output-file', file], { cwd: fixturePath('reports'), env: { FORCE_COLOR: '1' } });

    expect(fs.readFileSync(file, 'utf8')).not.toMatch(ANSI);
  });
});

describe('under GitHub Actions', () => {
  const ACTIONS = { GITHUB_ACTIONS: 'true' };

  it('prints annotations after the stylish report', () => {
    const result = runCli(['lint', ...TODAY], { cwd: fixturePath('reports'), env: ACTIONS });
    const stylish = runCli(['lint', ...TODAY], { cwd: fixturePath('reports') });
    const github = runCli(['lint', ...TODAY, '--format', 'github'], { cwd: fixturePath('reports') });

    expect(result.stdout).toBe(stylish.stdout + github.stdout);
    expect(result.status).toBe(1);
    expectGolden(result.stdout, 'reports', 'lint.github-actions');
  });

  it('prints only what --format asks for', () => {
    const result = runCli(['lint', ...TODAY, '--format', 'stylish'], { cwd: fixturePath('reports'), env: ACTIONS });

    expect(result.stdout).not.toContain('::error');
  });

  it('annotates even when the stylish report goes to a file', () => {
    const file = path.join(tempDir(), 'report.txt');
    const result = runCli(['lint', ...TODAY, '--output-file', file], { cwd: fixturePath('reports'), env: ACTIONS });

    expect(result.stdout.startsWith('::error file=badges.yaml,line=8,col=5')).toBe(true);
  });

  it('keeps annotations out of export', () => {
    const result = runCli(['export', ...TODAY], { cwd: fixturePath('reports'), env: ACTIONS });

    expect(result.stdout).not.toContain('::error');
    expect(result.status).toBe(1);
  });
});
