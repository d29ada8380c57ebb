/**
 * The options of `badgemap import` that choose what is read: `--map`, `--map-file`, `--sheet`
 * and `--kind`, on competency, badge and rubric sheets, and the report of the columns it
 * matched and kept.
 */
import fs from 'node:fs';
import path from 'node:path';

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { runCli } from '../helpers/cli.js';
import { importJson, tempRepo } from './helpers.js';

type Definition = Record<string, unknown>;

function imported(root: string, plural: string): Definition[] {
  const file = path.join(root, 'imported', `${plural}.yaml`);
  return (parse(fs.readFileSync(file, 'utf8')) as Record<string, Definition[]>)[plural] ?? [];
}

const UNUSUAL_HEADERS = 'Ref,Wording,Remarks\nR-1,Designs a test plan for a web form,checked\nR-2,Writes a bug report,\n';

describe('column mapping', { timeout: 120_000 }, () => {
  it('--map names the columns', () => {
    const root = tempRepo({ 'sheet.csv': UNUSUAL_HEADERS });
    const { report, result } = importJson(root, ['sheet.csv', '--map', 'id=Ref', '--map', 'statement= wording ']);
    expect(report.input.kind).toBe('competency');
    expect(report.input.matched).toEqual([
      { header: 'Ref', field: 'id' },
      { header: 'Wording', field: 'statement' },
    ]);
    expect(JSON.parse(result.stdout).input.kept).toEqual([{ header: 'Remarks', key: 'x-Remarks' }]);
    expect(imported(root, 'competencies')).toEqual([
      { id: 'R-1', statement: 'Designs a test plan for a web form', 'x-Remarks': 'checked' },
      { id: 'R-2', statement: 'Writes a bug report' },
    ]);
  });

  it('--map-file reads YAML and JSON, and --map wins over it', () => {
    const root = tempRepo({
      'sheet.csv': UNUSUAL_HEADERS,
      'columns.yaml': 'id: Ref\nstatement: Remarks\n',
      'columns.json': '{ "id": "Ref", "statement": "Wording" }',
    });
    const fromJson = importJson(root, ['sheet.csv', '--map-file', 'columns.json', '--dry-run']).report;
    expect(fromJson.input.matched).toEqual([
      { header: 'Ref', field: 'id' },
      { header: 'Wording', field: 'statement' },
    ]);
    const fromYaml = importJson(root, ['sheet.csv', '--map-file', 'columns.yaml', '--map', 'statement=Wording', '--dry-run']).report;
    expect(fromYaml.input.matched).toEqual(fromJson.input.matched);
  });

  it('rejects a --map-file that is no mapping of headers', () => {
    const root = tempRepo({ 'sheet.csv': UNUSUAL_HEADERS, 'list.yaml': '- id\n- Ref\n', 'nested.yaml': 'id: { header: Ref }\n' });
    const list = runCli(['import', 'sheet.csv', '--map-file', 'list.yaml'], { cwd: root });
    expect(list.status).toBe(2);
    expect(list.stderr).toBe(
      'badgemap: Invalid --map-file list.yaml: it must be a mapping of field names to headers, such as statement: Skill Statement.\n',
    );
    const nested = runCli(['import', 'sheet.csv', '--map-file', 'nested.yaml'], { cwd: root });
    expect(nested.status).toBe(2);
    expect(nested.stderr).toBe('badgemap: Invalid --map-file nested.yaml: the header of "id" must be text.\n');
  });

  it('maps the fields of a mapping sheet by kind', () => {
    const root = tempRepo({ 'matrix.csv': 'Skill,Credential name,Proof\nWrites a bug report,QA Basics,report: A bug report\n' });
    const { report } = importJson(root, ['matrix.csv', '--map', 'competency.statement=Skill', '--map', 'badge.name=Credential name', '--map', 'badge.evidence=Proof']);
    expect(report.input.kind).toBe('mapping');
    expect(report.plan.map((entry) => `${entry.action} ${entry.kind} ${entry.id}`)).toEqual([
      'create competency writes-a-bug-report',
      'create badge qa-basics',
    ]);
    expect(imported(root, 'badges')[0]?.evidence).toEqual([{ type: 'report', description: 'A bug report', required: true }]);
  });
});

