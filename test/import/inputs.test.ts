/**
 * Inputs and options that import cannot use as given: control characters in cells, text in
 * the wrong encoding or under the wrong name, and options that do not apply to the file.
 */
import { describe, expect, it } from 'vitest';

import { runCli } from '../helpers/cli.js';
import { importJson, tempRepo } from './helpers.js';

const OPEN_BADGE = '{"type":"BadgeClass","id":"https://x.example/badges/gold.json","name":"Gold","description":"Gold","criteria":{"narrative":"c"}}\n';

function importError(files: Record<string, string | Uint8Array>, args: string[]): string {
  const result = runCli(['import', ...args], { cwd: tempRepo(files) });
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  return result.stderr;
}

describe('import inputs', { timeout: 60_000 }, () => {
  it('removes and reports control characters', () => {
    const root = tempRepo({ 'nul.csv': 'id,statement\nc1,Builds\u0000 a thing\nc2\u0000,Writes a report\n' });
    const { report, result } = importJson(root, ['nul.csv']);
    expect(report.plan.map((entry) => entry.id)).toEqual(['c1', 'c2']);
    expect(report.problems.map((problem) => `${problem.line}:${problem.column} ${problem.message}`)).toEqual([
      '2:4 Value converted: 1 control character(s) such as U+0000 were removed, giving "Builds a thing". (record 1, column "statement")',
      '3:1 Value converted: 1 control character(s) such as U+0000 were removed, giving "c2". (record 2, column "id")',
    ]);
    expect(result.stdout).not.toContain('\u0000');
  });

  it('rejects UTF-16 without a byte order mark', () => {
    const stderr = importError({ 'u.csv': Buffer.from('id,statement,tags\nc1,Builds a thing,a\n', 'utf16le') }, ['u.csv']);
    expect(stderr).toBe('badgemap: Cannot import u.csv: it looks like UTF-16 LE text without a byte order mark; save it as UTF-8.\n');
  });

  it('rejects text named .xlsx', () => {
    const stderr = importError({ 'fake.xlsx': 'id,statement\nc1,Builds a thing\n' }, ['fake.xlsx']);
    expect(stderr).toBe('badgemap: Cannot import fake.xlsx: it is not an XLSX workbook, which is a zip archive; it looks like CSV or other text, so give it a .csv or .tsv name.\n');
  });

  it.each([
    [['map.csv', '--sheet', 'Foo'], 'badgemap: Cannot import map.csv: --sheet applies only to XLSX workbooks, not to CSV or TSV files.\n'],
    [['ob.ndjson', '--map', 'statement=name'], 'badgemap: Cannot import ob.ndjson: --map applies only to sheets, not to Open Badges JSON.\n'],
    [['ob.ndjson', '--sheet', 'X', '--delimiter', ';'], 'badgemap: Cannot import ob.ndjson: --sheet, --delimiter apply only to sheets, not to Open Badges JSON.\n'],
    [['ob.ndjson', '--kind', 'competency'], 'badgemap: Cannot import ob.ndjson: --kind competency needs a CSV, TSV or XLSX file.\n'],
    [['map.csv', '--delimiter', ':'], 'badgemap: Invalid --delimiter ":": use , ; | or tab.\n'],
  ])('rejects options that do not apply: %j', (args, stderr) => {
    expect(importError({ 'map.csv': 'id,statement\nc1,Builds a thing\n', 'ob.ndjson': OPEN_BADGE }, args)).toBe(stderr);
  });

  it('reads the --delimiter given', () => {
    const root = tempRepo({ 'semi.csv': 'id;statement\nc1;Builds a thing, well\n' });
    const { report } = importJson(root, ['semi.csv', '--delimiter', ';']);
    expect(report.input.delimiter).toBe(';');
    expect(report.plan.map((entry) => entry.id)).toEqual(['c1']);
  });

  it('says when every record was skipped', () => {
    const root = tempRepo({ 'unclosed.csv': 'id,statement\nc1,"Builds a thing\n' });
    const result = runCli(['import', 'unclosed.csv'], { cwd: root });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Imported: 0 created, 0 updated, 0 unchanged, 0 skipped; 1 record skipped.\n  Nothing imported: no record became a definition.\n');
  });
});
