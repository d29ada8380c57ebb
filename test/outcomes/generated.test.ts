/**
 * A results file of realistic size, generated here: 10,000 outcomes over the eight quarters
 * of 2025 and 2026, each badge and competency built to give known rates and findings.
 */
import { describe, expect, it } from 'vitest';

import { compareText } from '../../src/finding.js';
import { programFiles, statsText } from '../helpers/program.js';
import { summarise } from '../helpers/workspace.js';

const QUARTERS = 8;
const PASSING_LEVELS = ['competent', 'Exemplary'];
const FAILING_LEVELS = ['developing', '0'];
const HEADER = 'Learner,Badge,Criterion,Competency,Passed,Level,Date';

/** Returns a date in quarter `q` (0 is 2025-Q1), spread over its months and days. */
function dateIn(q: number, i: number): string {
  const year = 2025 + Math.floor(q / 4);
  const month = (q % 4) * 3 + 1 + (i % 3);
  return `${year}-${String(month).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
}

/** Badge-level rows: `passes[q]` of `count` pass in quarter q. */
function badgeRows(badge: string, count: number, passes: readonly number[]): string[] {
  const lines: string[] = [];
  for (let q = 0; q < QUARTERS; q++) {
    for (let i = 0; i < count; i++) lines.push(`${badge}-${q}-${i},${badge},,,${i < (passes[q] ?? 0) ? 'yes' : 'no'},,${dateIn(q, i)}`);
  }
  return lines;
}

/**
 * Builds the rows of the scored badge: 70 attempts a quarter, each with a level on all six criteria. The first
 * five attempts fail c2 to c6; c1 passes attempts 5 to 60 (80%) until 2026-Q2 and 5 to 39
 * (50%) after, so the badge and competency k1 drop 30 points in 2026-Q3.
 */
function scoredRows(): string[] {
  const lines: string[] = [];
  for (let q = 0; q < QUARTERS; q++) {
    for (let a = 0; a < 70; a++) {
      const learner = `scored-${q}-${a}`;
      const c1Passes = a >= 5 && a < (q < 6 ? 61 : 40);
      for (let c = 1; c <= 6; c++) {
        const passes = c === 1 ? c1Passes : a >= 5;
        // Levels by id, by name in another case, and by points, as exports write them.
        const level = passes ? PASSING_LEVELS[a % 2] : FAILING_LEVELS[a % 2];
        lines.push(`${learner},scored,c${c},,,${level},${dateIn(q, a)}`);
      }
    }
  }
  return lines;
}

/** Competency rows for k6 under the steady badge: 53 of 70 pass every quarter. */
function competencyRows(): string[] {
  const lines: string[] = [];
  for (let q = 0; q < QUARTERS; q++) {
    for (let i = 0; i < 70; i++) lines.push(`k6-${q}-${i},steady,,k6,${i < 53 ? 'pass' : 'fail'},,${dateIn(q, i)}`);
  }
  return lines;
}

function generateResults(): string {
  const lines = [
    HEADER,
    ...badgeRows('steady', 300, Array(QUARTERS).fill(210)),
    ...badgeRows('easy', 250, [150, 155, 160, 165, 170, 175, 225, 243]),
    ...badgeRows('hard', 200, [80, 76, 70, 64, 58, 54, 50, 44]),
    ...badgeRows('thin', 10, [0, 10, 0, 10, 0, 10, 0, 10]),
    ...scoredRows(),
    ...competencyRows(),
  ];
  return `${lines.join('\n')}\n`;
}

describe('stats on a generated results file', () => {
  const csv = generateResults();
  const result = statsText(csv, { today: '2027-01-15' });
  const badge = (id: string) => result.report.badges.find((series) => series.id === id);
  const competency = (id: string) => result.report.competencies.find((series) => series.id === id);

  it('reads all 10,000 outcomes without a finding', () => {
    expect(csv.trim().split('\n')).toHaveLength(10_001);
    expect(result.report.totals.outcomes).toBe(10_000);
    expect(summarise(result.findings, 'result-row')).toEqual([]);
    expect(result.report.periods).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
  });

  it('reports exactly the constructed crossings and drifts', () => {
    expect(summarise(result.findings, 'pass-rate')).toEqual([
      'program.yaml:9:9 pass-rate Badge "scored" pass rate moved from 80.0% in 2026-Q2 to 50.0% in 2026-Q3 (-30.0 points), more than the 15.0 points allowed.',
      'program.yaml:15:11 pass-rate Badge "easy" pass rate 97.2% in 2026-Q4 is above the band maximum 95.0% (243 of 250 passed).',
      'program.yaml:15:11 pass-rate Badge "easy" pass rate moved from 70.0% in 2026-Q2 to 90.0% in 2026-Q3 (+20.0 points), more than the 15.0 points allowed.',
      'program.yaml:16:11 pass-rate Badge "hard" pass rate 22.0% in 2026-Q4 is below the band minimum 30.0% (44 of 200 passed).',
      'program.yaml:16:11 pass-rate Badge "hard" pass rate 25.0% in 2026-Q3 is below the band minimum 30.0% (50 of 200 passed).',
      'program.yaml:16:11 pass-rate Badge "hard" pass rate 27.0% in 2026-Q2 is below the band minimum 30.0% (54 of 200 passed).',
      'program.yaml:16:11 pass-rate Badge "hard" pass rate 29.0% in 2026-Q1 is below the band minimum 30.0% (58 of 200 passed).',
      'program.yaml:2:11 pass-rate Competency "k1" pass rate moved from 80.0% in 2026-Q2 to 50.0% in 2026-Q3 (-30.0 points), more than the 15.0 points allowed.',
    ].sort(byPosition));
  });

  it('derives badge attempts from criterion levels', () => {
    expect(badge('scored')?.outcomes).toBe(8 * 70);
    expect(badge('scored')?.periods.map((period) => period.passed)).toEqual([56, 56, 56, 56, 56, 56, 35, 35]);
    expect(competency('k2')?.rate).toBeCloseTo(65 / 70, 12);
  });

  it('pools criterion and competency rows of one competency', () => {
    expect(competency('k6')?.outcomes).toBe(8 * 140);
    expect(competency('k6')?.periods[0]?.passed).toBe(65 + 53);
  });

  it('keeps thin periods quiet but shows their rates', () => {
    const thin = badge('thin');
    expect(thin?.periods.map((period) => period.rate)).toEqual([0, 1, 0, 1, 0, 1, 0, 1]);
    expect(thin?.periods.every((period) => !period.enough)).toBe(true);
    expect(thin?.signals).toEqual([]);
  });

  it('lets command-line thresholds win', () => {
    const relaxed = statsText(csv, { today: '2027-01-15', overrides: { maxChange: 0.35, minRate: 0.2, maxRate: 0.98 } });
    expect(summarise(relaxed.findings, 'pass-rate')).toEqual([]);
  });

  it('reads pass-rate options from the config', () => {
    const config = `${programFiles()['badgemap.yaml'] as string}  pass-rate: { minRate: 0.1, maxRate: 1, maxChange: 0.5, period: month }\n`;
    const configured = statsText(csv, { config, today: '2027-01-15' });
    expect(configured.report.period).toBe('month');
    expect(configured.report.periods).toHaveLength(24);
    expect(summarise(configured.findings, 'pass-rate')).toEqual([]);
  });
});

/** Orders summary lines as findings are ordered: by line, then column, then message. */
function byPosition(a: string, b: string): number {
  const position = (line: string) => line.split(' ')[0]?.split(':').slice(1).map(Number) ?? [];
  const [lineA = 0, columnA = 0] = position(a);
  const [lineB = 0, columnB = 0] = position(b);
  return lineA - lineB || columnA - columnB || compareText(a, b);
}
