import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';

import { csvField } from '../../src/util/csv.js';
import { PROJECT_ROOT, runCli } from '../helpers/cli.js';
import { elements, textOf } from '../helpers/html.js';

const EXAMPLES = path.join(PROJECT_ROOT, 'examples');
const COVERAGE = path.join(PROJECT_ROOT, 'test/fixtures/coverage-cases');

describe('matrix of the coverage fixture', () => {
  it('flags competencies in Markdown', () => {
    const result = runCli(['matrix'], { cwd: COVERAGE });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`# Competency coverage

5 competencies × 3 badges. A cell shows ✓ where the badge certifies the competency, then the rubric criteria that score it.

| Competency | Statement | One | Two, with a comma | Three | Badges |
| --- | --- | :---: | :---: | :---: | ---: |
| shared | Writes a \\| separated list, \\*emphasis\\* and \\<b\\>tags\\</b\\> | ✓ c-shared | ✓ no criterion | ✓ no criterion | **3 (3 or more)** |
| =cmd() | =HYPERLINK("http://attacker.example") | ✓ no criterion |  |  | 1 |
| alone | Designs something no badge certifies |  |  |  | **0 (none)** |
| scored | Scores without being listed | scored only: c-scored |  |  | **0 (none)** |
| missing | *unknown competency* |  | ✓ no criterion |  | 1 |

- Certified by no badge (2): alone, scored
- Certified by 3 or more badges (1): shared
`);
  });

  it('writes CSV that spreadsheets cannot run as formulas', () => {
    const result = runCli(['matrix', '--format', 'csv'], { cwd: COVERAGE });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`competency,statement,one,two,three,badges,flag
shared,"Writes a | separated list, *emphasis* and <b>tags</b>",c-shared,no criterion,no criterion,3,many
'=cmd(),"'=HYPERLINK(""http://attacker.example"")",no criterion,,,1,
alone,Designs something no badge certifies,,,,0,uncertified
scored,Scores without being listed,scored only: c-scored,,,0,uncertified
missing,,,no criterion,,1,
`);
  });

  it('takes the threshold for many badges from --many', () => {
    const result = runCli(['matrix', '--many', '4', '--format', 'csv'], { cwd: COVERAGE });
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[1]).toBe('shared,"Writes a | separated list, *emphasis* and <b>tags</b>",c-shared,no criterion,no criterion,3,');
  });

  it.each(['1', 'two', '2.5', ''])('rejects --many %j', (value) => {
    const result = runCli(['matrix', '--many', value], { cwd: COVERAGE });
    expect(result).toEqual({ status: 2, stdout: '', stderr: `badgemap: Invalid --many "${value}": give a whole number of badges, 2 or more.\n` });
  });

  it('writes an HTML table with headers, flags in words and escaped text', () => {
    const result = runCli(['matrix', '--format', 'html'], { cwd: COVERAGE });
    expect(result.status).toBe(0);
    const document = parse(result.stdout);

    const headers = elements(document, 'th');
    expect(headers.every((th) => th.attrs.some((attribute) => attribute.name === 'scope'))).toBe(true);
    expect(elements(document, 'script')).toEqual([]);
    expect(elements(document, 'b')).toEqual([]);

    const rows = elements(document, 'tr').map((row) =>
      row.childNodes
        .map((cell) => textOf(cell).replace(/\s+/g, ' ').trim())
        .filter((text) => text !== '')
        .join(' | '),
    );
    expect(rows).toContain('Writes a | separated list, *emphasis* and <b>tags</b> shared | ✓ c-shared | ✓ certified, no criterion | ✓ certified, no criterion | 3: 3 or more');
    expect(rows).toContain('Designs something no badge certifies alone | 0: no badge');
    expect(rows).toContain('missing (unknown competency) | ✓ certified, no criterion | 1');
  });

  it('writes to --output-file and nothing to standard output', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'badgemap-matrix-')), 'coverage.csv');
    const result = runCli(['matrix', '--format', 'csv', '--output-file', file], { cwd: COVERAGE });
    expect(result).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(fs.readFileSync(file, 'utf8').startsWith('competency,statement,one,two,three,badges,flag\n')).toBe(true);
  });
});

describe('matrix of the bundled example', () => {
  it('lists every competency once, each certified by one badge', () => {
    const result = runCli(['matrix', '--format', 'csv'], { cwd: EXAMPLES });
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('competency,statement,front-end-developer,injection-detection-1,patient-communication,secure-coding-injection,web-release-reviewer,badges,flag');
    expect(lines).toHaveLength(15);
    expect(lines.filter((line) => line.endsWith(',1,'))).toHaveLength(14);
    expect(lines).toContain('sqli-detect,Detects and documents SQL injection vulnerabilities in a sample web app,,identifies,,,,1,');
  });
});

describe('matrix of a large catalogue', () => {
  /** 1,000 badges and 1,001 competencies: one cell more than a Markdown or HTML table may contain. */
  function largeRepository(): string {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'badgemap-matrix-large-'));
    fs.writeFileSync(path.join(root, 'badgemap.yaml'), fs.readFileSync(path.join(COVERAGE, 'badgemap.yaml')));
    const lines = ['competencies:'];
    for (let index = 0; index <= 1000; index++) lines.push(`  - { id: c${index}, statement: Configures service ${index} so that it logs requests }`);
    lines.push('badges:');
    for (let index = 0; index < 1000; index++) {
      lines.push(`  - { id: b${index}, name: Badge ${index}, description: d, image: "https://cdn.example.org/b.png", competencies: [c${index}] }`);
    }
    fs.writeFileSync(path.join(root, 'all.yaml'), `${lines.join('\n')}\n`);
    return root;
  }

  it('refuses Markdown and HTML past the cell limit and points to CSV', () => {
    const root = largeRepository();
    for (const format of ['md', 'html']) {
      const result = runCli(['matrix', '--format', format], { cwd: root });
      expect(result).toEqual({
        status: 2,
        stdout: '',
        stderr:
          'badgemap: The coverage grid has 1,001,000 cells (1001 competencies × 1000 badges), more than the 1,000,000 a Markdown or HTML table holds. Use --format csv, which has no limit.\n',
      });
    }

    const file = path.join(root, 'coverage.csv');
    expect(runCli(['matrix', '--format', 'csv', '--output-file', file], { cwd: root }).status).toBe(0);
    const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(1002);
    expect(lines.at(-1)).toBe(`c1000,Configures service 1000 so that it logs requests,${','.repeat(999)},0,uncertified`);

    const out = path.join(root, 'public');
    expect(runCli(['site', '--out', out], { cwd: root }).status).toBe(0);
    const coverage = fs.readFileSync(path.join(out, 'coverage/index.html'), 'utf8');
    expect(coverage).toContain('has 1,001,000 cells, too many for one page. <code>badgemap matrix --format csv</code> writes it for a spreadsheet.');
    expect(coverage).not.toContain('<table');
  }, 120_000);
});

describe('CSV fields', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "x"', '"say ""x"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tindent', "'\tindent"],
    ["'=1+1", "''=1+1"],
    ["it's", "it's"],
  ])('%j is written as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});
