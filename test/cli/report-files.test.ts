/** Where `--output-file` writes: links and devices are written through, never replaced. */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { BIN, runCli } from '../helpers/cli.js';
import { fixturePath } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/temp.js';

const TODAY = ['--today', '2026-12-04'];

describe('--output-file', () => {
  it('writes through a symbolic link and keeps the link', () => {
    const folder = tempDir();
    const real = path.join(folder, 'real.json');
    const link = path.join(folder, 'link.json');
    fs.writeFileSync(real, 'old');
    fs.symlinkSync(real, link);

    const result = runCli(['lint', ...TODAY, '--format', 'json', '--output-file', link], { cwd: fixturePath('no-findings') });

    expect(result.status).toBe(0);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(JSON.parse(fs.readFileSync(real, 'utf8'))).toMatchObject({ formatVersion: 1 });
  });

  it('writes to a pipe without replacing it', async () => {
    const folder = tempDir();
    const fifo = path.join(folder, 'report.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo]);
    let received = '';
    reader.stdout.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
    const closed = new Promise((resolve) => reader.on('close', resolve));

    const result = runCli(['lint', ...TODAY, '--format', 'json', '--output-file', fifo], { cwd: fixturePath('no-findings') });
    await closed;

    expect(result.status).toBe(0);
    expect(fs.lstatSync(fifo).isFIFO()).toBe(true);
    expect(JSON.parse(received)).toMatchObject({ formatVersion: 1 });
  });

  it('creates missing folders', () => {
    const file = path.join(tempDir(), 'a', 'b', 'report.xml');

    const result = runCli(['lint', ...TODAY, '--format', 'junit', '--output-file', file], { cwd: fixturePath('no-findings') });

    expect(result.status).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toContain('<testsuite');
  });

  it('stops quietly when the reader closes early', () => {
    const folder = tempDir();
    const competencies = Array.from({ length: 3000 }, (_, index) => `  - id: c${index}\n    statement: Writes test ${index}\n    distinctFrom: [missing-${index}]\n`);
    fs.copyFileSync(path.join(fixturePath('no-findings'), 'badgemap.yaml'), path.join(folder, 'badgemap.yaml'));
    fs.writeFileSync(path.join(folder, 'definitions.yaml'), `competencies:\n${competencies.join('')}`);

    const result = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" lint --today 2026-12-04 --format json | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`], {
      cwd: folder,
      encoding: 'utf8',
    });

    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('1\n');
  });
});
