/** Rows of a scores file that do not fit: each a finding on its row and cell, never a crash. */
import { describe, expect, it } from 'vitest';

import { calibrateText, programFiles } from '../helpers/program.js';
import { summarise } from '../helpers/workspace.js';

const rows = (findings: Parameters<typeof summarise>[0]) => summarise(findings).filter((line) => !line.includes(' calibration '));

describe('score-row findings', () => {
  it.each([
    [
      'a level not in the rubric',
      'Submission,Reviewer,Criterion,Level\ns1,ana,c1,competent\ns1,ben,c1,expert\n',
      [
        'scores.csv:3:11 score-row Criterion "c1" of rubric "review" has no level "expert"; its levels are not-yet, developing, competent, exemplary. The score is left out. (record 2, column "Level")',
      ],
    ],
    [
      'a misspelt level, with a suggestion',
      'Submission,Reviewer,Criterion,Level\ns1,ana,c1,competant\n',
      [
        'scores.csv:2:11 score-row Criterion "c1" of rubric "review" has no level "competant"; its levels are not-yet, developing, competent, exemplary. Did you mean "competent"? The score is left out. (record 1, column "Level")',
      ],
    ],
    [
      'a reviewer column missing',
      'Submission,Criterion,Level\ns1,c1,competent\n',
      ['scores.csv:1:1 score-row No reviewer column: the header needs one of "Reviewer", "Rater", "Assessor", "Scorer". Rename a header, or pass --map reviewer=HEADER. (header)'],
    ],
    ['an empty file', '', ['scores.csv:1:1 score-row The scores file is empty: it needs a header row and one row per score. (header)']],
    ['a header without rows', 'Submission,Reviewer,Criterion,Level\n', ['scores.csv:1:1 score-row The scores file has a header but no scores. (header)']],
    [
      'an unknown criterion',
      'Submission,Reviewer,Criterion,Level\ns1,ana,c9,competent\n',
      ['scores.csv:2:8 score-row No rubric has a criterion "c9". Did you mean "c1"? The score is left out. (record 1, column "Criterion")'],
    ],
    [
      'an unknown rubric',
      'Submission,Reviewer,Rubric,Criterion,Level\ns1,ana,reveiw,c1,competent\n',
      ['scores.csv:2:8 score-row No rubric has id "reveiw". Did you mean "review"? The score is left out. (record 1, column "Rubric")'],
    ],
    [
      'an empty reviewer cell',
      'Submission,Reviewer,Criterion,Level\ns1,,c1,competent\n',
      ['scores.csv:2:4 score-row The reviewer cell is empty, so the score is left out. (record 1, column "Reviewer")'],
    ],
    [
      'a score given twice',
      'Submission,Reviewer,Criterion,Level\ns1,ana,c1,competent\ns1,ana,c1,exemplary\n',
      ['scores.csv:3:4 score-row Reviewer "ana" scored submission "s1" on criterion "c1" again (first on line 2); only the first score counts. (record 2, column "Reviewer")'],
    ],
    [
      'a row with too few cells',
      'Submission,Reviewer,Criterion,Level\ns1,ana\n',
      [
        'scores.csv:2:1 csv-syntax The record has 2 cells but the header has 4. (record 1)',
        'scores.csv:2:1 score-row The criterion cell is empty, so the score is left out. (record 1, column "Criterion")',
      ],
    ],
    [
      'a quoted cell over two lines',
      'Submission,Reviewer,Criterion,Level\n"s1\nsecond line",ana,c1,great\n',
      [
        'scores.csv:3:21 score-row Criterion "c1" of rubric "review" has no level "great"; its levels are not-yet, developing, competent, exemplary. The score is left out. (record 1, column "Level")',
      ],
    ],
  ])('%s', (_name, csv, expected) => {
    expect(rows(calibrateText(csv).findings)).toEqual(expected);
  });
});

describe('reading scores', () => {
  it('matches headers as sheets do and levels by id, name or points', () => {
    const csv = 'sample_id;MARKER;Rubric criterion;Score\ns1;ana;c1;competent\ns1;ben;c1;Competent\ns1;chen;c1;2\ns2;ana;c1;0\ns2;ben;c1;not-yet\n';
    const result = calibrateText(csv);
    expect(rows(result.findings)).toEqual([]);
    expect(result.report.totals.scores).toBe(5);
    expect(result.report.criteria[0]?.alpha).toBe(1);
  });

  it('takes a column named with --map', () => {
    const csv = 'Work,Who,What,Level\ns1,ana,c1,competent\n';
    const result = calibrateText(csv, { map: { submission: 'Work', reviewer: 'Who', criterion: 'What' } });
    expect(rows(result.findings)).toEqual([]);
    expect(result.report.totals.scores).toBe(1);
  });

  it('reports a mapped header the file lacks', () => {
    const result = calibrateText('Submission,Reviewer,Criterion,Level\ns1,ana,c1,competent\n', { map: { reviewer: 'Marker' } });
    expect([...result.unmatched]).toEqual([['reviewer', 'Marker']]);
  });

  it('reads bytes that are not UTF-8 without crashing', () => {
    const bytes = Uint8Array.from([...Buffer.from('Submission,Reviewer,Criterion,Level\ns1,'), 0xff, 0xfe, ...Buffer.from(',c1,competent\n')]);
    expect(calibrateText(bytes).report.totals.scores).toBe(1);
  });

  it('uses thresholds from the config', () => {
    const config = `${programFiles()['badgemap.yaml'] as string}  calibration: { reliable: 0.5, tentative: 0.2 }\n`;
    const csv = 'Submission,Reviewer,Criterion,Level\ns1,ana,c1,competent\ns1,ben,c1,exemplary\ns2,ana,c1,not-yet\ns2,ben,c1,not-yet\ns3,ana,c1,developing\ns3,ben,c1,developing\n';
    const result = calibrateText(csv, { config });
    expect(result.report.thresholds).toEqual({ reliable: 0.5, tentative: 0.2 });
    expect(result.report.criteria[0]?.verdict).toBe('reliable');
  });
});

