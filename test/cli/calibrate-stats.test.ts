/**
 * Golden tests of the built CLI: `calibrate` and `stats` on the fixture program, in every
 * format, with the exit status, standard output and standard error compared exactly.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { runCli } from '../helpers/cli.js';
import { expectGoldenFile } from '../helpers/golden.js';
import { PROGRAM_DIR } from '../helpers/program.js';

const EXPECTED_DIR = path.resolve(import.meta.dirname, '../fixtures/program-expected');
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'badgemap-results-'));
fs.cpSync(PROGRAM_DIR, workDir, { recursive: true });
// The old binary format is refused by its extension, whatever the file holds.
fs.copyFileSync(path.join(workDir, 'scores.csv'), path.join(workDir, 'scores.xls'));
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

const TODAY = ['--today', '2026-12-04'];
const expectMatchesGolden = (actual: string, name: string) => expectGoldenFile(actual, path.join(EXPECTED_DIR, name));

describe('calibrate golden output', () => {
  it.each([
    ['stylish', 'calibrate.stylish.txt'],
    ['json', 'calibrate.json'],
    ['csv', 'calibrate.csv'],
    ['md', 'calibrate.md'],
  ])('writes %s', (format, file) => {
    const result = runCli(['calibrate', 'scores.csv', '--format', format, ...TODAY], { cwd: workDir });
    expect(result.stderr).toBe('');
    expectMatchesGolden(result.stdout, file);
    expect(result.status).toBe(1);
  });

  it('writes a report file atomically and nothing to standard output', () => {
    const result = runCli(['calibrate', 'scores.csv', '--format', 'json', '--output-file', 'out/calibration.json', ...TODAY], { cwd: workDir });
    expect(result.stdout).toBe('');
    expect(result.status).toBe(1);
    expectMatchesGolden(fs.readFileSync(path.join(workDir, 'out/calibration.json'), 'utf8'), 'calibrate.json');
    expect(fs.readdirSync(path.join(workDir, 'out'))).toEqual(['calibration.json']);
  });
});

describe('stats golden output', () => {
  it.each([
    ['stylish', 'stats.stylish.txt'],
    ['json', 'stats.json'],
    ['csv', 'stats.csv'],
    ['md', 'stats.md'],
  ])('writes %s', (format, file) => {
    const result = runCli(['stats', 'results.csv', '--format', format, ...TODAY], { cwd: workDir });
    expect(result.stderr).toBe('');
    expectMatchesGolden(result.stdout, file);
    expect(result.status).toBe(1);
  });
});

describe('stats charts', () => {
  it('writes one SVG per badge under --charts', () => {
    const result = runCli(['stats', 'results.csv', '--charts', 'charts', '--format', 'json', '--output-file', 'stats.json', ...TODAY], { cwd: workDir });
    expect(result.stdout).toBe('');
    expect(result.status).toBe(1);
    expect(fs.readdirSync(path.join(workDir, 'charts'), { recursive: true }).sort()).toEqual(['badges', 'badges/steady.svg']);
    const svg = fs.readFileSync(path.join(workDir, 'charts/badges/steady.svg'), 'utf8');
    expect(svg).toContain('<desc id="pass-rate-badge-steady-desc">120 outcomes from 2026-Q1 to 2026-Q3, 70.8% passed overall.');
  });
});

describe('exit codes', () => {
  it('exits 0 when only warnings remain', () => {
    fs.writeFileSync(path.join(workDir, 'clean.csv'), fs.readFileSync(path.join(workDir, 'results.csv'), 'utf8').replace(/\nx1,.*\n$/, '\n'));
    expect(runCli(['stats', 'clean.csv', ...TODAY], { cwd: workDir }).status).toBe(0);
  });

  it('exits 1 on warnings with --fail-severity warn or --max-warnings 0', () => {
    expect(runCli(['stats', 'clean.csv', '--fail-severity', 'warn', ...TODAY], { cwd: workDir }).status).toBe(1);
    expect(runCli(['stats', 'clean.csv', '--max-warnings', '0', ...TODAY], { cwd: workDir }).status).toBe(1);
    expect(runCli(['stats', 'clean.csv', '--max-warnings', '1', ...TODAY], { cwd: workDir }).status).toBe(0);
  });

  it('reports an empty scores file as a finding, exit 1', () => {
    fs.writeFileSync(path.join(workDir, 'empty.csv'), '');
    const result = runCli(['calibrate', 'empty.csv', ...TODAY], { cwd: workDir });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('1:1  error    The scores file is empty: it needs a header row and one row per score. (header)  score-row');
  });

  it.each([
    [['calibrate', 'missing.csv'], 'badgemap: Cannot read missing.csv: file not found.\n'],
    [['calibrate', 'scores.xls'], 'badgemap: Cannot read scores.xls: the old binary .xls format cannot be read; save the workbook as .xlsx or CSV.\n'],
    [['calibrate', 'scores.csv', '--format', 'sarif'], 'badgemap: Unknown format "sarif". Use one of: stylish, json, csv, md.\n'],
    [['calibrate', 'scores.csv', '--map', 'reviewer'], 'badgemap: Invalid --map "reviewer": write it as FIELD=HEADER, for example reviewer="Marker name".\n'],
    [['calibrate', 'scores.csv', '--map', 'reviwer=Marker'], 'badgemap: Invalid --map "reviwer=Marker": no field "reviwer". Did you mean "reviewer"? Fields: submission, reviewer, criterion, level, rubric.\n'],
    [
      ['calibrate', 'scores.csv', '--map', 'reviewer=Marker'],
      'badgemap: --map reviewer=Marker: the file has no column "Marker". Its columns are: Submission, Reviewer, Criterion, Level.\n',
    ],
    [['calibrate', 'scores.csv', '--rubric', 'reveiw'], 'badgemap: Unknown --rubric "reveiw". Did you mean "review"? Rubrics: review.\n'],
    [['calibrate', 'scores.csv', '--top', 'many'], 'badgemap: Invalid --top "many": use a whole number such as 3, or 0 for none.\n'],
    [['calibrate', 'scores.csv', '--fail-severity', 'fatal'], 'badgemap: Invalid --fail-severity "fatal": use error, warn or info.\n'],
    [['stats', 'results.csv', '--period', 'week'], 'badgemap: Invalid --period "week": use month or quarter.\n'],
    [['stats', 'results.csv', '--min-rate', '130%'], 'badgemap: Invalid --min-rate "130%": use a share from 0 to 1 such as 0.3, or a percentage such as 30%.\n'],
    [['stats', 'results.csv', '--min-rate', '0.6', '--max-rate', '0.5'], 'badgemap: --min-rate 0.6 is above --max-rate 0.5; the band would be empty.\n'],
    [['stats', 'results.csv', '--delimiter', ':'], 'badgemap: Invalid --delimiter ":": use , ; | or tab.\n'],
  ])('exits 2 for %j', (args, stderr) => {
    const result = runCli([...args, ...TODAY], { cwd: workDir });
    expect(result.stderr).toBe(stderr);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(2);
  });

  it('exits 2 for a file that is not a workbook', () => {
    fs.writeFileSync(path.join(workDir, 'fake.xlsx'), 'Submission,Reviewer\n');
    const result = runCli(['calibrate', 'fake.xlsx', ...TODAY], { cwd: workDir });
    expect(result.stderr).toBe('badgemap: Cannot read fake.xlsx: it is not an XLSX workbook, which is a zip archive; it looks like CSV or other text, so give it a .csv or .tsv name.\n');
    expect(result.status).toBe(2);
  });

  it('exits 2 without a config', () => {
    const bare = fs.mkdtempSync(path.join(os.tmpdir(), 'badgemap-bare-'));
    fs.copyFileSync(path.join(workDir, 'scores.csv'), path.join(bare, 'scores.csv'));
    const result = runCli(['calibrate', 'scores.csv', ...TODAY], { cwd: bare });
    fs.rmSync(bare, { recursive: true, force: true });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^badgemap: No badgemap.yaml found in .* Run "badgemap init" to create one, or pass --config FILE.\n$/);
  });
});