describe('--kind and detection', { timeout: 120_000 }, () => {
  it('reads a badge sheet with a description as badges', () => {
    const root = tempRepo({ 'badges.csv': 'Name,Description,Evidence,Image\nQA Basics,Tests web forms,report: A bug report,https://badges.example.org/qa.png\n' });
    const { report } = importJson(root, ['badges.csv']);
    expect(report.input.kind).toBe('badge');
    expect(imported(root, 'badges')).toEqual([
      {
        id: 'qa-basics',
        name: 'QA Basics',
        description: 'Tests web forms',
        competencies: [],
        image: 'https://badges.example.org/qa.png',
        evidence: [{ type: 'report', description: 'A bug report', required: true }],
      },
    ]);
  });

  it('--kind decides where the header fits more than one kind', () => {
    const sheet = 'Name,Description\nQA Basics,Tests web forms\n';
    const root = tempRepo({ 'sheet.csv': sheet });
    expect(importJson(root, ['sheet.csv', '--dry-run']).report.input.kind).toBe('competency');
    const { report } = importJson(root, ['sheet.csv', '--kind', 'badge']);
    expect(report.input.kind).toBe('badge');
    expect(report.plan.map((entry) => `${entry.kind} ${entry.id}`)).toEqual(['badge qa-basics']);
  });

  it('names the kinds --kind can choose when nothing fits', () => {
    const root = tempRepo({ 'sheet.csv': 'Alpha,Beta\n1,2\n' });
    const result = runCli(['import', 'sheet.csv'], { cwd: root });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'badgemap: Cannot import sheet.csv: cannot tell what the sheet holds from its header ("Alpha", "Beta"); give --kind competency, badge, rubric or mapping, or --delimiter if the columns are not split on ",".\n',
    );
  });
});

describe('rubric sheets', { timeout: 120_000 }, () => {
  const rubric = [
    'Rubric ID,Rubric Name,Criterion ID,Competency,Level,Points,Descriptor,Minimum Points,Every criterion at least',
    'injection,Injection review,identifies,sqli-detect,Not yet,0,Misses the injection point,2,Meets',
    'injection,Injection review,identifies,sqli-detect,Meets,2,Finds the injection point,,',
    'injection,Injection review,explains,sqli-explain,Not yet,0,No explanation,,',
    'injection,Injection review,explains,sqli-explain,Meets,1.5,Explains the class of flaw,,',
    'injection,Injection review,explains,sqli-explain,Exceeds,three,Explains a second-order variant,,',
    '',
  ].join('\n');

  it('groups rows into criteria and levels', () => {
    const root = tempRepo({ 'rubric.csv': rubric });
    const { report } = importJson(root, ['rubric.csv']);
    expect(report.input.kind).toBe('rubric');
    expect(report.input.skipped).toBe(1);
    expect(report.problems.map((problem) => `${problem.line}:${problem.column} ${problem.message}`)).toEqual([
      '2:90 Value converted: "Meets" was read as the level id "meets". (record 1, column "Every criterion at least")',
      '6:58 Record skipped: "three" is not a number of 0 or more, so it cannot be "points". (record 5, column "Points")',
    ]);
    expect(imported(root, 'rubrics')).toEqual([
      {
        id: 'injection',
        name: 'Injection review',
        criteria: [
          {
            id: 'identifies',
            competency: 'sqli-detect',
            levels: [
              { id: 'not-yet', name: 'Not yet', points: 0, descriptor: 'Misses the injection point' },
              { id: 'meets', name: 'Meets', points: 2, descriptor: 'Finds the injection point' },
            ],
          },
          {
            id: 'explains',
            competency: 'sqli-explain',
            levels: [
              { id: 'not-yet', name: 'Not yet', points: 0, descriptor: 'No explanation' },
              { id: 'meets', name: 'Meets', points: 1.5, descriptor: 'Explains the class of flaw' },
            ],
          },
        ],
        passing: { minimumPoints: 2, everyCriterionAtLeast: 'meets' },
      },
    ]);
  });
});

