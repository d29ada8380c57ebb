/**
 * Every record import skips, every cell it drops or keeps aside and every value it converts
 * is reported at its row and column with the reason. Each sheet here contains such records,
 * and each test lists the whole report, so a report that goes missing fails it.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

import { resolveFinding } from '../../src/engine/resolve.js';
import { compareFindings } from '../../src/finding.js';
import { runImport } from '../../src/import/run.js';
import { readWorkbook } from '../../src/source/xlsx-source.js';
import { lintFiles } from '../helpers/workspace.js';

interface Imported {
  /** `line:column severity message`, sorted as the report prints them. */
  report: string[];
  values: Record<string, unknown>[];
  records: number;
  skipped: number;
}

async function importSheet(name: string, content: string | Uint8Array, kind?: 'competency' | 'badge' | 'rubric' | 'mapping'): Promise<Imported> {
  const { workspace } = lintFiles({});
  const file = `/repo/${name}`;
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const workbook = name.endsWith('.xlsx') ? await readWorkbook(bytes) : undefined;
  const outcome = runImport({
    file,
    bytes,
    ...(workbook === undefined ? {} : { workbook }),
    ...(kind === undefined ? {} : { kind }),
    columns: {},
    separator: ';',
    workspace,
    outDir: '/repo/imported',
  });
  if ('error' in outcome) throw new Error(outcome.error);

  const sources = new Map([[file, outcome.source]]);
  const findings = outcome.findings.map((raw) => resolveFinding(raw, raw.severity ?? 'warn', sources)).sort(compareFindings);
  return {
    report: findings.map((finding) => `${finding.range.start.line}:${finding.range.start.column} ${finding.severity} ${finding.message}`),
    values: outcome.plan.entries.map((entry) => entry.draft.value),
    records: outcome.summary.records,
    skipped: outcome.summary.skipped,
  };
}

