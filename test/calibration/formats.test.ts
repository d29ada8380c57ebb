/** Scores in the other formats the sheet reader knows: XLSX worksheets and UTF-16 text. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

import { readWorkbook } from '../../src/source/xlsx-source.js';
import { calibrateText, statsText } from '../helpers/program.js';
import { summarise } from '../helpers/workspace.js';

async function workbookBytes(sheets: Record<string, (string | number | Date)[][]>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) workbook.addWorksheet(name).addRows(rows);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('calibrate on an XLSX workbook', () => {
  it('reads the named worksheet and reports a bad cell by its row', async () => {
    const bytes = await workbookBytes({
      Notes: [['Nothing to see']],
      Scores: [
        ['Submission', 'Reviewer', 'Criterion', 'Level'],
        ['s1', 'ana', 'c1', 'competent'],
        ['s1', 'ben', 'c1', 2],
        ['s1', 'chen', 'c1', 'expert'],
      ],
    });
    const workbook = await readWorkbook(bytes);
    const result = calibrateText(bytes, { name: 'scores.xlsx', workbook, sheet: 'Scores' });
    expect(result.report.totals.scores).toBe(2);
    expect(summarise(result.findings, 'score-row')).toEqual([
      'scores.xlsx:4:4 score-row Criterion "c1" of rubric "review" has no level "expert"; its levels are not-yet, developing, competent, exemplary. The score is left out. (sheet "Scores", cell D4, record 3, column "Level")',
    ]);
  });
});

describe('stats on an XLSX workbook', () => {
  it('reads dates typed as dates', async () => {
    const bytes = await workbookBytes({
      Results: [
        ['Learner', 'Badge', 'Passed', 'Date'],
        ['l1', 'steady', 'yes', new Date(Date.UTC(2026, 2, 31))],
        ['l2', 'steady', 'no', '2026-04-01'],
      ],
    });
    const result = statsText(bytes, { name: 'results.xlsx', workbook: await readWorkbook(bytes) });
    expect(summarise(result.findings)).toEqual([]);
    expect(result.report.periods).toEqual(['2026-Q1', '2026-Q2']);
  });
});

describe('calibrate on UTF-16 text', () => {
  it('reads a file saved as Unicode text with a note', () => {
    const text = 'Submission\tReviewer\tCriterion\tLevel\ns1\tAnaïs\tc1\tcompetent\ns1\tBjörn\tc1\tcompetent\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const result = calibrateText(bytes);
    expect(result.report.reviewers.map((reviewer) => reviewer.reviewer)).toEqual(['Anaïs', 'Björn']);
    expect(summarise(result.findings, 'csv-syntax')).toEqual([
      'scores.csv:1:1 csv-syntax The sheet is UTF-16 LE, not UTF-8; it was read as UTF-16 LE. Save it as UTF-8 to be sure every character is right. (header)',
    ]);
  });
});
