/**
 * Golden tests of every exit code of the built CLI: 0 clean, 1 failing findings, 2 usage
 * and configuration problems, and the options that move the line between 0 and 1.
 */
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { runCli } from '../helpers/cli.js';
import { fixturePath } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/temp.js';
import { expectGolden } from '../helpers/golden.js';

const TODAY = ['--today', '2026-12-04'];

describe('exit code 0', () => {
  it.each([
    { name: 'clean repository', fixture: 'clean', args: [] },
    { name: 'warnings only', fixture: 'reports', args: ['competencies.yaml'] },
    { name: 'infos only', fixture: 'reports', args: ['info'] },
    { name: 'warnings within --max-warnings', fixture: 'reports', args: ['competencies.yaml', '--max-warnings', '2'] },
    { name: 'infos under --fail-severity warn', fixture: 'reports', args: ['info', '--fail-severity', 'warn'] },
  ])('$name', ({ fixture, args }) => {
    const result = runCli(['lint', ...TODAY, ...args], { cwd: fixturePath(fixture) });

    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('paths without definitions', () => {
  it('say so for a folder and a file, and exit 0', () => {
    const root = tempDir();
    fs.writeFileSync(path.join(root, 'badgemap.yaml'), 'issuer: { id: https://badges.example.org/issuer.json, name: Example, url: https://example.org, email: badges@example.org }\nbaseUrl: https://badges.example.org/\n');
    fs.mkdirSync(path.join(root, 'images'));
    fs.writeFileSync(path.join(root, 'images', 'a.svg'), '<svg/>');
    fs.writeFileSync(path.join(root, 'results.csv'), 'a,b\n');
    fs.writeFileSync(path.join(root, 'ci.yaml'), 'name: CI\non: push\n');
    const result = runCli(['lint', ...TODAY, 'images', 'results.csv'], { cwd: root });

    expect(result.stderr).toContain('badgemap: images holds no definition file of this repository');
    expect(result.stderr).toContain('badgemap: results.csv is not a definition file of this repository');
    expect(result.stdout).toBe('✔ No problems found in 1 file, but it holds no definition (--verbose lists the documents skipped).\n');
    expect(result.status).toBe(0);
  });
});

describe('exit code 1', () => {
  it.each([
    { name: 'errors', args: [], stderr: '' },
    { name: 'warnings under --fail-severity warn', args: ['competencies.yaml', '--fail-severity', 'warn'], stderr: '' },
    { name: 'infos under --fail-severity info', args: ['info', '--fail-severity', 'info'], stderr: '' },
    {
      name: 'more warnings than --max-warnings',
      args: ['competencies.yaml', '--max-warnings', '1'],
      stderr: 'badgemap: 2 warnings found; --max-warnings allows 1.\n',
    },
    {
      name: '--max-warnings 0 with one warning',
      args: ['competencies.yaml', '--max-warnings', '0'],
      stderr: 'badgemap: 2 warnings found; --max-warnings allows 0.\n',
    },
  ])('$name', ({ args, stderr }) => {
    const result = runCli(['lint', ...TODAY, ...args], { cwd: fixturePath('reports') });

    expect(result.stderr).toBe(stderr);
    expect(result.status).toBe(1);
  });
});

describe('--quiet', () => {
  it('hides warnings and infos but keeps the exit code', () => {
    const loud = runCli(['lint', ...TODAY], { cwd: fixturePath('reports') });
    const quiet = runCli(['lint', ...TODAY, '--quiet'], { cwd: fixturePath('reports') });

    expect(quiet.status).toBe(loud.status);
    expect(quiet.stderr).toBe('');
    expectGolden(quiet.stdout, 'reports', 'lint.quiet');
  });

  it('still fails on hidden warnings under --fail-severity warn', () => {
    const result = runCli(['lint', ...TODAY, 'competencies.yaml', '--quiet', '--fail-severity', 'warn'], { cwd: fixturePath('reports') });

    expect(result.stdout).toBe('✔ No errors found in 3 files (4 definitions).\n2 warnings hidden by --quiet.\n');
    expect(result.status).toBe(1);
  });

  it('still fails on hidden warnings over --max-warnings', () => {
    const result = runCli(['lint', ...TODAY, 'competencies.yaml', '--quiet', '--max-warnings', '0'], { cwd: fixturePath('reports') });

    expect(result.stderr).toBe('badgemap: 2 warnings found; --max-warnings allows 0.\n');
    expect(result.status).toBe(1);
  });

  it('leaves hidden findings out of machine formats', () => {
    const result = runCli(['lint', ...TODAY, '--quiet', '--format', 'json'], { cwd: fixturePath('reports') });
    const report = JSON.parse(result.stdout) as { summary: Record<string, number>; findings: { severity: string }[] };

    expect(report.findings.map((finding) => finding.severity)).toEqual(['error']);
    expect(report.summary.hiddenWarnings).toBe(2);
    expect(report.summary.hiddenInfos).toBe(1);
    expect(result.status).toBe(1);
  });
});

describe('output destination', () => {
  it.each(['stylish', 'json', 'sarif', 'github', 'junit', 'gitlab'])('writing %s to a file keeps the exit code', (format) => {
    const file = path.join(tempDir(), 'nested', `report.${format}`);
    const result = runCli(['lint', ...TODAY, '--format', format, '--output-file', file], { cwd: fixturePath('reports') });
    const onStdout = runCli(['lint', ...TODAY, '--format', format], { cwd: fixturePath('reports') });

    expect(result.stdout).toBe('');
    expect(result.status).toBe(1);
    expect(fs.readFileSync(file, 'utf8')).toBe(onStdout.stdout);
  });

  it('pairs formats with files in order, one on standard output', () => {
    const folder = tempDir();
    const sarif = path.join(folder, 'a.sarif');
    const junit = path.join(folder, 'b.xml');
    const result = runCli(
      ['lint', ...TODAY, '--format', 'sarif', '--format', 'junit', '--format', 'github', '--output-file', sarif, '--output-file', junit],
      { cwd: fixturePath('reports') },
    );

    expect(result.status).toBe(1);
    expect(result.stdout.startsWith('::error file=badges.yaml')).toBe(true);
    expect(fs.readFileSync(sarif, 'utf8')).toContain('"version": "2.1.0"');
    expect(fs.readFileSync(junit, 'utf8')).toContain('<testsuite name="badgemap"');
  });
});

describe('exit code 2', () => {
  it('invalid config, even with --quiet and a file report', () => {
    const file = path.join(tempDir(), 'report.json');
    const result = runCli(['lint', ...TODAY, '--quiet', '--format', 'json', '--output-file', file], { cwd: fixturePath('invalid-config') });

    expect(result.stdout).toBe('');
    expect(result.status).toBe(2);
    expect((JSON.parse(fs.readFileSync(file, 'utf8')) as { findings: unknown[] }).findings).toHaveLength(2);
  });

  it('sheet column missing, before anything is linted', () => {
    const root = tempDir();
    fs.writeFileSync(path.join(root, 'badgemap.yaml'), [
      'issuer: { id: https://badges.example.org/issuer.json, name: Example, url: https://example.org, email: badges@example.org }',
      'baseUrl: https://badges.example.org/',
      'sheets:',
      '  good.csv: { kind: competency }',
      '  bad.csv: { kind: competency, columns: { statement: Statement } }',
      '',
    ].join('\n'));
    fs.writeFileSync(path.join(root, 'good.csv'), 'id,statement\nc1,Security\n');
    fs.writeFileSync(path.join(root, 'bad.csv'), 'id,text\nc2,Writes a test plan\n');
    const result = runCli(['lint', ...TODAY, '--format', 'json'], { cwd: root });

    const findings = (JSON.parse(result.stdout) as { findings: { ruleId: string }[] }).findings;
    expect(findings.map((finding) => finding.ruleId)).toEqual(['config']);
    expect(result.status).toBe(2);
  });

  it.each([
    { name: 'unknown format', args: ['lint', '--format', 'xml'], stderr: 'Unknown format "xml" for lint. Use one of: stylish, json, sarif, github, junit, gitlab.' },
    { name: 'two formats on standard output', args: ['lint', '--format', 'json', '--format', 'sarif'], stderr: 'At most one --format can go to standard output; give the others an --output-file.' },
    { name: 'more files than formats', args: ['lint', '--output-file', 'a', '--output-file', 'b'], stderr: '2 --output-file options but only 1 --format; give a --format for each file.' },
    { name: 'negative --max-warnings', args: ['lint', '--max-warnings', '-1'], stderr: 'Invalid --max-warnings "-1": use a whole number of 0 or more, such as --max-warnings 0.' },
    { name: 'fractional --max-warnings', args: ['lint', '--max-warnings', '1.5'], stderr: 'Invalid --max-warnings "1.5": use a whole number of 0 or more, such as --max-warnings 0.' },
    { name: 'misspelt --fail-severity', args: ['lint', '--fail-severity', 'warning'], stderr: 'Invalid --fail-severity "warning" ("warning" is spelled "warn" here): use error, warn or info.' },
    { name: 'unknown --fail-severity', args: ['lint', '--fail-severity', 'fatal'], stderr: 'Invalid --fail-severity "fatal": use error, warn or info.' },
    { name: 'missing path', args: ['lint', 'nowhere.yaml'], stderr: 'Path not found: nowhere.yaml. Check the spelling, or run lint without paths to check the whole repository.' },
    { name: 'format export does not write', args: ['export', '--format', 'sarif'], stderr: 'Unknown format "sarif" for export. Use one of: stylish, json.' },
    { name: 'unknown export target', args: ['export', '--target', 'ob9'], stderr: 'Unknown export target "ob9". Use one of: ob2, ob3, csv, xlsx.' },
    { name: 'invalid --today', args: ['lint', '--today', '2026-02-30'], stderr: 'Invalid --today "2026-02-30": use a date in the form YYYY-MM-DD.' },
    { name: '--stdin without a file path', args: ['lint', '--stdin'], stderr: '--stdin needs --stdin-filepath PATH: the file the text stands for, which decides its repository and how it is read.' },
    { name: '--stdin-filepath without --stdin', args: ['lint', '--stdin-filepath', 'a.yaml'], stderr: '--stdin-filepath needs --stdin: it names the file that standard input stands for.' },
    { name: 'init with a report format', args: ['init', '--format', 'json'], stderr: 'init writes no report; leave out --format and --output-file.' },
    { name: 'schema without --out', args: ['schema'], stderr: 'Missing --out DIR: the folder to write the schemas to, for example --out schemas.' },
  ])('$name', ({ args, stderr }) => {
    const [command, ...rest] = args as [string, ...string[]];
    const result = runCli([command, ...TODAY, ...rest], { cwd: fixturePath('reports') });

    expect(result.stderr).toBe(`badgemap: ${stderr}\n`);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(2);
  });

  it('no config found', () => {
    const folder = tempDir();
    const result = runCli(['lint', ...TODAY], { cwd: folder });

    expect(result.stderr).toBe(
      `badgemap: No badgemap.yaml found in ${folder} or any parent folder. Run "badgemap init" to create one, or pass --config FILE.\n`,
    );
    expect(result.status).toBe(2);
  });

  it('unwritable output file', () => {
    const folder = tempDir();
    const result = runCli(['lint', ...TODAY, '--format', 'json', '--output-file', folder], { cwd: fixturePath('reports') });

    expect(result.stderr).toMatch(new RegExp(`^badgemap: Cannot write the json report to ${folder}: .+\\.\\n$`));
    expect(result.status).toBe(2);
  });

  it('unknown command option', () => {
    const result = runCli(['lint', '--no-such-option'], { cwd: fixturePath('reports') });

    expect(result.stderr).toContain("error: unknown option '--no-such-option'");
    expect(result.status).toBe(2);
  });
});
