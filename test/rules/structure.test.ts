import { describe, expect, it } from 'vitest';

import { addMonths, daysBetween } from '../../src/util/dates.js';
import { lintFiles, summarise } from '../helpers/workspace.js';

const CONFIG = 'issuer: { id: https://b.example.org/i.json, name: I, url: https://example.org, email: a@example.org }\nbaseUrl: https://b.example.org/\n';

function findings(ruleId: string, files: Record<string, string>, today?: string): string[] {
  return summarise(lintFiles(files, today === undefined ? {} : { today }).findings, ruleId);
}

function rubric(criteria: string, passing = ''): string {
  return `kind: rubric\nid: r\nname: R\ncriteria:\n${criteria}${passing}`;
}

const LEVELS = '    levels: [{ id: no, name: No, points: 0 }, { id: yes, name: Yes, points: 2 }]\n';

describe('rubric-levels', () => {
  it.each([
    ['no criteria', 'kind: rubric\nid: r\nname: R\ncriteria: []\n', ['r.yaml:2:5 rubric-levels Rubric "r" has no criteria, so it scores nothing. Add a criterion for each competency it assesses.']],
    ['one level', rubric('  - id: k\n    competency: c\n    levels: [{ id: yes, name: Yes, points: 1 }]\n'), ['r.yaml:7:13 rubric-levels Criterion "k" has only one level; a criterion needs at least two levels to tell performances apart.']],
    ['no levels', rubric('  - id: k\n    competency: c\n    levels: []\n'), ['r.yaml:7:5 rubric-levels Criterion "k" has no levels; a criterion needs at least two levels to tell performances apart.']],
    ['points going down', rubric('  - id: k\n    competency: c\n    levels: [{ id: yes, name: Yes, points: 2 }, { id: no, name: No, points: 0 }]\n'), ['r.yaml:7:77 rubric-levels Level "no" of criterion "k" has 0 points, not more than "yes" before it (2). List levels from low to high with strictly increasing points.']],
    ['equal points', rubric('  - id: k\n    competency: c\n    levels: [{ id: a, name: A, points: 1 }, { id: b, name: B, points: 1 }]\n'), ['r.yaml:7:71 rubric-levels Level "b" of criterion "k" has 1 point, not more than "a" before it (1). List levels from low to high with strictly increasing points.']],
    ['duplicate level ids', rubric('  - id: k\n    competency: c\n    levels: [{ id: a, name: A, points: 0 }, { id: a, name: B, points: 1 }]\n'), ['r.yaml:7:51 rubric-levels Criterion "k" has level id "a" more than once.']],
    ['duplicate criterion ids', rubric(`  - id: k\n    competency: c\n${LEVELS}  - id: k\n    competency: c\n${LEVELS}`), ['r.yaml:8:9 rubric-levels Rubric "r" has criterion id "k" more than once.']],
    ['missing passing level', rubric(`  - id: k\n    competency: c\n${LEVELS}`, 'passing: { everyCriterionAtLeast: meets }\n'), ['r.yaml:5:9 rubric-levels Criterion "k" has no level "meets", which passing.everyCriterionAtLeast requires of every criterion. Levels: no, yes.']],
    ['unreachable minimum', rubric(`  - id: k\n    competency: c\n${LEVELS}`, 'passing: { minimumPoints: 5 }\n'), ['r.yaml:8:27 rubric-levels passing.minimumPoints is 5, but the highest total rubric "r" can award is 2; no submission can pass.']],
    ['a rule everyone passes', rubric(`  - id: k\n    competency: c\n${LEVELS}`, 'passing: { minimumPoints: 0 }\n'), ['r.yaml:8:1 rubric-levels Rubric "r" passes every submission: the lowest levels already total 0 points and meet every requirement. Raise minimumPoints or set everyCriterionAtLeast.']],
  ])('reports %s', (_, yaml, expected) => {
    expect(findings('rubric-levels', { 'r.yaml': yaml })).toEqual(expected);
  });

  it('gives a rule everyone passes a warning', () => {
    const { findings: all } = lintFiles({ 'r.yaml': rubric(`  - id: k\n    competency: c\n${LEVELS}`, 'passing: { minimumPoints: 0 }\n') });
    expect(all.filter((finding) => finding.ruleId === 'rubric-levels').map((finding) => finding.severity)).toEqual(['warn']);
  });

  it.each([
    ['a sound rubric', rubric(`  - id: k\n    competency: c\n${LEVELS}`, 'passing: { minimumPoints: 2, everyCriterionAtLeast: yes }\n')],
    ['no passing rule', rubric(`  - id: k\n    competency: c\n${LEVELS}`)],
    ['a level requirement above the lowest', rubric(`  - id: k\n    competency: c\n${LEVELS}`, 'passing: { everyCriterionAtLeast: yes }\n')],
  ])('accepts %s', (_, yaml) => {
    expect(findings('rubric-levels', { 'r.yaml': yaml })).toEqual([]);
  });
});