describe('--sheet', { timeout: 120_000 }, () => {
  async function workbook(file: string): Promise<void> {
    const book = new ExcelJS.Workbook();
    const notes = book.addWorksheet('Notes');
    notes.addRow(['Nothing to import here']);
    const skills = book.addWorksheet('Skills');
    skills.addRow(['Code', 'Skill Statement', 'Reviewed']);
    skills.addRow(['007', 'Writes a bug report', new Date(Date.UTC(2026, 2, 1))]);
    skills.addRow(['1.10', 'Designs a test plan', 11.12]);
    skills.getCell('A3').numFmt = '@';
    await book.xlsx.writeFile(file);
  }

  it('reads the named worksheet, and says which exist', async () => {
    const root = tempRepo();
    await workbook(path.join(root, 'book.xlsx'));

    const { report } = importJson(root, ['book.xlsx', '--sheet', 'Skills']);
    expect(report.input).toMatchObject({ format: 'XLSX', kind: 'competency', records: 2 });
    expect(JSON.parse(JSON.stringify(report.input)).sheet).toBe('Skills');
    expect(imported(root, 'competencies')).toEqual([
      { id: '007', statement: 'Writes a bug report', 'x-Reviewed': '2026-03-01' },
      { id: '1.10', statement: 'Designs a test plan', 'x-Reviewed': '11.12' },
    ]);
    expect(report.problems.map((problem) => problem.message)).toEqual([
      'Value converted: the cell holds the date 2026-03-01; it was read as "2026-03-01". (sheet "Skills", cell C2, record 1, column "Reviewed")',
      'Value converted: the cell holds the number 11.12; it was read as "11.12". (sheet "Skills", cell C3, record 2, column "Reviewed")',
    ]);

    const first = runCli(['import', 'book.xlsx', '--dry-run'], { cwd: root });
    expect(first.status).toBe(2);
    expect(first.stderr).toBe('badgemap: Cannot import book.xlsx: cannot tell what the sheet holds from its header ("Nothing to import here"); give --kind competency, badge, rubric or mapping.\n');

    const missing = runCli(['import', 'book.xlsx', '--sheet', 'Badges'], { cwd: root });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('badgemap: Cannot import book.xlsx: the workbook has no worksheet named "Badges"; it has "Notes", "Skills".\n');
  });

  it('skips hidden worksheets without --sheet', async () => {
    const root = tempRepo();
    const book = new ExcelJS.Workbook();
    const hidden = book.addWorksheet('Hidden');
    hidden.state = 'hidden';
    hidden.addRow(['id', 'statement']);
    hidden.addRow(['h1', 'Builds a hidden thing']);
    const visible = book.addWorksheet('Comps');
    visible.addRow(['id', 'statement']);
    visible.addRow(['c1', 'Builds a visible thing']);
    await book.xlsx.writeFile(path.join(root, 'types.xlsx'));

    const { report } = importJson(root, ['types.xlsx']);
    expect(JSON.parse(JSON.stringify(report.input)).sheet).toBe('Comps');
    expect(report.plan.map((entry) => entry.id)).toEqual(['c1']);
    expect(report.problems.map((problem) => problem.message)).toEqual([
      'Worksheet "Comps" was read, the first visible one; hidden worksheets were skipped: "Hidden". Give --sheet NAME to read one of them. (sheet "Comps", row 1, header)',
    ]);

    visible.state = 'veryHidden';
    await book.xlsx.writeFile(path.join(root, 'all-hidden.xlsx'));
    const none = runCli(['import', 'all-hidden.xlsx'], { cwd: root });
    expect(none.status).toBe(2);
    expect(none.stderr).toBe('badgemap: Cannot import all-hidden.xlsx: every worksheet of the workbook is hidden ("Hidden", "Comps"); give --sheet NAME.\n');
  });
});
