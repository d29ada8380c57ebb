/**
 * Sheets as spreadsheet programs save them: UTF-8 with and without a byte order mark, UTF-16
 * with one (Excel's "Unicode text"), Windows-1252, every line break, every delimiter. The
 * inputs are made here from text, so each test shows exactly which bytes it reads.
 */
import { describe, expect, it } from 'vitest';

import { runImport } from '../../src/import/run.js';
import { decodeText } from '../../src/source/encoding.js';
import { openTable } from '../../src/source/open-table.js';
import { lintFiles } from '../helpers/workspace.js';

const TEXT_WITH_ACCENTS = 'Crée un café “spécial” – 5 € pour l’équipe';

function utf8(text: string, bom = false): Buffer {
  return Buffer.from(`${bom ? '\uFEFF' : ''}${text}`, 'utf8');
}

function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

function utf16be(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
}

/** The Windows-1252 bytes of the characters it has at 0x80–0x9F that these tests use. */
const WINDOWS_1252_HIGH: Record<string, number> = { '€': 0x80, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96 };

function windows1252(text: string): Buffer {
  return Buffer.from(
    [...text].map((character) => {
      const high = WINDOWS_1252_HIGH[character];
      if (high !== undefined) return high;
      const code = character.charCodeAt(0);
      if (code > 0xff || (code >= 0x80 && code <= 0x9f)) throw new Error(`no Windows-1252 byte for ${character}`);
      return code;
    }),
  );
}

function open(bytes: Uint8Array, file = '/repo/skills.csv') {
  const opened = openTable(file, bytes, {});
  if ('error' in opened) throw new Error(opened.error);
  return {
    encoding: opened.encoding,
    delimiter: opened.csv?.delimiter,
    header: opened.source.header,
    cells: opened.source.dataRecords.map((record) => record.cells),
    rows: opened.source.dataRecords.map((record) => record.row),
    problems: opened.csv?.problems ?? [],
  };
}

/** Imports bytes into an empty in-memory repository and returns what the report would list. */
function importBytes(bytes: Uint8Array, file = '/repo/skills.csv') {
  const { workspace } = lintFiles({});
  const outcome = runImport({ file, bytes, columns: {}, separator: ';', workspace, outDir: '/repo/imported' });
  if ('error' in outcome) throw new Error(outcome.error);
  return {
    summary: outcome.summary,
    messages: outcome.findings.map((finding) => `${finding.messageId} ${finding.message}`),
    values: outcome.plan.entries.map((entry) => entry.draft.value),
  };
}

describe('encodings', () => {
  const tsv = `Code\tSkill Statement\tNotes\r\nC-1\t${TEXT_WITH_ACCENTS}\tnote’s\r\nC-2\tÉcrit un rapport\t\r\n`;

  it.each([
    { name: 'UTF-16 LE with BOM', bytes: utf16le(tsv), encoding: 'utf-16le', label: 'UTF-16 LE' },
    { name: 'UTF-16 BE with BOM', bytes: utf16be(tsv), encoding: 'utf-16be', label: 'UTF-16 BE' },
    { name: 'Windows-1252', bytes: windows1252(tsv), encoding: 'windows-1252', label: 'Windows-1252' },
  ])('$name is detected, converted and reported', ({ bytes, encoding, label }) => {
    const sheet = open(bytes, '/repo/skills.txt');
    expect(sheet.encoding).toBe(encoding);
    expect(sheet.delimiter).toBe('\t');
    expect(sheet.header).toEqual(['Code', 'Skill Statement', 'Notes']);
    expect(sheet.cells).toEqual([
      ['C-1', TEXT_WITH_ACCENTS, 'note’s'],
      ['C-2', 'Écrit un rapport', ''],
    ]);
    expect(sheet.rows).toEqual([2, 3]);

    const imported = importBytes(bytes, '/repo/skills.txt');
    expect(imported.summary.encoding).toBe(label);
    expect(imported.messages).toEqual([
      `encoding The file is ${label}, not UTF-8; it was converted. Save it as UTF-8 to be sure every character is right.`,
    ]);
    expect(imported.values[0]).toEqual({ id: 'C-1', statement: TEXT_WITH_ACCENTS, 'x-Notes': 'note’s' });
  });

  it('decodes every Windows-1252 character at 0x80–0x9F', () => {
    const bytes = Buffer.from(Array.from({ length: 32 }, (_, index) => 0x80 + index));
    const text = decodeText(bytes).text;
    expect(text).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');
  });

  it.each([
    { name: 'without BOM', bom: false },
    { name: 'with BOM', bom: true },
  ])('UTF-8 $name is read as is and not reported', ({ bom }) => {
    const bytes = utf8(`Code,Skill Statement\nC-1,${TEXT_WITH_ACCENTS}\n`, bom);
    const sheet = open(bytes);
    expect(sheet.encoding).toBe('utf-8');
    expect(sheet.header).toEqual(['Code', 'Skill Statement']);
    expect(sheet.cells).toEqual([['C-1', TEXT_WITH_ACCENTS]]);
    expect(importBytes(bytes).messages).toEqual([]);
  });

  it('counts columns after a BOM from the first character', () => {
    const { workspace } = lintFiles({});
    const bytes = utf8('Code,Skill Statement,Notes,Notes\nC-1,Does a thing,a,b\n', true);
    const outcome = runImport({ file: '/repo/skills.csv', bytes, columns: {}, separator: ';', workspace, outDir: '/repo/imported' });
    if ('error' in outcome) throw new Error(outcome.error);
    const source = outcome.source;
    const duplicate = outcome.findings.find((finding) => finding.messageId === 'headerDuplicate');
    expect(duplicate === undefined ? undefined : source.locate(duplicate.location).start).toEqual({ line: 1, column: 28 });
  });
});

