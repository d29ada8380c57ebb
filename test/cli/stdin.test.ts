/** `lint --stdin --stdin-filepath PATH`: standard input replaces one file of the repository. */
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { runCli } from '../helpers/cli.js';
import { copyFixture, fixturePath } from '../helpers/fixtures.js';

const TODAY = ['--today', '2026-12-04'];
const STDIN = (file: string) => ['lint', ...TODAY, '--stdin', '--stdin-filepath', file, '--format', 'json'];

interface JsonReport {
  findings: { ruleId: string; file: string; message: string; range: { start: { line: number } } }[];
}

function findings(stdout: string): string[] {
  return (JSON.parse(stdout) as JsonReport).findings.map((finding) => `${finding.file}:${finding.range.start.line} ${finding.ruleId} ${finding.message}`);
}

describe('lint --stdin', () => {
  it('lints the text in place of the file on disk', () => {
    const folder = copyFixture('no-findings');
    const before = fs.readFileSync(path.join(folder, 'definitions.yaml'), 'utf8');
    const text = before.replace('competencies: [writes-tests]', 'competencies: [writes-test]');

    const result = runCli(STDIN('definitions.yaml'), { cwd: folder, input: text });

    expect(findings(result.stdout)).toEqual([
      'definitions.yaml:2 unassessed-competency No badge certifies competency "writes-tests". Add it to a badge\'s competencies, or remove it if it is no longer taught.',
      'definitions.yaml:10 unknown-reference No competency has id "writes-test". Did you mean "writes-tests"?',
    ]);
    expect(result.status).toBe(1);
    expect(fs.readFileSync(path.join(folder, 'definitions.yaml'), 'utf8')).toBe(before);
  });

  it('builds the model from the rest of the repository', () => {
    const text = [
      'competencies:',
      '  - id: reviews-tests',
      '    statement: Reviews the unit tests of a small module',
      '---',
      'kind: badge',
      'id: new-badge',
      'name: New',
      'description: D',
      'image: badge.svg',
      'competencies: [reviews-tests]',
      'prerequisites: [testing-basics]',
      '',
    ].join('\n');

    const result = runCli(STDIN('new.yaml'), { cwd: fixturePath('no-findings'), input: text });

    expect(findings(result.stdout)).toEqual([]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('reports only findings in that file', () => {
    const text = 'kind: badge\nid: testing-basics\nname: Copy\ndescription: D\nimage: badge.svg\ncompetencies: [writes-tests]\n';

    const result = runCli(STDIN('copy.yaml'), { cwd: fixturePath('no-findings'), input: text });

    expect(findings(result.stdout)).toEqual(['copy.yaml:2 duplicate-id Badge id "testing-basics" is defined 2 times.']);
  });

  it('finds the config from the file, not the working directory', () => {
    const result = runCli(STDIN(path.join(fixturePath('no-findings'), 'definitions.yaml')), {
      cwd: path.dirname(fixturePath('no-findings')),
      input: 'kind: competency\nid: x\n',
    });

    expect(findings(result.stdout)).toEqual([
      'no-findings/definitions.yaml:1 schema Missing required field "statement".',
      'no-findings/definitions.yaml:2 unassessed-competency No badge certifies competency "x". Add it to a badge\'s competencies, or remove it if it is no longer taught.',
    ]);
    expect(result.status).toBe(1);
  });

  it('lints the config itself', () => {
    const result = runCli(STDIN('badgemap.yaml'), { cwd: fixturePath('no-findings'), input: 'baseUrl: https://badges.example.org/\nrulez: {}\n' });

    expect(findings(result.stdout)).toEqual(['badgemap.yaml:2 config Unknown field "rulez". Did you mean "rules"?']);
    expect(result.status).toBe(2);
  });

  it('reports syntax errors with positions', () => {
    const result = runCli(STDIN('definitions.yaml'), { cwd: fixturePath('no-findings'), input: 'competencies:\n  - id: [unclosed\n' });

    expect(findings(result.stdout)[0]).toMatch(/^definitions\.yaml:\d+ yaml-syntax /);
    expect(result.status).toBe(1);
  });

  it('says so when the file is not a definition file', () => {
    const result = runCli(['lint', ...TODAY, '--stdin', '--stdin-filepath', 'dist/badges.yaml'], { cwd: fixturePath('no-findings'), input: 'kind: competency\nid: x\n' });

    expect(result.stderr).toBe(
      `badgemap: ${path.join(fixturePath('no-findings'), 'dist/badges.yaml')} is not a definition file of this repository: no "include" pattern matches it, ` +
        'an "exclude" pattern or an always-excluded folder leaves it out, or it is not a declared sheet. Nothing to lint.\n',
    );
    expect(result.stdout).toBe('✔ No problems found in 1 file (2 definitions).\n');
    expect(result.status).toBe(0);
  });

  it.each([
    { name: 'paths besides --stdin', args: ['lint', '--stdin', '--stdin-filepath', 'a.yaml', 'definitions.yaml'], stderr: '--stdin lints one file; leave out the paths, or drop --stdin to lint files on disk.' },
    { name: 'a folder as the file path', args: ['lint', '--stdin', '--stdin-filepath', '.'], stderr: '--stdin-filepath . is a folder; give the path of the file the text stands for.' },
  ])('rejects $name', ({ args, stderr }) => {
    const result = runCli(args, { cwd: fixturePath('no-findings'), input: '' });

    expect(result.stderr).toBe(`badgemap: ${stderr}\n`);
    expect(result.status).toBe(2);
  });
});