describe('stale-review', () => {
  const competency = (review: string) => `kind: competency\nid: c\nstatement: Detects flaws in a web app\nreview: ${review}\n`;

  it.each([
    ['overdue with its own cadence', '{ last: 2024-05-01, cadenceMonths: 12 }', 'Last reviewed on 2024-05-01; with a 12-month cadence the next review was due on 2025-05-01, 582 days before 2026-12-04. Review the competency and update review.last.'],
    ['overdue by one day', '{ last: 2025-12-03, cadenceMonths: 12 }', 'Last reviewed on 2025-12-03; with a 12-month cadence the next review was due on 2026-12-03, 1 day before 2026-12-04. Review the competency and update review.last.'],
    ['a month-end review', '{ last: 2026-01-31, cadenceMonths: 1 }', 'Last reviewed on 2026-01-31; with a 1-month cadence the next review was due on 2026-02-28, 279 days before 2026-12-04. Review the competency and update review.last.'],
    ['a date after today', '{ last: 2027-01-01 }', 'The review date 2027-01-01 is after today (2026-12-04). Record the date the review took place.'],
  ])('reports %s', (_, review, message) => {
    expect(findings('stale-review', { 'c.yaml': competency(review) })).toEqual([`c.yaml:4:17 stale-review ${message}`]);
  });

  it('reports a review without a date', () => {
    expect(findings('stale-review', { 'c.yaml': competency('{ by: [sme] }') })).toEqual([
      'c.yaml:4:1 stale-review The review record has no "last" date, so its age cannot be checked. Add last: YYYY-MM-DD.',
    ]);
  });

  it('uses the config cadence and --today', () => {
    const files = { 'badgemap.yaml': `${CONFIG}review: { cadenceMonths: 6 }\n`, 'c.yaml': competency('{ last: 2026-03-01 }') };
    expect(findings('stale-review', files)).toHaveLength(1);
    expect(findings('stale-review', files, '2026-09-01')).toEqual([]);
  });

  it.each([
    ['within its cadence', '{ last: 2026-03-01, cadenceMonths: 12 }'],
    ['due today', '{ last: 2025-12-04, cadenceMonths: 12 }'],
    ['without any cadence', '{ last: 2019-01-01 }'],
  ])('accepts a review %s', (_, review) => {
    expect(findings('stale-review', { 'c.yaml': competency(review) })).toEqual([]);
  });

  it('reports missing reviews with requireReview', () => {
    const files = { 'badgemap.yaml': `${CONFIG}rules: { stale-review: { requireReview: true } }\n`, 'c.yaml': 'kind: competency\nid: c\nstatement: Detects flaws\n' };
    expect(findings('stale-review', files)).toEqual(['c.yaml:2:5 stale-review Competency "c" has no review record. Add review: { last: YYYY-MM-DD } after its next review.']);
  });

  it('checks badges, rubrics and modules too', () => {
    const review = 'review: { last: 2020-01-01, cadenceMonths: 12 }\n';
    const yaml = `kind: badge\nid: b\nname: B\ndescription: D\ncompetencies: []\n${review}---\nkind: rubric\nid: r\nname: R\ncriteria: []\n${review}---\nkind: module\nid: m\nname: M\ncompetencies: []\n${review}`;
    expect(findings('stale-review', { 'd.yaml': yaml })).toHaveLength(3);
  });
});

describe('calendar arithmetic', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-03-15', 12, '2027-03-15'],
    ['2026-11-30', 3, '2027-02-28'],
  ])('%s plus %i months is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('counts days across a leap year', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-03-01', '2026-02-28')).toBe(-1);
  });
});

describe('module-scope', () => {
  it('reports length, scope and missing evidence', () => {
    const yaml = 'kind: module\nid: m\nname: M\ncompetencies: [a, b]\ndurationMinutes: 90\n';
    expect(findings('module-scope', { 'm.yaml': yaml })).toEqual([
      'm.yaml:2:5 module-scope Module "m" produces no evidence. List under "produces" the evidence types the learner leaves the module with.',
      'm.yaml:4:15 module-scope Module "m" targets 2 competencies; a module targets at most 1. Split it so each module practises one.',
      'm.yaml:5:18 module-scope Module "m" takes 90 minutes, more than 45. Split it into modules that each fit one sitting.',
    ]);
  });

  it('reports a module that is too short', () => {
    const yaml = 'kind: module\nid: m\nname: M\ncompetencies: [a]\ndurationMinutes: 5\nproduces: [report]\n';
    expect(findings('module-scope', { 'm.yaml': yaml })).toEqual([
      'm.yaml:5:18 module-scope Module "m" takes 5 minutes, less than 15; that is too short to practise a competency. Merge it with a neighbouring module.',
    ]);
  });

  it('accepts a focused module, and reads limits from options', () => {
    const yaml = 'kind: module\nid: m\nname: M\ncompetencies: [a]\ndurationMinutes: 60\nproduces: [report]\n';
    expect(findings('module-scope', { 'm.yaml': yaml.replace('60', '30') })).toEqual([]);
    expect(findings('module-scope', { 'badgemap.yaml': `${CONFIG}rules: { module-scope: { maxMinutes: 60 } }\n`, 'm.yaml': yaml })).toEqual([]);
  });
});

