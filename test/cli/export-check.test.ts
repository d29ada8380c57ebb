/** `export --check`: compares what export would write with the output folder, writing nothing. */
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { runCli } from '../helpers/cli.js';
import { copyFixture, fixturePath } from '../helpers/fixtures.js';
import { expectGolden } from '../helpers/golden.js';

const TODAY = ['--today', '2026-12-04'];

/** A copy of the clean fixture, exported to dist/. */
function exportedRepository(): string {
  const folder = copyFixture('no-findings');
  const result = runCli(['export', ...TODAY], { cwd: folder });
  expect(result.status).toBe(0);
  return folder;
}

function listFiles(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files[path.relative(folder, file)] = fs.readFileSync(file, 'latin1');
  }
  return files;
}

describe('export --check', () => {
  it('passes on an up-to-date folder', () => {
    const folder = exportedRepository();

    const result = runCli(['export', ...TODAY, '--check'], { cwd: folder });

    expect(result.stdout).toBe('✔ dist/ is up to date: 3 files for 1 badge checked.\n');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('names stale, missing and extra files', () => {
    const folder = exportedRepository();
    const dist = path.join(folder, 'dist');
    const definitions = path.join(folder, 'definitions.yaml');
    fs.writeFileSync(definitions, fs.readFileSync(definitions, 'utf8').replace('name: Testing Basics', 'name: Testing Fundamentals'));
    fs.rmSync(path.join(dist, 'issuer.json'));
    fs.writeFileSync(path.join(dist, 'badges/retired-badge.json'), '{}\n');
    fs.writeFileSync(path.join(dist, 'README.md'), 'Not written by export, so not extra.\n');
    const before = listFiles(dist);

    const result = runCli(['export', ...TODAY, '--check'], { cwd: folder });

    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expectGolden(result.stdout, 'no-findings', 'export-check.drift.txt');
    expect(listFiles(dist)).toEqual(before);
  });

  it('lists every file as missing when the folder does not exist', () => {
    const folder = copyFixture('no-findings');

    const result = runCli(['export', ...TODAY, '--check', '--out', 'public'], { cwd: folder });

    expect(result.status).toBe(1);
    expect(result.stdout).toContain('✖ public/ is out of date (3 files: 3 missing).\n');
    expect(fs.existsSync(path.join(folder, 'public'))).toBe(false);
  });

  it('reports drift in json', () => {
    const folder = exportedRepository();
    fs.appendFileSync(path.join(folder, 'dist/issuer.json'), ' ');

    const result = runCli(['export', ...TODAY, '--check', '--format', 'json'], { cwd: folder });

    expect(result.status).toBe(1);
    expectGolden(result.stdout, 'no-findings', 'export-check.drift.json');
  });

  it('compares embedded images when asked', () => {
    const folder = exportedRepository();

    const result = runCli(['export', ...TODAY, '--check', '--embed-images'], { cwd: folder });

    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/stale +badges\/testing-basics\.json\n +extra +images\/[0-9a-f]{12}\.svg\n/);
  });

  it('refuses while lint reports errors', () => {
    const result = runCli(['export', ...TODAY, '--check'], { cwd: fixturePath('reports') });

    expect(result.stderr).toBe('badgemap: nothing checked: fix the 1 error above first.\n');
    expect(result.status).toBe(1);
  });

  it('refuses on warnings over --max-warnings', () => {
    const folder = exportedRepository();
    fs.appendFileSync(path.join(folder, 'badgemap.yaml'), 'rules:\n  duplicate-id: warn\n');
    fs.appendFileSync(path.join(folder, 'definitions.yaml'), '---\ncompetencies:\n  - id: writes-tests\n    statement: Writes more tests\n');

    const result = runCli(['export', ...TODAY, '--check', '--max-warnings', '0', '--quiet'], { cwd: folder });

    expect(result.stdout).toBe('2 warnings hidden by --quiet.\n');
    expect(result.stderr).toBe('badgemap: nothing checked: 2 warnings found; --max-warnings allows 0.\n');
    expect(result.status).toBe(1);
  });
});

describe('export', () => {
  it('writes, then leaves unchanged files alone', () => {
    const folder = copyFixture('no-findings');

    const first = runCli(['export', ...TODAY], { cwd: folder });
    const second = runCli(['export', ...TODAY], { cwd: folder });

    expect(first.stdout).toBe('Exported 1 badge to dist/: 3 files written, 0 unchanged.\n');
    expect(second.stdout).toBe('Exported 1 badge to dist/: 0 files written, 3 unchanged.\n');
    expect(second.status).toBe(0);
  });

  it('reports what it wrote in json', () => {
    const folder = copyFixture('no-findings');

    const result = runCli(['export', ...TODAY, '--format', 'json'], { cwd: folder });

    expect(result.status).toBe(0);
    expectGolden(result.stdout, 'no-findings', 'export.json');
  });

  it('refuses on warnings under --fail-severity warn', () => {
    const folder = copyFixture('no-findings');
    fs.appendFileSync(path.join(folder, 'badgemap.yaml'), 'rules:\n  duplicate-id: warn\n');
    fs.appendFileSync(path.join(folder, 'definitions.yaml'), '---\ncompetencies:\n  - id: writes-tests\n    statement: Writes more tests\n');

    const result = runCli(['export', ...TODAY, '--fail-severity', 'warn'], { cwd: folder });

    expect(result.stderr).toBe('badgemap: nothing exported: fix the 2 findings at warn or higher first.\n');
    expect(result.status).toBe(1);
    expect(fs.existsSync(path.join(folder, 'dist'))).toBe(false);
  });
});