describe('line breaks', () => {
  const lines = ['Code,Skill Statement,Notes', 'C-1,Does one thing,"first', 'second"', 'C-2,Does another thing,x'];

  it.each([
    { name: 'LF', text: `${lines.join('\n')}\n`, note: 'first\nsecond' },
    { name: 'CRLF', text: `${lines.join('\r\n')}\r\n`, note: 'first\r\nsecond' },
    { name: 'CR', text: `${lines.join('\r')}\r`, note: 'first\rsecond' },
    { name: 'mixed', text: `${lines[0]}\r\n${lines[1]}\n${lines[2]}\r${lines[3]}`, note: 'first\nsecond' },
  ])('$name: same records, true lines', ({ text, note }) => {
    const sheet = open(utf8(text));
    expect(sheet.header).toEqual(['Code', 'Skill Statement', 'Notes']);
    expect(sheet.cells).toEqual([
      ['C-1', 'Does one thing', note],
      ['C-2', 'Does another thing', 'x'],
    ]);
    expect(sheet.rows).toEqual([2, 4]);
    expect(sheet.problems).toEqual([]);
  });

  it('skips empty lines as csv-parse does and keeps the true line', () => {
    const sheet = open(utf8('Code,Skill Statement\r\n\r\nC-1,Does one thing\r\n\r\n\r\nC-2,Does another\r\n'));
    expect(sheet.cells).toEqual([
      ['C-1', 'Does one thing'],
      ['C-2', 'Does another'],
    ]);
    expect(sheet.rows).toEqual([3, 6]);
  });
});

describe('delimiters', () => {
  it.each([
    { name: 'comma', delimiter: ',' },
    { name: 'semicolon', delimiter: ';' },
    { name: 'tab', delimiter: '\t' },
    { name: 'pipe', delimiter: '|' },
  ])('$name is detected from the header', ({ delimiter }) => {
    const others = [',', ';', '\t', '|'].filter((candidate) => candidate !== delimiter);
    // Every cell contains the other candidates, so only the header's count can decide.
    const text = [
      ['Code', 'Skill Statement', 'Notes'].join(delimiter),
      ['C-1', `"Uses ${others.join(' and ')}"`, `"a${others[0]}b"`].join(delimiter),
    ].join('\n');
    const sheet = open(utf8(`${text}\n`));
    expect(sheet.delimiter).toBe(delimiter);
    expect(sheet.header).toEqual(['Code', 'Skill Statement', 'Notes']);
    expect(sheet.cells).toEqual([['C-1', `Uses ${others.join(' and ')}`, `a${others[0]}b`]]);
  });

  it('ignores delimiters inside a quoted header', () => {
    expect(open(utf8('"Code, or id";"Skill Statement"\nC-1;Does a thing\n')).delimiter).toBe(';');
  });

  it('reads a .tsv file with tabs', () => {
    const sheet = open(utf8('Code\tSkill Statement, or text\nC-1\tDoes a thing, well\n'), '/repo/skills.tsv');
    expect(sheet.delimiter).toBe('\t');
    expect(sheet.cells).toEqual([['C-1', 'Does a thing, well']]);
  });

  it('reports the delimiter it used', () => {
    expect(importBytes(utf8('Code|Skill Statement\nC-1|Does a thing\n')).summary.delimiter).toBe('|');
  });
});

describe('quotes', () => {
  it('keeps a quote inside an unquoted cell and every later record', () => {
    const sheet = open(utf8('Code,Skill Statement\nC-1,Measures a 5\'10" frame\nC-2,Picks the "right" tool\nC-3,Does a thing\n'));
    expect(sheet.cells).toEqual([
      ['C-1', 'Measures a 5\'10" frame'],
      ['C-2', 'Picks the "right" tool'],
      ['C-3', 'Does a thing'],
    ]);
    expect(sheet.problems).toEqual([]);
  });

  it('reports an unclosed quote at the record that opens it', () => {
    const bytes = utf8('Code,Skill Statement\nC-1,Does a thing\nC-2,"Never closed\nC-3,Lost in the cell\n');
    const sheet = open(bytes);
    expect(sheet.cells).toEqual([['C-1', 'Does a thing']]);
    expect(sheet.problems.map((problem) => [problem.range.start.line, problem.range.start.column, problem.message])).toEqual([
      [3, 5, 'a quote opens a cell on line 3 and is never closed, so lines 3 to 4 could not be read'],
    ]);
    const imported = importBytes(bytes);
    expect(imported.summary.records).toBe(2);
    expect(imported.summary.skipped).toBe(1);
  });
});