describe('redundant-prerequisite', () => {
  const badges = (lines: string) => `badges:\n  - { id: a, name: A, description: A., competencies: [] }\n${lines}`;

  it('reports a prerequisite implied through a chain', () => {
    const yaml = badges(
      '  - { id: b, name: B, description: B., competencies: [], prerequisites: [a] }\n' +
        '  - { id: c, name: C, description: C., competencies: [], prerequisites: [b] }\n' +
        '  - { id: d, name: D, description: D., competencies: [], prerequisites: [c, a] }\n',
    );
    expect(findings('redundant-prerequisite', { 'b.yaml': yaml })).toEqual([
      'b.yaml:5:77 redundant-prerequisite Prerequisite "a" is already required through "c" (d → c → b → a). Remove it, so the pathway states each step once.',
    ]);
  });

  it('reports a duplicate and a satisfied group', () => {
    const yaml = badges(
      '  - { id: b, name: B, description: B., competencies: [] }\n' +
        '  - { id: c, name: C, description: C., competencies: [], prerequisites: [a, a, { anyOf: [a, b] }] }\n',
    );
    expect(findings('redundant-prerequisite', { 'b.yaml': yaml })).toEqual([
      'b.yaml:4:77 redundant-prerequisite Prerequisite "a" is listed more than once.',
      'b.yaml:4:80 redundant-prerequisite This group is already satisfied: the other prerequisites require 1 of its badges, and it needs 1. Remove it, or change it.',
    ]);
  });

  it('finds implied steps along a long pathway', () => {
    const lines = ['badges:'];
    for (let n = 0; n < 300; n++) {
      const prerequisites = n >= 2 ? `[b${n - 1}, b${n - 2}]` : n === 1 ? '[b0]' : '[]';
      lines.push(`  - { id: b${n}, name: B, description: B., competencies: [], prerequisites: ${prerequisites} }`);
    }
    const reported = lintFiles({ 'b.yaml': `${lines.join('\n')}\n` }).findings.filter((finding) => finding.ruleId === 'redundant-prerequisite');
    expect(reported).toHaveLength(298);
    expect(reported[0]?.message).toBe('Prerequisite "b0" is already required through "b1" (b2 → b1 → b0). Remove it, so the pathway states each step once.');
  });

  it('accepts choices and survives cycles', () => {
    const yaml = badges(
      '  - { id: b, name: B, description: B., competencies: [], prerequisites: [c] }\n' +
        '  - { id: c, name: C, description: C., competencies: [], prerequisites: [b] }\n' +
        '  - { id: d, name: D, description: D., competencies: [], prerequisites: [{ anyOf: [a, b] }, c] }\n',
    );
    expect(findings('redundant-prerequisite', { 'b.yaml': yaml })).toEqual([
      'b.yaml:5:74 redundant-prerequisite This group is already satisfied: the other prerequisites require 1 of its badges, and it needs 1. Remove it, or change it.',
    ]);
    expect(findings('prerequisite-cycle', { 'b.yaml': yaml })).toHaveLength(2);
  });
});

describe('prerequisite-level', () => {
  it('reports a higher prerequisite and an impossible group', () => {
    const yaml =
      'badges:\n  - { id: a, name: A, description: A., competencies: [], level: 3 }\n' +
      '  - { id: b, name: B, description: B., competencies: [], level: 1, prerequisites: [a, { anyOf: [a, a], minimum: 2 }] }\n';
    expect(findings('prerequisite-level', { 'b.yaml': yaml })).toEqual([
      'b.yaml:3:84 prerequisite-level Prerequisite "a" is level 3, higher than this badge\'s level 1. A pathway leads from lower levels to higher ones; check both levels.',
      'b.yaml:3:97 prerequisite-level Prerequisite "a" is level 3, higher than this badge\'s level 1. A pathway leads from lower levels to higher ones; check both levels.',
      'b.yaml:3:100 prerequisite-level Prerequisite "a" is level 3, higher than this badge\'s level 1. A pathway leads from lower levels to higher ones; check both levels.',
      'b.yaml:3:113 prerequisite-level The group needs 2 of its badges but lists 1, so it can never be satisfied. Lower the minimum or add badges.',
    ]);
  });

  it('accepts equal and lower levels, and badges without a level', () => {
    const yaml =
      'badges:\n  - { id: a, name: A, description: A., competencies: [], level: 1 }\n  - { id: x, name: X, description: X., competencies: [] }\n' +
      '  - { id: b, name: B, description: B., competencies: [], level: 1, prerequisites: [a, x] }\n';
    expect(findings('prerequisite-level', { 'b.yaml': yaml })).toEqual([]);
  });
});