describe('import reports', () => {
  it('competency rows skipped, trimmed, split and kept aside', async () => {
    const sheet = [
      'Code,Skill Statement,Skill Name,Keywords,Level,Parent,Notes,Notes',
      'C-1,Writes a bug report,,qa; qa ; triage,apply,,first,second',
      ',,,,,,,',
      'C-2,,,,,,,',
      'C-1,Writes another bug report,,,,,,',
      'C-3,,Test planning,,,C-9,,',
      ',Writes a bug report,,,,,,',
      'C-4," Reviews a pull request ",,,,Writes a bug report,,,extra',
      'C-5,"Tests a form",,,,,,',
      'C-6,"Never closed,,,,,,',
    ].join('\n');
    const imported = await importSheet('skills.csv', `${sheet}\n`);
    expect(imported.report).toEqual([
      '1:61 warn The header "Notes" appears more than once; this column was kept as "x-Notes-8". (header, column "Notes")',
      '2:26 info Value dropped: "qa" appears more than once in the cell. (record 1, column "Keywords")',
      '3:1 warn Record skipped: every cell is empty. (record 2)',
      '4:1 warn Record skipped: it has no statement. (record 3)',
      '5:1 warn Record skipped: competency id "C-1" is already used by record 1. (record 4, column "Code")',
      '6:6 info Value filled in: statement is empty, so the name "Test planning" was used. (record 5, column "Skill Name")',
      '6:22 warn The parent "C-9" is no record of this sheet; the link is kept as written. (record 5, column "Parent")',
      '7:1 info competency "writes-a-bug-report" repeats record 1 word for word; it was imported under its own id. (record 6)',
      '8:5 info Value converted: spaces or line breaks around "Reviews a pull request" were removed. (record 7, column "Skill Statement")',
      '8:57 warn Cell kept as "x-column-9": it lies past the last of the 8 columns the header names. (record 7, column 9)',
      '10:5 warn Record skipped: a quote opens a cell on line 10 and is never closed, so line 10 could not be read.',
    ]);
    expect(imported.records).toBe(9);
    expect(imported.skipped).toBe(4);
    expect(imported.values.find((value) => value.id === 'C-4')).toEqual({
      id: 'C-4',
      statement: 'Reviews a pull request',
      'x-parent': 'C-1',
      'x-column-9': 'extra',
    });
  });

  it('badge values converted, filled in and kept aside', async () => {
    const sheet = [
      'Badge ID,Badge Name,Evidence,Assessment Method,Level,Reviewers,Criteria URL,Alignments,Prerequisites',
      'qa-1,QA Basics,report: A bug report; Screenshots of the steps,Hands-on lab,0,two,criteria/qa,NICE K0070,{ anyOf: [] }',
      'qa-2,,,,,,,,',
    ].join('\n');
    const imported = await importSheet('badges.csv', `${sheet}\n`);
    expect(imported.report).toEqual([
      '2:6 info Value filled in: description is empty, so the name "QA Basics" was used. (record 1, column "Badge Name")',
      '2:16 info Value converted: evidence "Screenshots of the steps" names no evidence type, so it was imported with type "unspecified". (record 1, column "Evidence")',
      '2:63 info Value converted: "Hands-on lab" was read as the assessment method "hands-on-lab". (record 1, column "Assessment Method")',
      '2:76 warn Value kept as "x-Level": "0" is not a whole number of at least 1, so it cannot be "level". (record 1, column "Level")',
      '2:78 warn Value kept as "x-Reviewers": "two" is not a whole number of at least 1, so it cannot be "reviewers". (record 1, column "Reviewers")',
      '2:82 warn Value kept as "x-Criteria URL": "criteria/qa" is not a valid URL (it must start with http:// or https://). (record 1, column "Criteria URL")',
      '2:94 warn Value kept as "x-Alignments": "NICE K0070" is not a valid alignment (write it as Name <https://…> or { name: …, url: … }). (record 1, column "Alignments")',
      '2:105 warn Value kept as "x-Prerequisites": "{ anyOf: [] }" is not a valid prerequisite (a group needs anyOf: [badge ids]). (record 1, column "Prerequisites")',
      '3:1 warn Record skipped: it has no badge name. (record 2)',
    ]);
    expect(imported.values).toEqual([
      {
        id: 'qa-1',
        name: 'QA Basics',
        description: 'QA Basics',
        competencies: [],
        evidence: [
          { type: 'report', description: 'A bug report', required: true },
          { type: 'unspecified', description: 'Screenshots of the steps', required: true },
        ],
        assessment: { methods: ['hands-on-lab'] },
        'x-Level': '0',
        'x-Reviewers': 'two',
        'x-Criteria URL': 'criteria/qa',
        'x-Alignments': 'NICE K0070',
        'x-Prerequisites': '{ anyOf: [] }',
      },
    ]);
  });

  it('repeated statements under their own ids', async () => {
    const imported = await importSheet('ids.csv', 'id,statement\nc1,Builds a thing\nc2,Builds a thing\nc3,Writes a report\n');
    expect(imported.report).toEqual(['3:1 info competency "c2" repeats record 1 word for word; it was imported under its own id. (record 2)']);
  });

  it('ids that differ in letter case', async () => {
    const imported = await importSheet('case.csv', 'id,statement\nABC,Builds one\nabc,Builds two\n');
    expect(imported.report).toEqual(['3:1 warn Record skipped: competency id "abc" is already used by record 1 ("ABC"). (record 2, column "id")']);
  });

  it('Open Badges id clash and repeated tags', async () => {
    const badge = (name: string, tags: string[]) =>
      JSON.stringify({ type: 'BadgeClass', id: 'https://x.example/badges/gold.json', name, description: 'Gold', criteria: { narrative: 'c' }, tags });
    const imported = await importSheet('ob.ndjson', `${badge('Gold', ['a', 'a', 'b'])}\n${badge('Gold DIFFERENT', [])}\n{"type":\n`);
    expect(imported.report).toEqual([
      '1:1 warn Badge "gold" has no image, which export needs, so lint will report it; add image: with a PNG or SVG file. (record 1)',
      '1:1 info Badge "gold" names no competency to map; it was imported with competencies: []. (record 1)',
      '1:1 info Value dropped: "a" appears more than once in tags. (record 1)',
      '2:1 warn Badge "gold-different" has no image, which export needs, so lint will report it; add image: with a PNG or SVG file. (record 2)',
      '2:1 info Badge "gold-different" names no competency to map; it was imported with competencies: []. (record 2)',
      '2:1 warn The id "gold" already belongs to record 1, a different record, so this one was imported as "gold-different". (record 2)',
      '3:9 warn Line skipped: Invalid JSON: the text ends before the document is complete.',
    ]);
    expect(imported.values.map((value) => value.tags)).toEqual([['a', 'b'], undefined]);
  });

  it('parent cycles and self-parents', async () => {
    const sheet = ['id,statement,parent', 'a,Builds A thing,b', 'b,Builds B thing,a', 'c,Builds C thing,a', 'd,Builds D thing,d'].join('\n');
    const imported = await importSheet('hier.csv', `${sheet}\n`);
    expect(imported.report).toEqual([
      '2:18 warn The parent links form a cycle, a → b → a, so the hierarchy cannot be drawn; change the parent of one of them. (record 1, column "parent")',
      '5:18 warn The parent links form a cycle, d → d, so the hierarchy cannot be drawn; change the parent of one of them. (record 4, column "parent")',
    ]);
  });

  it('mapping rows that disagree about a badge', async () => {
    const sheet = [
      'Competency,Badge,Badge Description,Badge Level',
      'Writes a bug report,QA Basics,Tests web forms,1',
      'Designs a test plan,QA Basics,Tests forms and pages,2',
    ].join('\n');
    const imported = await importSheet('matrix.csv', `${sheet}\n`);
    expect(imported.report).toEqual([
      '3:31 warn badge "qa-basics": description "Tests forms and pages" differs from "Tests web forms" in record 1; the first value was kept. (record 2, column "Badge Description")',
      '3:53 warn badge "qa-basics": level "2" differs from "1" in record 1; the first value was kept. (record 2, column "Badge Level")',
    ]);
  });

  it('mapping sheet evidence, methods, kept columns and lone badges', async () => {
    const sheet = [
      'Competency ID,Competency,Badge ID,Badge,Badge Description,Evidence,Assessment method,Owner',
      'c1,Builds a thing,b1,Badge One,First desc,project: A project,hands-on-lab,alice',
      'c2,Writes a report,b1,Badge One,First desc,report: A report,multiple choice,bob',
      'c1,Builds a thing,b2,Badge Two,Second,attendance,oral exam,',
      ',,b3,Badge Three,Third,,,',
    ].join('\n');
    const imported = await importSheet('mapping.csv', `${sheet}\n`);
    expect(imported.report).toEqual([
      '3:61 info Value converted: "multiple choice" was read as the assessment method "multiple-choice-quiz". (record 2, column "Assessment method")',
      '3:77 warn badge "b1": x-Owner "bob" differs from "alice" in record 1; the first value was kept. (record 2, column "Owner")',
      '4:39 info Value converted: evidence "attendance" has no "type:" prefix, so it was imported with the type "attendance" that it names. (record 3, column "Evidence")',
      '4:50 warn Value kept as written: "oral exam" is no assessment method of the vocabulary, so lint will report it; use a term of the vocabulary or add this one to the config. (record 3, column "Assessment method")',
      '5:1 info Badge "b3" names no competency to map; it was imported with competencies: []. (record 4)',
    ]);
  });

  it('XLSX merged cells', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Skills');
    sheet.addRow(['id', 'statement', 'tags']);
    sheet.addRow(['c8', 'Merged statement across', '']);
    sheet.mergeCells('B2:C2');
    const imported = await importSheet('merged.xlsx', new Uint8Array(await book.xlsx.writeBuffer()));
    expect(imported.report).toEqual([
      '2:3 info Value converted: the cell holds part of the merged cell B2; it was read as "Merged statement across". (sheet "Skills", cell C2, record 1, column "tags")',
    ]);
  });

  it('blank and repeated headers', async () => {
    const imported = await importSheet('headers.csv', 'id,statement,statement,\nc1,Builds a thing,Again,more\n');
    expect(imported.report).toEqual([
      '1:14 warn The header "statement" appears more than once; this column was kept as "x-statement". (header, column "statement")',
      '1:24 warn The header cell is empty; this column was kept as "x-column-4". (header, column "")',
    ]);
  });

  it('Open Badges 3.0 values lint rejects', async () => {
    const achievement = JSON.stringify({ type: ['Achievement'], id: 'https://x.example/achievements/p1', name: 'Program One', description: 'A program', criteria: { narrative: 'c' }, achievementType: 'Program' });
    const imported = await importSheet('p1.json', achievement);
    expect(imported.report).toEqual([
      '1:1 warn Badge "p1" has no image, which export needs, so lint will report it; add image: with a PNG or SVG file.',
      '1:1 info Badge "p1" names no competency to map; it was imported with competencies: [].',
      '1:1 warn Badge "p1": achievementType "Program" is not an Open Badges 3.0 value, so lint will report it; use a 3.0 value or ext:Program.',
    ]);
  });

  it('XLSX cells converted and dropped', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Skills');
    sheet.addRow(['Code', 'Skill Statement', 'Reviewed', 'Score', 'Check']);
    sheet.addRow([7, 'Writes a bug report', new Date(Date.UTC(2026, 2, 1, 10, 30)), 0.1 + 0.2, { formula: 'A2*2' }]);
    sheet.addRow(['C-2', 'Designs a test plan', { error: '#N/A' }, 12, { formula: 'B9', result: { error: '#REF!' } }]);
    sheet.getCell('A2').numFmt = '000';
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());

    const imported = await importSheet('skills.xlsx', bytes);
    expect(imported.report).toEqual([
      '2:1 info Value converted: the cell holds the number 7; it was read as "007". (sheet "Skills", cell A2, record 1, column "Code")',
      '2:3 info Value converted: the cell holds the date 2026-03-01T10:30:00; it was read as "2026-03-01T10:30:00". (sheet "Skills", cell C2, record 1, column "Reviewed")',
      '2:4 info Value converted: the cell holds the number 0.30000000000000004; it was read as "0.3". (sheet "Skills", cell D2, record 1, column "Score")',
      '2:5 warn Cell dropped: it holds a formula with no computed value. (sheet "Skills", cell E2, record 1, column "Check")',
      '3:3 warn Cell dropped: it holds the error value #N/A. (sheet "Skills", cell C3, record 2, column "Reviewed")',
      '3:5 warn Cell dropped: it holds a formula with no computed value. (sheet "Skills", cell E3, record 2, column "Check")',
    ]);
    expect(imported.values).toEqual([
      { id: '007', statement: 'Writes a bug report', 'x-Reviewed': '2026-03-01T10:30:00', 'x-Score': '0.3' },
      { id: 'C-2', statement: 'Designs a test plan', 'x-Score': '12' },
    ]);
  });
});
