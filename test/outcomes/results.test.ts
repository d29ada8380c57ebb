/** Rows of a results file that do not fit: each a finding on its row and cell, never a crash. */
import { describe, expect, it } from 'vitest';

import { statsText } from '../helpers/program.js';
import { summarise } from '../helpers/workspace.js';

const HEADER = 'Learner,Badge,Criterion,Competency,Passed,Level,Date';
const rows = (csv: string) => summarise(statsText(csv).findings).filter((line) => !line.includes(' pass-rate '));

describe('result-row findings', () => {
  it.each([
    [
      'a date that is not a date',
      `${HEADER}\nl1,steady,,,yes,,2026-02-30\nl2,steady,,,yes,,03/04/2026\nl3,steady,,,yes,,next week\n`,
      [
        'results.csv:2:18 result-row "2026-02-30" is not a date: write it as YYYY-MM-DD. The outcome is left out. (record 1, column "Date")',
        'results.csv:3:18 result-row "03/04/2026" is not a date: write it as YYYY-MM-DD. The outcome is left out. (record 2, column "Date")',
        'results.csv:4:18 result-row "next week" is not a date: write it as YYYY-MM-DD. The outcome is left out. (record 3, column "Date")',
      ],
    ],
    [
      'a date after today',
      `${HEADER}\nl1,steady,,,yes,,2027-01-02T09:00:00Z\n`,
      ['results.csv:2:18 result-row The date 2027-01-02 is after today (2026-12-04); check it, or pass --today. The outcome is left out. (record 1, column "Date")'],
    ],
    ['an empty file', '', ['results.csv:1:1 result-row The results file is empty: it needs a header row and one row per outcome. (header)']],
    [
      'a date column missing',
      'Learner,Badge,Passed\nl1,steady,yes\n',
      ['results.csv:1:1 result-row No date column: the header needs one of "Date", "Assessed", "Assessed On", "Assessment Date". Rename a header, or pass --map date=HEADER. (header)'],
    ],
    [
      'neither a passed nor a level column',
      'Learner,Badge,Date\nl1,steady,2026-01-01\n',
      ['results.csv:1:1 result-row No passed or level column: the header needs one of "Passed", "Pass", "Level", "Level id". Rename a header, or pass --map passed=HEADER or --map level=HEADER. (header)'],
    ],
    [
      'an unknown badge, once for all its rows',
      `${HEADER}\nl1,stedy,,,yes,,2026-01-01\nl2,stedy,,,no,,2026-01-02\nl3,stedy,,,yes,,2026-01-03\n`,
      ['results.csv:2:4 result-row No badge has id "stedy" (3 rows, the first here). Did you mean "steady"? They are left out. (record 1, column "Badge")'],
    ],
    [
      'a passed value that is not one',
      `${HEADER}\nl1,steady,,,maybe,,2026-01-01\n`,
      ['results.csv:2:13 result-row "maybe" is not a pass or fail value: use yes or no, true or false, pass or fail, 1 or 0. The outcome is left out. (record 1, column "Passed")'],
    ],
    [
      'a level not in the rubric',
      `${HEADER}\nl1,scored,c1,,,superb,2026-01-01\n`,
      [
        'results.csv:2:16 result-row Criterion "c1" of rubric "review" has no level "superb"; its levels are not-yet, developing, competent, exemplary. The outcome is left out. (record 1, column "Level")',
      ],
    ],
    [
      'a level without a criterion',
      `${HEADER}\nl1,steady,,,,competent,2026-01-01\n`,
      [
        'results.csv:2:14 result-row Level "competent" needs a criterion or competency to say which rubric scale it is on; give one or a passed value. The outcome is left out. (record 1, column "Level")',
      ],
    ],
    [
      'a criterion of a badge without a rubric',
      `${HEADER}\nl1,steady,c1,,yes,,2026-01-01\n`,
      ['results.csv:2:11 result-row Badge "steady" has no rubric, so criterion "c1" names no competency (1 row, the first here). They are left out. (record 1, column "Criterion")'],
    ],
    [
      'a criterion not in the rubric',
      `${HEADER}\nl1,scored,c7,,yes,,2026-01-01\n`,
      ['results.csv:2:11 result-row Rubric "review" of badge "scored" has no criterion "c7" (1 row, the first here). Did you mean "c1"? They are left out. (record 1, column "Criterion")'],
    ],
    [
      'a competency the badge does not certify',
      `${HEADER}\nl1,easy,,k4,yes,,2026-01-01\n`,
      ['results.csv:2:10 result-row Badge "easy" does not certify competency "k4" (1 row, the first here); they still count for the competency. (record 1, column "Competency")'],
    ],
    [
      'an empty learner cell',
      `${HEADER}\n,steady,,,yes,,2026-01-01\n`,
      ['results.csv:2:1 result-row The learner cell is empty, so the outcome is left out. (record 1, column "Learner")'],
    ],
  ])('%s', (_name, csv, expected) => {
    expect(rows(csv)).toEqual(expected);
  });

  it('gives the competency finding warning severity', () => {
    const findings = statsText(`${HEADER}\nl1,easy,,k4,yes,,2026-01-01\n`).findings;
    expect(findings.map((finding) => finding.severity)).toEqual(['warn']);
  });
});

describe('reading results', () => {
  it('reads date-times by their calendar date and periods by month', () => {
    const csv = `${HEADER}\nl1,steady,,,yes,,2026-01-31T23:30:00-05:00\nl2,steady,,,no,,2026/03/01\n`;
    const result = statsText(csv, { overrides: { period: 'month' } });
    expect(rows(csv)).toEqual([]);
    expect(result.report.periods).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(result.report.badges[0]?.periods.map((period) => period.outcomes)).toEqual([1, 0, 1]);
  });

  it('lets a row for the whole badge decide its attempt', () => {
    const csv = `${HEADER}\nl1,scored,c1,,,not-yet,2026-01-01\nl1,scored,,,yes,,2026-01-01\n`;
    const result = statsText(csv);
    expect(result.report.badges[0]?.passed).toBe(1);
    expect(result.report.competencies[0]?.passed).toBe(0);
  });

  it('accepts a semicolon-separated export with other headers', () => {
    const csv = 'Student;Credential;Result;Assessment date\nl1;steady;Passed;2026-01-01\nl2;steady;Failed;2026-01-01\n';
    const result = statsText(csv);
    expect(summarise(result.findings)).toEqual([]);
    expect(result.report.badges[0]?.rate).toBe(0.5);
  });
});
