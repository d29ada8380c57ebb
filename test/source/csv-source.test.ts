import { describe, expect, it } from 'vitest';

import { CsvSource, detectDelimiter } from '../../src/source/csv-source.js';
import { lintFiles, summarise } from '../helpers/workspace.js';

function csv(text: string, file = 'skills.csv'): CsvSource {
  return new CsvSource(`/repo/${file}`, Buffer.from(text, 'utf8'));
}

function sheetConfig(columns = '{ statement: Skill Statement }', extra = ''): string {
  return `baseUrl: https://badges.example.org/
sheets:
  skills.csv: { kind: competency, columns: ${columns}${extra} }
`;
}

describe('CsvSource', () => {
  it('reads a byte order mark, semicolons and CRLF', () => {
    const source = csv('\uFEFFCode;Skill Statement\r\n7;Builds a thing\r\n007;Builds another thing\r\n');
    expect(source.delimiter).toBe(';');
    expect(source.header).toEqual(['Code', 'Skill Statement']);
    expect(source.dataRecords.map((record) => record.cells)).toEqual([
      ['7', 'Builds a thing'],
      ['007', 'Builds another thing'],
    ]);
    expect(source.positionOf(source.dataRecords[1]?.start ?? -1)).toEqual({ line: 3, column: 1 });
  });

  it('keeps the true line of records after a multi-line quoted cell', () => {
    const source = csv('id,statement,notes\na,"Explains\nacross\nlines",x\nb,Builds,"y"\n');
    const second = source.dataRecords[1];
    expect(second?.cells).toEqual(['b', 'Builds', 'y']);
    expect(source.positionOf(second?.start ?? -1)).toEqual({ line: 5, column: 1 });
    expect(source.positionOf(second?.cellStarts[2] ?? -1)).toEqual({ line: 5, column: 10 });
  });

  it('ends each record before its line break, or at the end of a file without one', () => {
    const source = csv('id,statement\r\na,"Explains\nacross"\r\nb,Builds');
    const [first, second] = source.dataRecords;
    expect(source.positionOf(first?.end ?? -1)).toEqual({ line: 3, column: 8 });
    expect(source.positionOf(second?.end ?? -1)).toEqual({ line: 4, column: 9 });
  });

  it('counts columns in UTF-16 units after non-ASCII text', () => {
    const source = csv('id,name,statement\nx,Café é,Explains\n');
    expect(source.positionOf(source.dataRecords[0]?.cellStarts[2] ?? -1)).toEqual({ line: 2, column: 10 });
  });

  it('detects the delimiter from the header', () => {
    expect(detectDelimiter(Buffer.from('a;b;c\n1,5;2;3\n'))).toBe(';');
    expect(detectDelimiter(Buffer.from('"a,b";c;d\n'))).toBe(';');
    expect(detectDelimiter(Buffer.from('a,b\n'))).toBe(',');
    expect(detectDelimiter(Buffer.from('a,b\n'), 'x.tsv')).toBe('\t');
  });

  it('reports malformed quoting and keeps reading', () => {
    const source = csv('id,statement\na,"unclosed\n');
    expect(source.problems.map((problem) => problem.code)).toEqual(['CSV_QUOTE_NOT_CLOSED']);
  });
});

describe('sheets in lint', () => {
  it('loads competencies with ids as written and positions findings at the cell', () => {
    const { workspace, findings } = lintFiles({
      'badgemap.yaml': sheetConfig(),
      'skills.csv': 'Code,Skill Statement\n1.10,"Explains\nthe idea"\n1.1,Explains another idea\n',
      'b.yaml': 'kind: badge\nid: b\nname: B\ndescription: D\ncompetencies: [1.10, 1.2]\n',
    });
    expect(workspace.model.ids('competency')).toEqual(['1.10', '1.1']);
    expect(summarise(findings, 'unknown-reference')).toEqual([
      'b.yaml:5:22 unknown-reference No competency has id "1.2". Did you mean "1.1"?',
    ]);
  });

  it('names the record and column in a finding on a sheet', () => {
    const { findings } = lintFiles({
      'badgemap.yaml': sheetConfig(),
      'skills.csv': 'Code,Skill Statement\nx,"Explains\nX"\nx,Explains X again\n',
    });
    expect(summarise(findings, 'duplicate-id')).toEqual([
      'skills.csv:2:1 duplicate-id Competency id "x" is defined 2 times. (record 1, column "Code")',
      'skills.csv:4:1 duplicate-id Competency id "x" is defined 2 times. (record 2, column "Code")',
    ]);
  });

  it('reports ragged records and a mapped header that is missing', () => {
    const { findings } = lintFiles({
      'badgemap.yaml': sheetConfig('{ id: Code, statement: Statment }'),
      'skills.csv': 'Code,Statement,Notes\nx,Does X\n',
    });
    const ragged = lintFiles({ 'badgemap.yaml': sheetConfig('{ id: Code, statement: Statement }'), 'skills.csv': 'Code,Statement,Notes\nx,Does X\n' });
    expect(summarise(ragged.findings, 'csv-syntax')).toEqual([
      'skills.csv:2:1 csv-syntax The record has 2 cells but the header has 3. (record 1)',
    ]);
    expect(summarise(findings).filter((line) => !line.includes('export-metadata'))).toEqual([
      'badgemap.yaml:3:67 config Sheet "skills.csv" has no column "Statment" for field "statement". Did you mean "Statement"?',
    ]);
  });

  it('reports a sheet that cannot be read', () => {
    const { findings } = lintFiles({ 'badgemap.yaml': sheetConfig() });
    expect(summarise(findings, 'csv-syntax')).toEqual([
      'badgemap.yaml:3:3 csv-syntax Cannot read sheet "skills.csv": file not found.',
    ]);
  });

  it('splits multi-valued cells with the separator', () => {
    const { workspace } = lintFiles({
      'badgemap.yaml': sheetConfig('{ statement: Skill Statement }', ', separator: "|"'),
      'skills.csv': 'id,Skill Statement,Keywords\nx,Does X, a | b ||c \n',
    });
    expect(workspace.model.get('competency', 'x')?.tags).toEqual(['a', 'b', 'c']);
  });
});
