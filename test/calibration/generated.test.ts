/**
 * A calibration session of realistic size, generated here: 40 submissions, 5 reviewers and
 * the 6 criteria of the fixture rubric, each criterion built to give one verdict.
 */
import { describe, expect, it } from 'vitest';

import { calibrateText } from '../helpers/program.js';
import { seededRandom } from '../helpers/random.js';
import { summarise } from '../helpers/workspace.js';

const LEVELS = ['not-yet', 'developing', 'competent', 'exemplary'];
const REVIEWERS = ['ana', 'ben', 'chen', 'dara', 'eli'];
const SUBMISSIONS = Array.from({ length: 40 }, (_, index) => `s-${String(index + 1).padStart(2, '0')}`);

/** The level reviewer `r` gives submission `s` on each criterion, or `undefined` for no score. */
const PLANS: Record<string, (s: number, r: number, random: () => number) => number | undefined> = {
  // One reviewer in ten steps one level off, and s-07 is scored on every level: reliable.
  c1: (s, r) => (s === 6 ? [0, 1, 2, 3, 3][r] : offBy(s, r, 10)),
  // One score in three is one level off: tentative.
  c2: (s, r) => offBy(s, r, 3),
  // Levels drawn at random: unreliable.
  c3: (_s, _r, random) => Math.floor(random() * 4),
  // Everyone gives every submission the same level: not computable.
  c4: () => 2,
  // As c1 without s-07, and every reviewer skips one submission in five: reliable.
  c5: (s, r) => ((s + r) % 5 === 0 ? undefined : offBy(s, r, 10)),
  // eli scores one level lower than everyone else.
  c6: (s, r) => Math.max(0, (s % 4) - (r === 4 ? 1 : 0)),
};

function offBy(s: number, r: number, every: number): number {
  const truth = s % 4;
  if ((s * 5 + r) % every !== 0) return truth;
  return truth === 3 ? 2 : truth + 1;
}

function generateScores(): string {
  const random = seededRandom(20261204);
  const lines = ['Submission,Reviewer,Criterion,Level'];
  for (const [criterion, plan] of Object.entries(PLANS)) {
    SUBMISSIONS.forEach((submission, s) => {
      REVIEWERS.forEach((reviewer, r) => {
        const level = plan(s, r, random);
        lines.push(`${submission},${reviewer},${criterion},${level === undefined ? '' : LEVELS[level]}`);
      });
    });
  }
  return `${lines.join('\n')}\n`;
}

describe('calibrate on a generated session', () => {
  const result = calibrateText(generateScores());
  const byCriterion = new Map(result.report.criteria.map((criterion) => [criterion.target.criterion.id, criterion]));

  it('reads every score and counts missing ones', () => {
    expect(result.report.totals).toEqual({ scores: 6 * 40 * 5 - 40, submissions: 40, reviewers: 5, missingScores: 40 });
    expect(summarise(result.findings, 'score-row')).toEqual([]);
  });

  it.each([
    ['c1', 'reliable'],
    ['c2', 'tentative'],
    ['c3', 'unreliable'],
    ['c4', 'not computable'],
    ['c5', 'reliable'],
  ])('gives %s the verdict %s', (criterion, verdict) => {
    expect(byCriterion.get(criterion)?.verdict).toBe(verdict);
  });

  it('computes alpha within each band', () => {
    expect(byCriterion.get('c1')?.alpha).toBeGreaterThanOrEqual(0.8);
    expect(byCriterion.get('c2')?.alpha).toBeGreaterThanOrEqual(0.667);
    expect(byCriterion.get('c2')?.alpha).toBeLessThan(0.8);
    expect(byCriterion.get('c3')?.alpha).toBeLessThan(0.2);
    expect(byCriterion.get('c4')?.alpha).toBeNull();
    expect(byCriterion.get('c4')?.reason).toBe('no-variation');
  });

  it('keeps missing scores out of alpha', () => {
    const c5 = byCriterion.get('c5');
    expect(c5?.scores).toBe(160);
    expect(c5?.pairable).toBe(160);
  });

  it('lists the widest disagreement first', () => {
    const first = byCriterion.get('c1')?.disagreements[0];
    expect(first?.submission).toBe('s-07');
    expect(first?.spread).toBe(3);
    expect(first?.levels).toEqual([
      { reviewer: 'ana', level: 'not-yet' },
      { reviewer: 'ben', level: 'developing' },
      { reviewer: 'chen', level: 'competent' },
      { reviewer: 'dara', level: 'exemplary' },
      { reviewer: 'eli', level: 'exemplary' },
    ]);
    expect(byCriterion.get('c1')?.disagreements).toHaveLength(3);
    expect(byCriterion.get('c4')?.disagreements).toEqual([]);
  });

  it('shows the harsh reviewer agreeing least', () => {
    const reviewers = new Map(result.report.reviewers.map((reviewer) => [reviewer.reviewer, reviewer]));
    const eli = reviewers.get('eli');
    for (const name of ['ana', 'ben', 'chen', 'dara']) {
      expect(eli?.exact).toBeLessThan(reviewers.get(name)?.exact as number);
    }
    const c6 = (name: string) => reviewers.get(name)?.criteria.find((criterion) => criterion.criterion === 'c6');
    expect(c6('ana')?.kappa).toBe(1);
    expect(c6('eli')?.kappa).toBeLessThan(1);
    expect(c6('eli')?.comparisons).toBe(40);
  });

  it('reports each verdict on its criterion with its severity', () => {
    const calibration = result.findings.filter((finding) => finding.ruleId === 'calibration');
    expect(calibration.map((finding) => [finding.messageId, finding.severity, finding.range.start.line])).toEqual([
      ['tentative', 'info', 29],
      ['unreliable', 'warn', 30],
      ['notComputable', 'info', 31],
    ]);
    expect(calibration[1]?.message).toContain('Discuss "s-');
  });
});
